// write-good 1.0.8 ships no types. Only the main function is used, with its checks named explicitly.
declare module 'write-good' {
  interface WriteGoodSuggestion {
    index: number;
    offset: number;
    reason: string;
  }
  type WriteGoodCheck = 'weasel' | 'illusion' | 'so' | 'thereIs' | 'passive' | 'adverb' | 'tooWordy' | 'cliches' | 'eprime';
  type WriteGoodOptions = Partial<Record<WriteGoodCheck, boolean>> & { whitelist?: string[] };
  function writeGood(text: string, options?: WriteGoodOptions): WriteGoodSuggestion[];
  export = writeGood;
}
