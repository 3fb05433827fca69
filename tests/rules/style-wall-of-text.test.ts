import rule, { MAX_PARAGRAPH_WORDS } from '../../src/engine/rules/style/wall-of-text';
import { testRule } from '../helpers/rule-tester';

// A sentence of ten words.
const S = 'The refund has been issued to the card you used.';
const sentences = (n: number) => Array.from({ length: n }, () => S).join(' ');
const wrap = (text: string, width = 72) => {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return [...lines, line].join('\n');
};

const WALL = sentences(13); // 130 words

testRule(rule, {
  valid: [
    sentences(12), // exactly 120 words
    `Hi Anna,\n\n${sentences(8)}\n\n${sentences(8)}\n\n${sentences(8)}\n\nBest regards,\nMark`,
    // One sentence a line: broken up for the eye even without blank lines.
    Array.from({ length: 20 }, () => S).join('\n'),
    // A bulleted list of long items.
    Array.from({ length: 14 }, (_, i) => `- Item ${i + 1}: ${S}`).join('\n'),
    // Hard-wrapped paragraphs that are short enough.
    `${wrap(sentences(9))}\n\n${wrap(sentences(9))}`,
    // A wall in the quoted thread is the customer's.
    `Hi,\n\nDone.\n\nOn Mon, 3 Feb 2025 at 10:04, Anna <anna@example.com> wrote:\n> ${WALL}\n`,
  ],
  invalid: [
    {
      text: WALL,
      actual: S,
      message: `${MAX_PARAGRAPH_WORDS + 10} words`,
      // The break goes between the two sentences nearest the middle (after 60 or 70 words: the first wins).
      output: `${sentences(6)}\n\n${sentences(7)}`,
    },
    {
      text: `Hi Anna,\n\n${WALL}\n\nIs there anything else I can help you with?\n\nKind regards,\nMark`,
      output: `Hi Anna,\n\n${sentences(6)}\n\n${sentences(7)}\n\nIs there anything else I can help you with?\n\nKind regards,\nMark`,
    },
    {
      // A 200-word reply in one paragraph.
      text: sentences(20),
      message: '200 words',
      output: `${sentences(10)}\n\n${sentences(10)}`,
    },
    {
      // Hard-wrapped by the mail client: still one paragraph.
      text: wrap(WALL),
      message: '130 words',
    },
    {
      // Lines joined by a continuation (the next line starts in lower case) are one block.
      text: `${sentences(6)} The refund\nhas been issued to the card you used. ${sentences(6)}`,
      message: '130 words',
    },
    {
      // One 130-word sentence: nowhere to split, but still flagged.
      text: `We ${Array.from({ length: 129 }, () => 'really').join(' ')}.`,
      message: '130 words',
    },
  ],
});
