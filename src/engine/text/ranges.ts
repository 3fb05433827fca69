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
