// "did you mean …?" for a mistyped rule id, setting or value: the closest known name by edit distance, when it is
// close enough to be a typo rather than a different thing.

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The known name closest to `wrong`, or undefined when none is a plausible typo of it. */
export function closest(wrong: string, known: readonly string[]): string | undefined {
  const w = wrong.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const kl = k.toLowerCase();
    // One name being the start of the other ("warn" → "warning"), or the same word with another ending
    // ("exists" → "existence"), counts as close.
    let common = 0;
    while (common < w.length && common < kl.length && w[common] === kl[common]) common++;
    const prefix =
      (Math.min(w.length, kl.length) >= 3 && (kl.startsWith(w) || w.startsWith(kl))) ||
      (common >= 4 && w.length - common <= 2);
    const score = kl === w ? 0 : prefix ? 1 : distance(w, kl);
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.floor(w.length / 3));
  return best !== undefined && bestScore <= limit ? best : undefined;
}

export function didYouMean(wrong: string, known: readonly string[]): string {
  const hit = closest(wrong, known);
  return hit === undefined ? '' : `; did you mean "${hit}"?`;
}
