// Build time only (scripts/build-dictionaries.ts, tests): compiles the English Hunspell dictionary into what
// ./english-speller.ts reads at start-up — every word form nspell would build from the .aff/.dic, as a word
// automaton, plus the little of the affix file that nspell's correct() still reads.
import NSpell from 'nspell';
import { buildDawg } from '../finnish/dawg-build';
import { WORD } from '../finnish/dawg';
import type { NspellInternals } from '../nspell-speller';

/** Flags nspell's correct() reads (lib/util/form.js, exact.js) and the English layer's NOSUGGEST. */
export const READ_FLAGS = ['NOSUGGEST', 'ONLYINCOMPOUND', 'KEEPCASE', 'FORBIDDENWORD'] as const;

/** Accept flag: the form carries one of READ_FLAGS; its flags are in the tables' `flagged`. */
export const FLAGGED = 2;

export interface EnglishTables {
  format: 1;
  source: string;
  /** ICONV pairs: pattern source (global) → replacement. */
  iconv: [string, string][];
  /** COMPOUNDRULE expressions nspell built (case-insensitive). */
  compoundRules: string[];
  /** The affix file's flags as nspell reads them (READ_FLAGS and COMPOUNDMIN). */
  flags: Record<string, unknown>;
  /** Every flag nspell holds for the forms that carry one of READ_FLAGS. */
  flagged: Record<string, string[]>;
  replacementTable: [string, string][];
  /** Every form, newline-separated, in nspell's order (its `data` object's key order). */
  forms: string;
}

export interface CompiledEnglish {
  dawg: Uint8Array;
  tables: EnglishTables;
}

export function compileEnglish(aff: string, dic: string, source: string): CompiledEnglish {
  const spell = NSpell(aff, dic) as unknown as NspellInternals;
  const keys = Object.keys(spell.data);
  if (keys.some((k) => k.includes('\n'))) throw new Error('A word form holds a line break');
  const read = READ_FLAGS.map((f) => spell.flags[f]).filter((v): v is string => typeof v === 'string');
  const flagged: Record<string, string[]> = {};
  for (const k of keys) if (spell.data[k]!.some((c) => read.includes(c))) flagged[k] = spell.data[k]!;
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const alphabet = [...new Set(sorted.join(''))].sort().join('');
  const dawg = buildDawg(
    sorted.map((k) => [k, k in flagged ? WORD | FLAGGED : WORD] as const),
    alphabet,
    source,
  );
  const flags: Record<string, unknown> = { COMPOUNDMIN: spell.flags.COMPOUNDMIN };
  for (const f of READ_FLAGS) if (f in spell.flags) flags[f] = spell.flags[f];
  return {
    dawg,
    tables: {
      format: 1,
      source,
      iconv: spell.conversion.in.map(([re, to]) => [re.source, to]),
      compoundRules: spell.compoundRules.map((re) => re.source),
      flags,
      flagged,
      replacementTable: spell.replacementTable,
      forms: keys.join('\n'),
    },
  };
}
