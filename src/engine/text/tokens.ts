import type { Range } from '../types';
import { merge } from './ranges';

export interface Word {
  /** The word as written. */
  text: string;
  /** Curly apostrophes made straight, so "don’t" and "don't" are one word. */
  normalized: string;
  start: number;
  end: number;
  hasDigit: boolean;
}

// Letters and marks, joined by inner apostrophes: "don't", "customers'", "O’Brien". Digits are kept in the token so
// that "A1234" or "2nd" is one token the rules can recognise and leave alone.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function normalizeApostrophes(s: string): string {
  return s.replace(/[’‘ʼ]/g, "'");
}

/** Words inside `range`, leaving out any that touch a skipped span (URL, email address, code...). */
export function tokenize(text: string, range: Range, skip: readonly Range[] = []): Word[] {
  const out: Word[] = [];
  const slice = text.slice(range[0], range[1]);
  const spans = merge(skip);
  let k = 0; // words come in order, so one walk through the sorted spans serves them all
  for (const m of slice.matchAll(WORD)) {
    const start = range[0] + m.index;
    const end = start + m[0].length;
    while (k < spans.length && spans[k]![1] <= start) k++;
    if (k < spans.length && spans[k]![0] < end) continue; // spans are disjoint: only the next one can touch it
    out.push({
      text: m[0],
      normalized: normalizeApostrophes(m[0]),
      start,
      end,
      hasDigit: /\p{N}/u.test(m[0]),
    });
  }
  return out;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  // Styled letters such as 𝐀𝐁𝐂 are upper-case with no lower-case form: they are a font, not shouting.
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && word.toLowerCase() !== word;
}
