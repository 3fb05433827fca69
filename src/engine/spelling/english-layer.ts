// English suggestions and the British forms, over any reader of the English Hunspell dictionary's word forms: nspell
// building them from dictionary-en (./nspell-speller.ts, the baseline and the reference the tests compare against)
// or the word automaton compiled from the same files at build time (./en/english-speller.ts, what ships).
import type { Speller } from './speller';
import { createSuggester } from './candidates';
import { Lru } from './lru';
import { americanForms, iseForms } from './en/variants';
import enWords from './en/words.json';

/** How many words' suggestions one speller remembers. */
export const SUGGESTION_CACHE_SIZE = 2000;

/** What the English layer reads of a dictionary: nspell's view of it (lib/util/form.js, flag.js). */
export interface EnglishLexicon {
  /** nspell's correct(): the word, or its sentence-case or lower-case form, is a known form. */
  correct(word: string): boolean;
  /** Accepts a word with no affix rules (nspell's add(word)). */
  add(word: string): void;
  /** Every form, in nspell's order (the order of its `data` object's keys), as of the first call. */
  forms(): readonly string[];
  /** The flags nspell keeps for `form`, or undefined when it is no form. */
  codes(form: string): readonly string[] | undefined;
  /** The forms that carry `flag`, in any order (the same as filtering forms() by codes(), which may be slower). */
  formsWithFlag?(flag: string): string[];
  /** The affix file's flags (NOSUGGEST, …) as nspell reads them. */
  flags: Readonly<Record<string, unknown>>;
  /** The affix file's REP table. */
  replacementTable: [string, string][];
}

/**
 * Which English the team writes (a profile's `englishVariant`). Left out: the American dictionary plus the British
 * forms of ./en/variants (both accepted). "us": only American forms, so "colour" is flagged (suggesting "color").
 * "uk": the lexicon is dictionary-en-gb's, plus the -ize forms (Oxford spelling).
 */
export type EnglishVariant = 'us' | 'uk';

/**
 * The English speller: the dictionary plus the support vocabulary and British forms of ./en. Suggestions come from
 * ./candidates (bounded cost, ranked) rather than nspell's own suggest(), and are remembered per word.
 */
export function englishSpeller(lexicon: EnglishLexicon, variant?: EnglishVariant): Speller {
  for (const word of enWords.extra) lexicon.add(word);
  // A team that writes American English is told "anaesthetic" is not its spelling; otherwise British is right.
  if (variant !== 'us') for (const word of enWords.british) lexicon.add(word);

  // Hunspell's NOSUGGEST words (slurs and swear words) are accepted when written but never offered; nspell keeps
  // the flag on the stem only, so their inflections ("…ing", "…s") are caught by the stem.
  const noSuggest = String(lexicon.flags.NOSUGGEST ?? '!');
  let unsuggestable: string[] | null = null;
  const offensive = (form: string) => {
    unsuggestable ??= lexicon.formsWithFlag?.(noSuggest) ?? lexicon.forms().filter((w) => lexicon.codes(w)?.includes(noSuggest));
    const lower = form.toLowerCase();
    return unsuggestable.some((stem) => lower === stem || (stem.length >= 4 && lower.startsWith(stem)) || lower === `${stem}s`);
  };

  const correct = (word: string): boolean => {
    if (lexicon.correct(word)) return true;
    if (!word) return false;
    const lower = word.toLowerCase();
    // The other variant's forms are only tried in the cases Hunspell accepts for any word: lower, Capitalised, UPPER.
    if (word !== lower && word !== lower[0]!.toUpperCase() + lower.slice(1) && word !== word.toUpperCase()) return false;
    if (variant === 'us') return false;
    return (variant === 'uk' ? iseForms(lower) : americanForms(lower)).some((form) => lexicon.correct(form));
  };

  const suggester = createSuggester(
    { known: (form) => lexicon.correct(form) && !offensive(form), forms: () => lexicon.forms() },
    {
      alphabet: "esianrtolcdugmphbyfvkwz'jxq",
      vowels: 'aeiouy',
      silent: 'aeiouyh',
      replacements: lexicon.replacementTable,
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
    add: (word) => lexicon.add(word),
  };
}
