/** One interface for every language's spelling dictionary. */
export interface Speller {
  correct(word: string): boolean;
  /**
   * Ranked suggestions, best first; may be empty. May cost tens of milliseconds: rules go through
   * `suggestionsWithin` (./suggestions), which caches and caps them.
   */
  suggest(word: string): string[];
  /** Accept a word (team words, the rep's personal dictionary). */
  add(word: string): void;
  /** Suggestions this speller has already worked out for `word`, without working them out; undefined if none yet. */
  cachedSuggestions?(word: string): string[] | undefined;
  /**
   * The one way the dictionary writes a word that differs from `word` only in case, when that way has a capital
   * inside the word ("PayPal" for "Paypal", a team's "NordVPN" for "Nordvpn"); undefined otherwise.
   */
  caseVariant?(word: string): string | undefined;
}
