import NSpell from 'nspell';
import type { Speller } from './speller';
import { englishSpeller, type EnglishLexicon, type EnglishVariant } from './english-layer';

export { SUGGESTION_CACHE_SIZE, type EnglishVariant } from './english-layer';

export interface HunspellFiles {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
}

function asText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

// What nspell keeps on an instance besides its methods (lib/index.js); @types/nspell leaves these out.
export interface NspellInternals {
  data: Record<string, string[]>;
  replacementTable: [string, string][];
  flags: Record<string, unknown>;
  conversion: { in: [RegExp, string][] };
  compoundRules: RegExp[];
}

/** nspell's view of a dictionary, as the English layer reads it. */
export function nspellLexicon(spell: NSpell): EnglishLexicon {
  const internals = spell as unknown as NspellInternals;
  // Every form nspell holds, listed on the first call (~45 ms for 120 000 keys) and then kept. A word added after
  // that is accepted but not listed.
  let forms: string[] | null = null;
  return {
    correct: (word) => spell.correct(word),
    add: (word) => void spell.add(word),
    forms: () => (forms ??= Object.keys(internals.data)),
    codes: (form) => internals.data[form],
    flags: internals.flags,
    replacementTable: internals.replacementTable,
  };
}

/**
 * English spelling through nspell (a JavaScript Hunspell reader) building its word forms from dictionary-en's files
 * at start-up: a few hundred milliseconds and tens of megabytes. What ships reads the same forms compiled at build
 * time (./en/english-speller.ts); this is the reference it is compared against and the benchmark's baseline. It also
 * reads dictionary-en-gb for a team whose profile says "englishVariant": "uk" (not compiled: only those teams pay).
 */
export function createNspellSpeller(files: HunspellFiles, variant?: EnglishVariant): Speller {
  return englishSpeller(nspellLexicon(NSpell(asText(files.aff), asText(files.dic))), variant);
}
