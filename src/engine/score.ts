import type { Diagnostic, Severity } from './types';

// What one finding costs a reply out of 100. An error (a leaked card number, a misspelling) costs far more than a
// style hint, so a reply with one hint still scores in the nineties.
const COST: Record<Severity, number> = { error: 12, warning: 5, info: 1 };

export function score(diagnostics: readonly Diagnostic[]): number {
  const lost = diagnostics.reduce((sum, d) => sum + COST[d.severity], 0);
  return Math.max(0, 100 - lost);
}
