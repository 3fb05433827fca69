import type { Language, Range } from '../../types';
import { defineRule, type Finding, type RuleContext } from '../../rule';
import type { Sentence } from '../../text/sentences';
import en from '../../lang/en/grammar/sentence-capital.json';

interface CapitalData {
  message: string;
  lowercaseNames: string[];
  abbreviations: string[];
}

const DATA: Partial<Record<Language, CapitalData>> = { en };

// "- item", "* item", "• item", "1. item", "2) item", "a) item", "(b) item".
const MARKER = String.raw`(?:[-*•–+]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)])`;
/** Only a list marker before the sentence on its line. */
const LIST_MARKER = new RegExp(String.raw`^[ \t]*${MARKER}[ \t]*$`);
/** A line that is a list item. */
const LIST_LINE = new RegExp(String.raw`^[ \t]*${MARKER}[ \t]+\S`);

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Where the last character before `at` that is not white space stands, or -1 if there is none from `from` on. */
function lastInk(text: string, from: number, at: number): number {
  let k = at - 1;
  while (k >= from && /\s/.test(text[k]!)) k--;
  return k >= from ? k : -1;
}

/**
 * Whether what comes before the sentence asks for a capital: the end of a sentence, or nothing (a new paragraph).
 * Reads only a few characters back, and each paragraph's lines once, so a long pasted log stays linear.
 */
function endsSentence(
  ctx: RuleContext,
  s: Sentence,
  paragraph: Range,
  firstListLine: () => number,
  abbreviations: ReadonlySet<string>,
): boolean {
  const { text } = ctx;
  const lineFrom = lineStart(text, s.range[0]);
  const linePrefix = text.slice(Math.max(lineFrom, paragraph[0]), s.range[0]);
  if (LIST_MARKER.test(linePrefix)) return false;

  const ink = lastInk(text, paragraph[0], s.range[0]);
  if (ink === -1) {
    // A paragraph that follows "Please try the following:" is a list item in all but its marker.
    return text[lastInk(text, 0, paragraph[0])] !== ':';
  }

  if (linePrefix.trim() === '') {
    // The first line after "Hi Anna," starts the message.
    const greeting = ctx.email.greeting;
    if (greeting && greeting[1] <= s.range[0] && lastInk(text, greeting[1], s.range[0]) === -1) return true;
    // An indented line under a list item continues that item.
    if (/^[ \t]+/.test(linePrefix) && firstListLine() < lineFrom) return false;
  }
  const before = text.slice(Math.max(paragraph[0], ink - 24), ink + 1);
  if (/(?:\.\.\.|…)$/.test(before)) return false;
  if (!/[.!?]$/.test(before)) return false; // after ":" ";" "," or a closing quote: the sentence goes on
  if (before.endsWith('.')) {
    const token = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase();
    if (token && abbreviations.has(token)) return false;
  }
  return true;
}

export default defineRule({
  id: 'grammar/sentence-capital',
  meta: {
    category: 'grammar',
    description: 'A sentence that starts with a lower-case letter.',
    defaultSeverity: 'warning',
    languages: ['en'],
    scope: 'paragraph',
  },
  check(ctx) {
    const data = DATA[ctx.language];
    if (!data) return [];
    const abbreviations = new Set([...ctx.pack.abbreviations, ...data.abbreviations]);
    const names = new Set(data.lowercaseNames);
    const out: Finding[] = [];
    // Sentences come in paragraph order: walk both together.
    let p = 0;
    const listLines = new Map<number, number>();
    for (const s of ctx.sentences) {
      const first = s.words[0];
      // Starting with a quote, a bracket, a bullet, a number, a link or a handle: not a plain sentence start.
      if (!first || first.start !== s.range[0] || !/^\p{Ll}/u.test(first.text)) continue;
      // "iPhone", "eBay", "macOS" are spelled so; "e.g." and "i.e." are abbreviations.
      if (/\p{Lu}/u.test(first.text.slice(1)) || names.has(first.text)) continue;
      if (ctx.text[first.end] === '.' && /\p{L}/u.test(ctx.text[first.end + 1] ?? '')) continue;
      while (p < ctx.paragraphs.length && ctx.paragraphs[p]!.range[1] <= s.range[0]) p++;
      const paragraph = ctx.paragraphs[p]?.range;
      if (!paragraph || paragraph[0] > s.range[0]) continue;
      const firstListLine = () => {
        let at = listLines.get(paragraph[0]);
        if (at === undefined) {
          at = Infinity;
          for (const m of ctx.text.slice(paragraph[0], paragraph[1]).matchAll(/^.*$/gm)) {
            if (LIST_LINE.test(m[0])) {
              at = paragraph[0] + m.index;
              break;
            }
          }
          listLines.set(paragraph[0], at);
        }
        return at;
      };
      if (!endsSentence(ctx, s, paragraph, firstListLine, abbreviations)) continue;
      const letter = String.fromCodePoint(first.text.codePointAt(0)!);
      const capital = letter.toUpperCase();
      // Some lower-case letters have no capital ("ꬰ", "ĸ"): there is nothing to fix.
      if (capital === letter) continue;
      out.push({
        range: [first.start, first.end],
        actual: first.text,
        message: data.message,
        suggestions: [
          {
            label: capital + first.text.slice(letter.length),
            edit: { range: [first.start, first.start + letter.length], text: capital },
          },
        ],
      });
    }
    return out;
  },
});
