import type { Range } from '../types';

export function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function contains(outer: Range, inner: Range): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/** `whole` with every range in `holes` cut out, in order. */
export function subtract(whole: Range, holes: readonly Range[]): Range[] {
  const sorted = [...holes].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let at = whole[0];
  for (const [s, e] of sorted) {
    if (e <= at || s >= whole[1]) continue;
    if (s > at) out.push([at, s]);
    at = Math.max(at, e);
  }
  if (at < whole[1]) out.push([at, whole[1]]);
  return out;
}

/** Sorted, with overlapping and touching ranges joined. */
export function merge(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Whether `at` falls between the two halves of a surrogate pair (inside one emoji, say). */
export function splitsSurrogatePair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** A range the page can underline or replace: whole numbers, in order, inside `text`, on whole characters. */
export function isSoundRange(text: string, range: unknown): range is Range {
  if (!Array.isArray(range) || range.length !== 2) return false;
  const [s, e] = range as unknown[];
  return (
    Number.isInteger(s) &&
    Number.isInteger(e) &&
    0 <= (s as number) &&
    (s as number) <= (e as number) &&
    (e as number) <= text.length &&
    !splitsSurrogatePair(text, s as number) &&
    !splitsSurrogatePair(text, e as number)
  );
}

/** The index of the first of `sorted` (in order, disjoint) that ends after `at`, or `sorted.length`. */
function firstEndingAfter(sorted: readonly Range[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]![1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether `r` overlaps any of `sorted` (in order and disjoint, as `merge` returns them). A binary search: asking
 * every span about every finding made a long draft with many of both quadratic.
 */
export function overlapsAny(sorted: readonly Range[], r: Range): boolean {
  const i = firstEndingAfter(sorted, r[0]);
  return i < sorted.length && overlaps(sorted[i]!, r);
}

/** Whether one of `sorted` (in order and disjoint) contains `r` whole. */
export function insideAny(sorted: readonly Range[], r: Range): boolean {
  // A range that ends where `r` starts can still contain an empty `r`; step back to it.
  let i = firstEndingAfter(sorted, r[0]);
  if (i > 0 && sorted[i - 1]![1] === r[0]) i--;
  for (; i < sorted.length && sorted[i]![0] <= r[0]; i++) if (contains(sorted[i]!, r)) return true;
  return false;
}
