// The labelled corpus is the yardstick of `npm run quality`: these tests keep its labels honest, so that a figure
// it prints measures the rules and not a typo in labels.json.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Range } from '../../src/engine/types';
import { loadCorpus } from '../../scripts/quality/corpus';
import { isDocumentLabel, locate, type SpanLabel } from '../../scripts/quality/score';

const ROOT = fileURLToPath(new URL('../corpus', import.meta.url));
const corpus = await loadCorpus(ROOT, 'en');
const PLANNED_STRUCTURE_RULES = ['structure/missing-greeting', 'structure/missing-closing', 'structure/satisfaction-check'];

/**
 * Where the customer's words are in a corpus reply: "> " lines, and everything from an "On … wrote:" or Outlook
 * "From:" header on. A planted problem there would be one the engine must ignore, so no label may point into it.
 */
function quotedRanges(text: string): Range[] {
  const out: Range[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const end = at + line.length;
    if (/^On .+wrote:\s*$/.test(line) || /^From: .+/.test(line)) {
      out.push([at, text.length]);
      break;
    }
    if (line.startsWith('>')) out.push([at, end]);
    at = end + 1;
  }
  return out;
}

describe('the English corpus', () => {
  const replies = corpus.replies;
  const labels = replies.flatMap((r) => r.labels.planted);

  it('is large enough to measure with', () => {
    expect(replies.length).toBeGreaterThanOrEqual(70);
    expect(replies.filter((r) => r.labels.clean).length).toBeGreaterThanOrEqual(25);
    for (const category of CATEGORIES) {
      expect(labels.filter((l) => l.category === category).length, category).toBeGreaterThanOrEqual(12);
    }
  });

  it('plants one to three problems in each reply that is not clean', () => {
    for (const r of replies.filter((x) => !x.labels.clean)) {
      expect(r.labels.planted.length, r.labels.file).toBeGreaterThanOrEqual(1);
      expect(r.labels.planted.length, r.labels.file).toBeLessThanOrEqual(3);
    }
  });

  it('tells the quoted customer messages apart from the reply', () => {
    const text = (file: string) => replies.find((r) => r.labels.file === file)!.text;
    const inQuote = (file: string, part: string) =>
      quotedRanges(text(file)).some(([s, e]) => s <= text(file).indexOf(part) && text(file).indexOf(part) < e);
    expect(inQuote('001-order-shipped.txt', 'recieved')).toBe(true);
    expect(inQuote('002-refund-issued-uk.txt', 'MUSTARD')).toBe(true);
    expect(inQuote('088-size-exchange-uk.txt', 'only lets me do a refund??')).toBe(true);
    expect(inQuote('088-size-exchange-uk.txt', "You're right")).toBe(false);
  });

  it('uses only the planned structure rule ids', () => {
    for (const l of labels.filter((x) => x.category === 'structure')) {
      expect(isDocumentLabel(l) && l.rule && PLANNED_STRUCTURE_RULES.includes(l.rule), JSON.stringify(l)).toBeTruthy();
    }
  });

  for (const r of replies.filter((x) => !x.labels.clean)) {
    it(`${r.labels.file}: every span label is in the rep's own words, once, and apart from the others`, () => {
      const quoted = quotedRanges(r.text);
      const spans = r.labels.planted.filter((l): l is SpanLabel => !isDocumentLabel(l));
      const ranges = spans.map((l) => {
        const range = locate(r.text, l);
        expect(range, `"${l.text}" occurs ${l.occurrence ?? 1} time(s)`).not.toBeNull();
        return range!;
      });
      ranges.forEach((range, i) => {
        const label = spans[i]!;
        expect(
          quoted.some((q) => range[0] < q[1] && q[0] < range[1]),
          `"${label.text}" points into the quoted customer message`,
        ).toBe(false);
        for (let j = i + 1; j < ranges.length; j++) {
          const other = ranges[j]!;
          expect(range[0] < other[1] && other[0] < range[1], `"${label.text}" overlaps "${spans[j]!.text}"`).toBe(false);
        }
      });
    });
  }
});
