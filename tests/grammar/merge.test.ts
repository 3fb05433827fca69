// Merging Harper's findings into the fast ones: ours win on the same words, Harper's add where ours are silent, the
// score follows, and the fast result is returned as it was when Harper adds nothing.
import { describe, expect, it } from 'vitest';
import { mergeDeep } from '../../src/engine/grammar/harper/merge';
import type { CheckResult, Diagnostic } from '../../src/engine/types';

const d = (ruleId: string, range: [number, number], severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({
  ruleId,
  category: ruleId.split('/')[0] as Diagnostic['category'],
  severity,
  range,
  message: 'm',
  suggestions: [],
});

describe('mergeDeep', () => {
  const fast: CheckResult = {
    language: 'en',
    score: 90,
    diagnostics: [d('grammar/could-of', [10, 18], 'error'), d('tone/blame', [30, 40]), d('structure/missing-greeting', [0, 0])],
  };

  it('keeps ours where Harper flags the same words, adds Harper elsewhere, and re-scores', () => {
    const merged = mergeDeep(fast, [
      d('grammar/harper-modal-of', [10, 18]),
      d('grammar/harper-pronoun-verb-agreement', [50, 52]),
      d('style/harper-redundancy', [12, 14], 'info'),
    ]);
    expect(merged.diagnostics.map((x) => x.ruleId)).toEqual([
      'structure/missing-greeting',
      'grammar/could-of',
      'tone/blame',
      'grammar/harper-pronoun-verb-agreement',
    ]);
    expect(merged.score).toBeLessThan(fast.score);
  });

  it('adds Harper on words only a tone finding covers: tone is a different question', () => {
    const merged = mergeDeep(fast, [d('grammar/harper-x', [32, 35])]);
    expect(merged.diagnostics.map((x) => x.ruleId)).toContain('grammar/harper-x');
  });

  it('keeps one of two Harper findings on the same words', () => {
    const merged = mergeDeep(fast, [d('grammar/harper-a', [60, 65]), d('style/harper-b', [62, 64], 'info')]);
    expect(merged.diagnostics.filter((x) => x.ruleId.includes('harper'))).toHaveLength(1);
  });

  it('returns the fast result itself when Harper adds nothing', () => {
    expect(mergeDeep(fast, [d('grammar/harper-modal-of', [11, 13])])).toBe(fast);
  });
});
