import type { Range } from '../../types';
import { defineRule, type Finding, type RuleContext } from '../../rule';
import { contains } from '../../text/ranges';
import { splitLines } from '../../text/regions';
import type { Word } from '../../text/tokens';
import { countWords } from './long-sentence';

// Support-writing guides ask for paragraphs of two to four sentences; in tests/corpus a clean reply's longest
// paragraph is well under 100 words. Past 120 words a paragraph reads as a wall (this also covers the reply of 200+
// words written as one paragraph).
export const MAX_PARAGRAPH_WORDS = 120;

// Lines that look hard-wrapped by a mail client (72–80 columns) belong to one paragraph even when one ends with a
// full stop; elsewhere a single line break already breaks the text up for the eye.
const WRAP_MIN = 40;
const WRAP_MAX = 80;
const LIST_ITEM = /^\s*(?:[-*•–]|\d{1,2}[.)]|[a-z][.)])\s/u;

/** The visual blocks of a paragraph: the whole of it when hard-wrapped, else its runs of lines. */
function blocks(text: string, para: Range): Range[] {
  const lines = splitLines(text, para[0], para[1]).filter((l) => l.text.trim() !== '');
  if (lines.length === 0) return [];
  const inner = lines.slice(0, -1);
  // Wrapped lines are of a similar width and mostly end mid-sentence; one sentence a line is not wrapping.
  const wrapped =
    inner.length > 0 &&
    inner.every((l) => l.text.length >= WRAP_MIN && l.text.length <= WRAP_MAX && !LIST_ITEM.test(l.text)) &&
    inner.filter((l) => !/[.!?:;]$/u.test(l.text.trimEnd())).length * 2 >= inner.length;
  if (wrapped) return [para];
  const out: Range[] = [];
  let start = lines[0]!.start;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!.text.trimEnd();
    const next = lines[i]!.text;
    const continues = /^\s*\p{Ll}/u.test(next) && !/[.!?:;]$/u.test(prev) && !LIST_ITEM.test(next);
    if (!continues) {
      out.push([start, lines[i - 1]!.start + prev.length]);
      start = lines[i]!.start;
    }
  }
  const last = lines[lines.length - 1]!;
  out.push([start, last.start + last.text.trimEnd().length]);
  return out;
}

/** The words inside `r`; ctx.words is in text order, so a binary search finds the first. */
function wordsIn(ctx: RuleContext, r: Range): Word[] {
  let lo = 0;
  let hi = ctx.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.words[mid]!.start < r[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: Word[] = [];
  for (let i = lo; i < ctx.words.length && ctx.words[i]!.end <= r[1]; i++) out.push(ctx.words[i]!);
  return out;
}

export default defineRule({
  id: 'style/wall-of-text',
  meta: {
    category: 'style',
    description: `A paragraph of more than ${MAX_PARAGRAPH_WORDS} words.`,
    defaultSeverity: 'warning',
    languages: ['en', 'lv', 'sl', 'hr', 'fi'],
    scope: 'paragraph',
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const p of ctx.paragraphs) {
      for (const block of blocks(ctx.text, p.range)) {
        const total = countWords(ctx.text, wordsIn(ctx, block));
        if (total <= MAX_PARAGRAPH_WORDS) continue;
        const message = `This paragraph has ${total} words: break it into shorter paragraphs of a few sentences so the customer can scan it.`;
        const sentences = ctx.sentences.filter((s) => contains(block, s.range));
        // The finding marks the paragraph's first sentence, not the whole paragraph: the engine keeps one finding per
        // category where ranges overlap, and a paragraph-wide one would hide every other style hint inside it. The fix
        // breaks the paragraph between the two sentences nearest its middle.
        const first = sentences[0]?.range ?? block;
        const finding: Finding = { range: first, actual: ctx.text.slice(first[0], first[1]), message };
        let best = -1;
        let bestDistance = Infinity;
        let before = 0;
        for (let i = 0; i < sentences.length - 1; i++) {
          before += countWords(ctx.text, sentences[i]!.words);
          const distance = Math.abs(before - total / 2);
          if (distance < bestDistance) {
            best = i;
            bestDistance = distance;
          }
        }
        if (best >= 0) {
          const gap: Range = [sentences[best]!.range[1], sentences[best + 1]!.range[0]];
          finding.suggestions = [{ label: 'Start a new paragraph here', edit: { range: gap, text: '\n\n' } }];
        }
        out.push(finding);
      }
    }
    return out;
  },
});
