/** One interface for every language's spelling dictionary. */
export interface Speller {
  correct(word: string): boolean;
  /** Ranked suggestions, best first; may be empty. */
  suggest(word: string): string[];
  /** Accept a word (team words, the rep's personal dictionary). */
  add(word: string): void;
}
