// Suggestions from the Finnish word automaton: a depth-first walk that carries one row of a weighted edit-distance
// table per letter and abandons a branch as soon as every cell of its row is over budget (the trie form of
// Levenshtein search). At a compound start the walk may begin again at the root, so a misspelt compound
// ("asiakaspalvleu") finds its parts even though the list never held the whole word.
//
// Costs are in quarters of an edit and follow how Finns mistype: a missing dot (a/ä, o/ö) costs a quarter — a
// rep on a keyboard without ä and ö leaves out every one of them ("paiva" for "päivä"); a doubled or undoubled letter ("tuli"/"tulli", "kuulen"/"kulen"), two swapped neighbours or a neighbouring key
// three quarters. The query is lower case; a listed name may still answer it at its first letter ("helsingissä" →
// "Helsingissä") for a quarter, but capitals inside a word never match, and later compound parts are lower case.

import { COMPOUND_START, WORD, type Dawg, edgeAccept, edgeIsLast, edgeLabel, edgeTarget } from './dawg';
import { MAX_PARTS, MIN_LAST_PART } from './compounds';

const EDIT = 4;
const NEAR = 3;
const DOT = 1;
const CAPITAL = 1;

const KEYBOARD_ROWS = ['qwertyuiopå', 'asdfghjklöä', 'zxcvbnm'];
const DOTS: Record<string, string> = { a: 'äå', ä: 'a', o: 'ö', ö: 'o', å: 'a' };

function neighbourTable(): Set<string> {
  const pairs = new Set<string>();
  KEYBOARD_ROWS.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      const near = [row[i - 1], row[i + 1], KEYBOARD_ROWS[r - 1]?.[i], KEYBOARD_ROWS[r - 1]?.[i + 1], KEYBOARD_ROWS[r + 1]?.[i], KEYBOARD_ROWS[r + 1]?.[i - 1]];
      for (const n of near) if (n) pairs.add(row[i]! + n);
    }
  });
  return pairs;
}
const NEIGHBOURS = neighbourTable();

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (DOTS[a]?.includes(b)) return DOT;
  if (NEIGHBOURS.has(a + b)) return NEAR;
  return EDIT;
}

export interface Suggestion {
  word: string;
  /** In quarters of an edit. */
  cost: number;
  /** How many compound parts the word was put together from (1 = listed as it is). */
  parts: number;
}

export interface SearchLimits {
  /** Highest total cost kept. */
  maxCost: number;
  /** Edges looked at before the walk gives up with what it has: the worst case stays bounded. */
  maxVisits: number;
}

/** Every word within `limits.maxCost` of `query` (lower case), cheapest first. */
export function searchDawg(
  dawg: Dawg,
  query: string,
  limits: SearchLimits,
): { found: Suggestion[]; complete: boolean; visits: number } {
  const n = query.length;
  const labels = [...dawg.alphabet];
  const L = labels.length;
  const lowerCode = Int32Array.from(labels, (c) => c.toLowerCase().charCodeAt(0));
  const isCapital = labels.map((c) => c !== c.toLowerCase());
  const q = Int32Array.from({ length: n }, (_, j) => query.charCodeAt(j));
  // Everything the inner loop asks, worked out once per search: substituting label l for the query's j-th letter,
  // and leaving out the query's j-th letter (cheaper where it doubles the letter before).
  const sub = new Uint8Array(n * L);
  for (let j = 0; j < n; j++) for (let l = 0; l < L; l++) sub[j * L + l] = substitution(query[j]!, labels[l]!.toLowerCase());
  const del = Uint8Array.from({ length: n + 1 }, (_, j) => (j > 1 && q[j - 1] === q[j - 2] ? NEAR : EDIT));
  const maxDepth = n + Math.floor(limits.maxCost / NEAR) + 1;
  const rows: Int32Array[] = Array.from({ length: maxDepth + 1 }, () => new Int32Array(n + 1));
  const path = new Int32Array(maxDepth + 1);
  const best = new Map<string, Suggestion>();
  const edges = dawg.edges;
  const maxCost = limits.maxCost;
  let visits = 0;
  let complete = true;

  // Row 0: leaving out the query's first j letters.
  for (let j = 1; j <= n; j++) rows[0]![j] = rows[0]![j - 1]! + del[j]!;

  const walk = (state: number, depth: number, partLength: number, parts: number): void => {
    if (state === 0 || depth >= maxDepth) return;
    const prev = rows[depth]!;
    const cur = rows[depth + 1]!;
    const prev2 = depth > 0 ? rows[depth - 1]! : undefined;
    const before = depth > 0 ? lowerCode[edgeLabel(edges[path[depth - 1]!]!)]! : -1;
    for (let i = state; ; i++) {
      if (++visits > limits.maxVisits) {
        complete = false;
        return;
      }
      const e = edges[i]!;
      const label = edgeLabel(e);
      let capital = 0;
      if (isCapital[label]) {
        // Only the whole word's first letter may be a capital.
        if (depth > 0) {
          if (edgeIsLast(e)) return;
          continue;
        }
        capital = CAPITAL;
      }
      const c = lowerCode[label]!;
      // A letter the query lacks costs less when it doubles the one before it.
      const insert = (c === before ? NEAR : EDIT) + capital;
      cur[0] = prev[0]! + insert;
      let rowMin = cur[0]!;
      for (let j = 1; j <= n; j++) {
        let v = prev[j - 1]! + sub[(j - 1) * L + label]! + capital;
        const ins = prev[j]! + insert;
        if (ins < v) v = ins;
        const d = cur[j - 1]! + del[j]!;
        if (d < v) v = d;
        if (prev2 !== undefined && j > 1 && q[j - 1] === before && q[j - 2] === c && c !== before) {
          const swap = prev2[j - 2]! + NEAR;
          if (swap < v) v = swap;
        }
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin <= maxCost) {
        path[depth] = i;
        const accept = edgeAccept(e);
        const length = partLength + 1;
        const cost = cur[n]!;
        if (accept & WORD && cost <= maxCost && (parts === 1 || length >= MIN_LAST_PART)) {
          let word = '';
          for (let k = 0; k <= depth; k++) word += labels[edgeLabel(edges[path[k]!]!)];
          const had = best.get(word);
          if (!had || cost < had.cost || (cost === had.cost && parts < had.parts)) best.set(word, { word, cost, parts });
        }
        walk(edgeTarget(e), depth + 1, length, parts);
        if (!complete) return;
        if (accept & COMPOUND_START && parts < MAX_PARTS) {
          walk(dawg.root, depth + 1, 0, parts + 1);
          if (!complete) return;
        }
      }
      if (edgeIsLast(e)) return;
    }
  };
  walk(dawg.root, 0, 0, 1);
  // Equally close: a listed word before one put together, a word that starts as the query does (few slips hit the
  // first letter), then the nearer length.
  const first = query.charAt(0);
  const found = [...best.values()].sort(
    (a, b) =>
      a.cost - b.cost ||
      a.parts - b.parts ||
      Number(b.word.charAt(0).toLowerCase() === first) - Number(a.word.charAt(0).toLowerCase() === first) ||
      Math.abs(a.word.length - n) - Math.abs(b.word.length - n) ||
      (a.word < b.word ? -1 : 1),
  );
  return { found, complete, visits };
}
