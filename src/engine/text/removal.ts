import type { Edit, Range } from '../types';

// Where a new sentence begins: the start of the text, a line break, or after . ! ? (and any closing quote).
const SENTENCE_START = /(?:^|\n[ \t]*|[.!?…]["'”’)\]]*[ \t]+)$/u;

/** Whether `at` is the first character of a sentence. */
export function atSentenceStart(text: string, at: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, at - 12), at)) || at === 0;
}

/** How far either side of a removal its commas and spaces are looked for. */
const NEIGHBOURHOOD = 200;

/**
 * An edit that takes `range` out of its sentence without leaving a double space, a stray comma or a lower-case
 * sentence start: "Obviously, the fix…" → "The fix…", "is obviously wrong" → "is wrong", "works, obviously." →
 * "works.", "we will, obviously, refund" → "we will refund".
 */
export function removalEdit(text: string, range: Range): Edit {
  const [start, end] = range;
  // Only the neighbourhood matters, and reading just that keeps a draft with thousands of removals linear.
  const before = text.slice(Math.max(0, start - NEIGHBOURHOOD), start);
  const after = text.slice(end, end + NEIGHBOURHOOD);

  const commaBefore = /,[ \t]*$/u.exec(before);
  if (commaBefore && after.startsWith(',')) {
    return { range: [start - commaBefore[0].length, end + 1], text: '' };
  }

  const gap = /^,?[ \t]+(?=\S)/u.exec(after);
  if (gap && !/^[ \t]*[.!?;:,)]/u.test(after.slice(gap[0].length))) {
    const next = end + gap[0].length;
    const ch = text[next]!;
    if (atSentenceStart(text, start) && /\p{Ll}/u.test(ch)) {
      return { range: [start, next + 1], text: ch.toUpperCase() };
    }
    return { range: [start, next], text: '' };
  }

  const lead = /,?[ \t]+$/u.exec(before);
  if (lead && !atSentenceStart(text, start)) return { range: [start - lead[0].length, end], text: '' };
  return { range: [start, end], text: '' };
}
