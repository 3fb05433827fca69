// A paragraph cut into the pieces Harper may lint one at a time: its sentences, cut only where no Harper rule looks
// across the cut. Harper's rules read one sentence (or one clause of it) at a time, so the findings of a paragraph are
// the findings of its sentences, each linted alone, shifted to its place: an edit re-lints only the sentence it
// touched, and the paragraph's other sentences come from the cache. tests/grammar/harper-units.test.ts holds that to
// Harper itself, on every English text in the corpora and on sentences written to sit on the cut.
//
// The cut is conservative: splitting too little costs a few milliseconds, splitting where Harper does not see a
// sentence end could change a finding. So a paragraph is cut only after ".", "!" or "?" (and any closing quotes or
// brackets) followed by white space and a capital letter, never after an abbreviation, an initial, a number or a
// dotted word ("e.g.", "a.m.", "No.", "J. Smith", "v2.", "3.").
import type { Range } from '../../types';

/** Words ending in "." that usually do not end a sentence (compared in lower case, without the dot). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'gen', 'col', 'capt', 'lt', 'sgt', 'hon',
  'no', 'nos', 'nr', 'vs', 'etc', 'approx', 'appt', 'apt', 'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc',
  'ref', 'fig', 'vol', 'ed', 'eds', 'ch', 'pp', 'para', 'sec', 'min', 'max', 'tel', 'ext', 'cf', 'al', 'viz', 'ca',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ave', 'rd', 'blvd', 'mt', 'ft', 'oz', 'lb', 'lbs', 'kg', 'km', 'hr', 'hrs', 'mins', 'sec', 'secs', 'qty', 'pcs',
]);

/** The end of a sentence: its closing punctuation, then white space, then (looked ahead) a capital letter. */
const END = /([.!?]+)["'\u2019\u201D)\]]*(\s+)(?=["'\u2018\u201C(]?\p{Lu})/gu;

/** The word just before `index` (letters, digits, dots, apostrophes, hyphens). */
function wordBefore(text: string, index: number): string {
  let i = index;
  while (i > 0 && /[\p{L}\p{N}.'\u2019-]/u.test(text[i - 1]!)) i--;
  return text.slice(i, index);
}

/** Whether the "." at `dot` may end a sentence: not after an abbreviation, an initial, a number or a dotted word. */
function dotEnds(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return false; // "...", ". ." or a dot after a bracket or a symbol: leave it whole
  if (/[.\d]/u.test(word)) return false; // "e.g", "a.m", "U.S", "v2", "3", "58213": a dotted word or a number
  if (/^\p{L}$/u.test(word)) return false; // an initial: "J. Smith"
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

/**
 * The paragraph's pieces, as ranges into `paragraph` covering all of it in order (each piece keeps the white space
 * after it). A paragraph with nothing to cut is one piece.
 */
export function harperUnits(paragraph: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(END)) {
    const punct = m[1]!;
    const at = m.index!;
    // "?!" and "!" end a sentence wherever they stand; a "." (alone: "..." is an ellipsis, not an end) only where it
    // is not an abbreviation's.
    if (punct.startsWith('.')) {
      if (punct !== '.' || !dotEnds(paragraph, at)) continue;
    } else if (!/^[!?]+$/u.test(punct)) continue;
    const cut = at + m[0].length;
    if (cut >= paragraph.length) break;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, paragraph.length]);
  return out;
}
