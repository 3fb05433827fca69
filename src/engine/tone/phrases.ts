import type { Finding, RuleContext } from '../rule';
import type { ExistenceSpec } from '../declarative/spec';
import { runSpec } from '../declarative/run';
import { overlaps } from '../text/ranges';
import { removalEdit } from './removal';

/**
 * The existence kind, with its "remove it" suggestions (`replace: [""]`) widened so that taking a phrase out
 * leaves a well-formed sentence instead of a double space or a lower-case start.
 */
export function phraseFindings(ctx: RuleContext, spec: ExistenceSpec): Finding[] {
  return runSpec(ctx, spec).map((f) => ({
    ...f,
    suggestions: f.suggestions?.map((s) =>
      s.edit.text === '' ? { label: s.label, edit: removalEdit(ctx.text, s.edit.range) } : s,
    ),
  }));
}

/** Findings sorted by position, a later one dropped where it overlaps one already kept. */
export function withoutOverlaps(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const kept: Finding[] = [];
  for (const f of sorted) {
    if (!kept.some((k) => overlaps(k.range, f.range))) kept.push(f);
  }
  return kept;
}
