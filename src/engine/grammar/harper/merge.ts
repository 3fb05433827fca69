// Merging the deep pass into the fast one: the fast findings are already on screen, Harper's arrive later and add
// to them. Where Harper and one of our rules flag the same words, the rep sees one finding, ours: our rules were
// written for support email, and their wording and fixes are the ones the team reviewed.
import type { CheckResult, Diagnostic, Range } from '../../types';
import { overlaps } from '../../text/ranges';
import { score } from '../../score';

/** Categories whose findings a Harper finding on the same words would repeat. */
const SAME_KIND = new Set(['spelling', 'grammar', 'style']);

/** A point finding (an insertion) clashes with a finding that covers it or touches it. */
function clash(a: Range, b: Range): boolean {
  if (a[0] === a[1] || b[0] === b[1]) return a[0] <= b[1] && b[0] <= a[1];
  return overlaps(a, b);
}

/** `fast` with `deep`'s findings added where no fast finding (nor an earlier deep one) covers the same words. */
export function mergeDeep(fast: CheckResult, deep: readonly Diagnostic[]): CheckResult {
  const taken: Range[] = fast.diagnostics.filter((d) => SAME_KIND.has(d.category)).map((d) => d.range);
  const added: Diagnostic[] = [];
  const ordered = [...deep].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (const d of ordered) {
    if (taken.some((r) => clash(r, d.range))) continue;
    taken.push(d.range);
    added.push(d);
  }
  if (added.length === 0) return fast;
  const diagnostics = [...fast.diagnostics, ...added].sort(
    (a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId),
  );
  return { ...fast, score: score(diagnostics), diagnostics };
}
