import type { Range } from '../types';
import type { TextPack } from '../lang/pack';
import type { Word } from './tokens';

export interface Paragraph {
  range: Range;
}

export interface Sentence {
  /** From the first to the last non-space character, closing punctuation included. */
  range: Range;
  text: string;
  /** Words of the sentence (skipped spans left out). */
  words: Word[];
}

/** Blocks of text separated by blank lines, within each checkable range. */
export function paragraphs(text: string, checkable: readonly Range[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const [from, to] of checkable) {
    const slice = text.slice(from, to);
    const re = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g; // runs of non-blank lines
    for (const m of slice.matchAll(re)) {
      const trimmedEnd = m[0].trimEnd().length;
      out.push({ range: [from + m.index, from + m.index + trimmedEnd] });
    }
  }
  return out;
}

/**
 * Sentences of a paragraph. A sentence ends at . ! ? (not after a known abbreviation, nor at an ellipsis followed by
 * a lower-case word), and at a line break unless the next line looks like a hard-wrapped continuation (starts with a
 * lower-case letter after a line that did not end in punctuation).
 */
export function sentencesOf(text: string, range: Range, pack: TextPack, words: readonly Word[]): Sentence[] {
  const abbreviations = new Set(pack.abbreviations);
  const cuts: number[] = [];
  const [from, to] = range;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // Look only at the characters either side of the break: slicing to the paragraph's ends made a paragraph of
      // many lines quadratic.
      let p = i - 1;
      while (p >= from && /\s/u.test(text[p]!)) p--;
      let n = i + 1;
      while (n < to && /\s/u.test(text[n]!)) n++;
      const continues = p >= from && n < to && /\p{Ll}/u.test(text[n]!) && !/[.!?:;,]/u.test(text[p]!);
      if (!continues) cuts.push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Run of closing punctuation and quotes/brackets.
    let j = i + 1;
    while (j < to && /[.!?…"'”’)\]]/u.test(text[j]!)) j++;
    if (j < to && !/\s/u.test(text[j]!)) {
      i = j - 1;
      continue; // "3.5", "example.com", "a.m." mid-token
    }
    if (ch === '.' || ch === '…') {
      const before = /([\p{L}.]+)\.*$/u.exec(text.slice(Math.max(from, i - 12), i));
      const token = before?.[1]?.toLowerCase();
      if (token && (abbreviations.has(token) || /^\p{L}$/u.test(token))) {
        i = j - 1;
        continue; // "e.g.", "Mr.", an initial "J."
      }
      // Up to 8 characters back, plus the one before them, so "^" can only mean the start of a line.
      const headStart = Math.max(from, i - 8);
      const lineHead = (headStart === from ? '\n' : text[headStart - 1]) + text.slice(headStart, i);
      if (/\n[ \t]*\d{1,3}$/u.test(lineHead)) {
        i = j - 1;
        continue; // a list marker "1." opens its item's sentence rather than being one
      }
      const nextWord = text.slice(j, Math.min(to, j + 40)).trimStart(); // bounded: a paragraph of many dots stays linear
      if (pack.ordinals && ch === '.' && j === i + 1 && /(?<![\p{L}\p{N}.,])\d{1,4}$/u.test(text.slice(Math.max(from, i - 6), i)) && /^[\p{Ll}\d]/u.test(nextWord)) {
        i = j - 1;
        continue; // an ordinal: "3. martā", "15. 3. 2024", "1. siječnja"
      }
      if ((text.slice(i, j).startsWith('...') || ch === '…') && /^\p{Ll}/u.test(nextWord)) {
        i = j - 1;
        continue; // "well... maybe"
      }
    }
    cuts.push(j);
    i = j - 1;
  }

  const out: Sentence[] = [];
  let start = from;
  let w = 0; // words are in order: walk them once instead of filtering per sentence
  for (const cut of [...cuts, to]) {
    const raw = text.slice(start, cut);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      const s = start + lead;
      const e = s + body.length;
      while (w < words.length && words[w]!.start < s) w++;
      const first = w;
      while (w < words.length && words[w]!.end <= e) w++;
      out.push({ range: [s, e], text: body, words: words.slice(first, w) });
    }
    start = cut;
  }
  return out;
}
