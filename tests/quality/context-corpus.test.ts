// The reply-vs-customer-message corpus (tests/corpus/context/<lang>.json) is the yardstick for the unanswered-question,
// unacknowledged-frustration, greeting-name and missing-attachment checks: these tests keep its labels honest, so that
// a figure measured on it reflects the checks and not a label that no longer matches its text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ContextPair } from '../../scripts/quality/context';

const ROOT = fileURLToPath(new URL('../corpus/context/', import.meta.url));
const LANGS = ['en', 'lv', 'sl', 'hr', 'fi'] as const;


function load(lang: string): { language: string; pairs: ContextPair[] } {
  return JSON.parse(readFileSync(`${ROOT}${lang}.json`, 'utf8'));
}

describe.each(LANGS)('context corpus %s', (lang) => {
  const corpus = load(lang);
  const pairs = corpus.pairs;

  it('names its language and has at least 32 pairs with unique ids', () => {
    expect(corpus.language).toBe(lang);
    expect(pairs.length).toBeGreaterThanOrEqual(32);
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
    for (const p of pairs) expect(p.id.startsWith(`${lang}-`), p.id).toBe(true);
  });

  it('quotes every unanswered question exactly as the customer wrote it', () => {
    for (const p of pairs) {
      for (const q of p.expect.unanswered) expect(p.customer.text.includes(q), `${p.id}: ${q}`).toBe(true);
      expect(p.expect.unanswered.length, p.id).toBeLessThanOrEqual(p.questions);
      expect(new Set(p.expect.unanswered).size, p.id).toBe(p.expect.unanswered.length);
    }
  });

  it('labels a wrong name only as it is written in the greeting line', () => {
    for (const p of pairs) {
      const g = p.expect.greetingName;
      if (!g) continue;
      expect(p.reply.split('\n')[0].includes(g.wrong), p.id).toBe(true);
      expect(g.right, p.id).not.toBe(g.wrong);
    }
  });

  it('expects a missing attachment only when nothing is attached', () => {
    for (const p of pairs) {
      if (p.expect.missingAttachment) expect(p.attachments, p.id).toBe(0);
      expect(Number.isInteger(p.attachments) && p.attachments >= 0, p.id).toBe(true);
    }
  });

  it('covers every kind of case the checks are measured on', () => {
    const count = (f: (p: ContextPair) => boolean) => pairs.filter(f).length;
    expect(count((p) => p.questions > 0 && p.expect.unanswered.length === 0)).toBeGreaterThanOrEqual(10);
    expect(count((p) => p.expect.unanswered.length > 0)).toBeGreaterThanOrEqual(8);
    expect(count((p) => p.expect.frustrationUnacknowledged)).toBeGreaterThanOrEqual(3);
    expect(count((p) => p.expect.greetingName !== null)).toBeGreaterThanOrEqual(3);
    expect(count((p) => p.expect.missingAttachment)).toBeGreaterThanOrEqual(2);
    expect(count((p) => p.attachments > 0 && !p.expect.missingAttachment)).toBeGreaterThanOrEqual(1);
    expect(count((p) => p.questions === 0)).toBeGreaterThanOrEqual(2);
  });
});
