import type { Finding } from '../rule';
import { overlaps } from '../text/ranges';

/** Findings sorted by position, a later one dropped where it overlaps one already kept. */
export function withoutOverlaps(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const kept: Finding[] = [];
  for (const f of sorted) {
    if (!kept.some((k) => overlaps(k.range, f.range))) kept.push(f);
  }
  return kept;
}
