// The English grammar set is the yardstick of `npm run quality`'s grammar figures: keep its labels honest, and check
// the scoring counts what it says it counts.
import { describe, expect, it } from 'vitest';
import { loadGrammarSet, scoreGrammar } from '../../scripts/quality/grammar';
import type { Diagnostic } from '../../src/engine/types';

describe('tests/corpus/grammar/en.json', () => {
  it('has at least 40 sentences with a slip and 40 correct ones, each once, each slip in its sentence', async () => {
    const set = (await loadGrammarSet('tests/corpus', 'en'))!;
    expect(set.filter((s) => s.slip !== undefined).length).toBeGreaterThanOrEqual(40);
    expect(set.filter((s) => s.slip === undefined).length).toBeGreaterThanOrEqual(40);
    const texts = set.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});

describe('scoreGrammar', () => {
  const d = (range: [number, number], category: Diagnostic['category'] = 'grammar'): Diagnostic => ({
    ruleId: `${category}/x`,
    category,
    severity: 'warning',
    range,
    message: 'm',
    suggestions: [],
  });
  const set = [
    { text: 'He go to work.', slip: 'go' },
    { text: 'We was late.', slip: 'was' },
    { text: 'All is well.' },
    { text: 'Fine here too.' },
  ];

  it('counts a slip caught only by a grammar finding overlapping it, and every grammar finding on a correct sentence', () => {
    const f = scoreGrammar(set, [[d([3, 5])], [d([3, 6], 'style'), d([0, 2])], [d([0, 3]), d([4, 6])], [d([0, 4], 'spelling')]]);
    expect(f).toMatchObject({ slips: 2, caught: 1, correct: 2, flagged: 1, falseFlags: 2 });
    expect(f.missed).toEqual(['We was late.']);
  });
});
