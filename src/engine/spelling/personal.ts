import type { Speller } from './speller';

/** The base speller plus extra accepted words, without changing the shared base. */
export function withWords(base: Speller, words: readonly string[]): Speller {
  const exact = new Set(words);
  const lower = new Set(words.filter((w) => w === w.toLowerCase()));
  const extra = new Set<string>();
  const known = (w: string) => exact.has(w) || extra.has(w) || lower.has(w.toLowerCase());
  return {
    correct: (word) => known(word) || base.correct(word),
    suggest: (word) => base.suggest(word),
    add: (word) => void extra.add(word),
  };
}
