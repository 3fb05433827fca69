// Builds the minimal word automaton that dawg.ts reads. Build time only (scripts/build-dictionaries.ts, tests).
//
// Daciuk, Mihov, Watson & Watson, "Incremental construction of minimal acyclic finite-state automata" (2000):
// words arrive sorted, and each state is merged with an equal registered one as soon as no later word can change it.

import {
  ACCEPT_SHIFT,
  LAST_BIT,
  MAGIC,
  MAX_EDGES,
  MAX_LABELS,
  TARGET_SHIFT,
  type DawgHeader,
} from './dawg';

interface State {
  labels: number[];
  targets: State[];
  /** Accept flags of the word ending in this state. */
  accept: number;
  id: number;
}

const newState = (): State => ({ labels: [], targets: [], accept: 0, id: -1 });

/**
 * Compiles `entries` — [word, accept flags] pairs in strictly increasing UTF-16 order — into automaton bytes.
 * `alphabet` must hold every code unit that occurs, at most 128 of them.
 */
export function buildDawg(entries: Iterable<readonly [string, number]>, alphabet: string, source?: string): Uint8Array {
  if (alphabet.length > MAX_LABELS) throw new Error(`Alphabet of ${alphabet.length} symbols exceeds ${MAX_LABELS}`);
  const labelOf = new Map<number, number>();
  for (let i = 0; i < alphabet.length; i++) labelOf.set(alphabet.charCodeAt(i), i);

  const register = new Map<string, State>();
  const registered: State[] = [];
  const root = newState();
  let previous = '';
  let words = 0;

  const signature = (s: State) => {
    let sig = String(s.accept);
    for (let i = 0; i < s.labels.length; i++) sig += `,${s.labels[i]}:${s.targets[i]!.id}`;
    return sig;
  };
  // Merges the last child of `state` (and, first, its own last descendants) with registered equals.
  const replaceOrRegister = (state: State) => {
    const last = state.targets.length - 1;
    const child = state.targets[last]!;
    if (child.targets.length > 0) replaceOrRegister(child);
    const sig = signature(child);
    const same = register.get(sig);
    if (same) state.targets[last] = same;
    else {
      child.id = registered.length;
      registered.push(child);
      register.set(sig, child);
    }
  };

  for (const [word, accept] of entries) {
    if (!(word > previous)) throw new Error(`Words must be sorted and unique: "${previous}" then "${word}"`);
    if (accept < 1 || accept > 3) throw new Error(`Bad accept flags ${accept} for "${word}"`);
    let common = 0;
    while (common < word.length && common < previous.length && word[common] === previous[common]) common++;
    let state = root;
    for (let i = 0; i < common; i++) state = state.targets[state.targets.length - 1]!;
    if (state.targets.length > 0) replaceOrRegister(state);
    for (let i = common; i < word.length; i++) {
      const label = labelOf.get(word.charCodeAt(i));
      if (label === undefined) throw new Error(`"${word}" has a character outside the alphabet: ${word[i]}`);
      const next = newState();
      state.labels.push(label);
      state.targets.push(next);
      state = next;
    }
    state.accept = accept;
    previous = word;
    words++;
  }
  if (root.targets.length > 0) replaceOrRegister(root);

  // Lay out each state's edges contiguously; children were registered before parents, so one pass in id order
  // knows every target's position.
  const firstEdge = new Int32Array(registered.length);
  let edgeCount = 1;
  for (const s of registered) {
    firstEdge[s.id] = s.labels.length > 0 ? edgeCount : 0;
    edgeCount += s.labels.length;
  }
  const rootEdge = root.labels.length > 0 ? edgeCount : 0;
  edgeCount += root.labels.length;
  if (edgeCount > MAX_EDGES) throw new Error(`${edgeCount} edges exceed the format's ${MAX_EDGES}`);

  const edges = new Uint32Array(edgeCount);
  const writeState = (s: State, at: number) => {
    for (let i = 0; i < s.labels.length; i++) {
      const target = s.targets[i]!;
      edges[at + i] =
        (s.labels[i]! |
          (i === s.labels.length - 1 ? LAST_BIT : 0) |
          (target.accept << ACCEPT_SHIFT) |
          (firstEdge[target.id]! << TARGET_SHIFT)) >>>
        0;
    }
  };
  for (const s of registered) if (s.labels.length > 0) writeState(s, firstEdge[s.id]!);
  writeState(root, rootEdge);

  const header: DawgHeader = { format: 1, alphabet, root: rootEdge, edges: edgeCount, words, ...(source ? { source } : {}) };
  let json = new TextEncoder().encode(JSON.stringify(header));
  const padded = Math.ceil(json.length / 4) * 4;
  if (padded !== json.length) {
    const p = new Uint8Array(padded).fill(0x20);
    p.set(json);
    json = p;
  }
  const out = new Uint8Array(8 + padded + edgeCount * 4);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, padded, true);
  out.set(json, 8);
  out.set(new Uint8Array(edges.buffer), 8 + padded);
  return out;
}
