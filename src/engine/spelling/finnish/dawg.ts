// A word list compiled at build time into a minimal acyclic automaton (a DAWG), read straight from its bytes.
//
// Finnish has millions of inflected word forms: the @cspell/dict-fi-fi list decodes into 2.7 million strings and
// 340 MB of JavaScript objects, but as a DAWG it is a few megabytes of 32-bit edges that need no parsing at all —
// loading is wrapping a Uint32Array around the fetched bytes.
//
// File layout (little-endian):
//   "RCDW"  u32 header length  header (UTF-8 JSON, padded to 4 bytes)  edges (u32 each)
// Each edge packs: bits 0–6 the label (an index into header.alphabet), bit 7 "last edge of its state",
// bits 8–9 the accept flags of the word that ends on this edge, bits 10–31 the index of the target state's first
// edge (0 = the target has no edges; edge 0 is an unused sentinel).

export const MAGIC = 'RCDW';

/** Accept flags carried by the edge a word ends on. */
export const WORD = 1;
/** The word form may open a compound (e.g. "asiakas" in "asiakaspalvelu"). */
export const COMPOUND_START = 2;

export const LABEL_BITS = 7;
export const LAST_BIT = 1 << 7;
export const ACCEPT_SHIFT = 8;
export const TARGET_SHIFT = 10;
export const MAX_LABELS = 1 << LABEL_BITS;
export const MAX_EDGES = 2 ** (32 - TARGET_SHIFT);

export interface DawgHeader {
  format: 1;
  /** One UTF-16 code unit per label. */
  alphabet: string;
  root: number;
  edges: number;
  words: number;
  source?: string;
}

export class Dawg {
  readonly header: DawgHeader;
  readonly edges: Uint32Array;
  readonly root: number;
  readonly alphabet: string;
  /** Label index per UTF-16 code unit; -1 when the code unit never occurs. */
  private readonly labelOf: Int16Array;

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
    if (magic !== MAGIC) throw new Error('Not a ReplyCheck word automaton (bad magic)');
    const headerLength = view.getUint32(4, true);
    this.header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as DawgHeader;
    const start = 8 + headerLength;
    if (this.header.format !== 1 || start % 4 !== 0) throw new Error('Unsupported word automaton format');
    const count = this.header.edges;
    // Copy when the bytes are not 4-aligned in their buffer (a Uint32Array view needs alignment).
    this.edges =
      (bytes.byteOffset + start) % 4 === 0
        ? new Uint32Array(bytes.buffer, bytes.byteOffset + start, count)
        : new Uint32Array(bytes.slice(start, start + count * 4).buffer);
    this.root = this.header.root;
    this.alphabet = this.header.alphabet;
    this.labelOf = new Int16Array(65536).fill(-1);
    for (let i = 0; i < this.alphabet.length; i++) this.labelOf[this.alphabet.charCodeAt(i)] = i;
  }

  /** The edge leaving the state at `state` on `codeUnit`, or -1. */
  step(state: number, codeUnit: number): number {
    if (state === 0) return -1;
    const label = this.labelOf[codeUnit]!;
    if (label < 0) return -1;
    const edges = this.edges;
    for (let i = state; ; i++) {
      const e = edges[i]!;
      if ((e & (MAX_LABELS - 1)) === label) return i;
      if (e & LAST_BIT) return -1;
    }
  }

  /** Accept flags of `word` (0 when it is not in the list), reading `word` from `from` to `to`. */
  lookup(word: string, from = 0, to = word.length, state = this.root): number {
    let edge = -1;
    for (let i = from; i < to; i++) {
      edge = this.step(state, word.charCodeAt(i));
      if (edge < 0) return 0;
      state = this.edges[edge]! >>> TARGET_SHIFT;
    }
    return edge < 0 ? 0 : (this.edges[edge]! >>> ACCEPT_SHIFT) & 3;
  }

  has(word: string): boolean {
    return (this.lookup(word) & WORD) !== 0;
  }

  /** Every word with its accept flags, in label order (tests and tools; never on a hot path). */
  *entries(state = this.root, prefix = ''): Generator<[string, number]> {
    if (state === 0) return;
    for (let i = state; ; i++) {
      const e = this.edges[i]!;
      const word = prefix + this.alphabet[e & (MAX_LABELS - 1)];
      const accept = (e >>> ACCEPT_SHIFT) & 3;
      if (accept) yield [word, accept];
      yield* this.entries(e >>> TARGET_SHIFT, word);
      if (e & LAST_BIT) break;
    }
  }
}

/** Reads an edge's parts (for the suggestion search, which walks edges itself). */
export const edgeLabel = (e: number) => e & (MAX_LABELS - 1);
export const edgeIsLast = (e: number) => (e & LAST_BIT) !== 0;
export const edgeAccept = (e: number) => (e >>> ACCEPT_SHIFT) & 3;
export const edgeTarget = (e: number) => e >>> TARGET_SHIFT;
