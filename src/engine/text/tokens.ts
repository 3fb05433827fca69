import type { Range } from '../types';
import { overlaps } from './ranges';

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
  for (const m of slice.matchAll(WORD)) {
    const start = range[0] + m.index;
    const end = start + m[0].length;
    if (skip.some((s) => overlaps(s, [start, end]))) continue;
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
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}
