import NSpell from 'nspell';
import type { Speller } from './speller';
import { createSuggester } from './candidates';
import { Lru } from './lru';
import { americanForms, iseForms } from './en/variants';
import enWords from './en/words.json';

export interface HunspellFiles {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
}

/**
 * Which English the team writes (a profile's `englishVariant`). Left out: dictionary-en's American words plus the
 * British forms of ./en/variants, since most teams have not said and reps write both. "us": American only, so
 * "colour" is flagged (suggesting "color"). "uk": `files` are dictionary-en-gb's, plus the -ize forms.
 */
export type EnglishVariant = 'us' | 'uk';

function asText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

/** How many words' suggestions one speller remembers. */
export const SUGGESTION_CACHE_SIZE = 2000;

// What nspell keeps on an instance besides its methods (lib/index.js); @types/nspell leaves these out.
interface NspellInternals {
  data: Record<string, string[]>;
  replacementTable: [string, string][];
  flags: Record<string, unknown>;
}

/**
 * English spelling through nspell (a JavaScript Hunspell reader) and dictionary-en, loaded in about 0.2 s, plus the
 * support vocabulary and British forms of ./en. Suggestions come from ./candidates (bounded cost, ranked) rather
 * than nspell's own suggest(), and are remembered per word.
 */
export function createNspellSpeller(files: HunspellFiles, variant?: EnglishVariant): Speller {
  const spell = NSpell(asText(files.aff), asText(files.dic));
  for (const word of enWords.extra) spell.add(word);
  const internals = spell as unknown as NspellInternals;

  // Every form nspell holds, listed on the first suggestion (~45 ms for 120 000 keys) and then kept: the indexes
  // of ./candidates and the list below read it. A word added after that is accepted but not suggested.
  let forms: string[] | null = null;
  const allForms = () => (forms ??= Object.keys(internals.data));

  // Hunspell's NOSUGGEST words (slurs and swear words) are accepted when written but never offered; nspell keeps
  // the flag on the stem only, so their inflections ("…ing", "…s") are caught by the stem.
  const noSuggest = String(internals.flags.NOSUGGEST ?? '!');
  let unsuggestable: string[] | null = null;
  const offensive = (form: string) => {
    unsuggestable ??= allForms().filter((w) => internals.data[w]!.includes(noSuggest));
    const lower = form.toLowerCase();
    return unsuggestable.some((stem) => lower === stem || (stem.length >= 4 && lower.startsWith(stem)) || lower === `${stem}s`);
  };

  const correct = (word: string): boolean => {
    if (spell.correct(word)) return true;
    if (!word) return false;
    const lower = word.toLowerCase();
    // The other variant's forms are only tried in the cases Hunspell accepts for any word: lower, Capitalised, UPPER.
    if (word !== lower && word !== lower[0]!.toUpperCase() + lower.slice(1) && word !== word.toUpperCase()) return false;
    if (variant === 'us') return false;
    return (variant === 'uk' ? iseForms(lower) : americanForms(lower)).some((form) => spell.correct(form));
  };

  const suggester = createSuggester(
    { known: (form) => spell.correct(form) && !offensive(form), forms: allForms },
    {
      alphabet: "esianrtolcdugmphbyfvkwz'jxq",
      vowels: 'aeiouy',
      silent: 'aeiouyh',
      replacements: internals.replacementTable,
      common: new Set(enWords.common),
      keyboard: enWords.keyboard,
    },
  );

  const cache = new Lru<string, string[]>(SUGGESTION_CACHE_SIZE);
  return {
    correct,
    suggest(word) {
      const hit = cache.get(word);
      if (hit) return [...hit];
      const fresh = correct(word) ? [] : suggester.suggest(word);
      cache.set(word, fresh);
      return [...fresh];
    },
    cachedSuggestions(word) {
      const hit = cache.get(word);
      return hit ? [...hit] : undefined;
    },
    caseVariant: (word) => suggester.caseVariant(word),
    add: (word) => void spell.add(word),
  };
}
