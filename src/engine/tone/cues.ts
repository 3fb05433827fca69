// Tone cues: which kinds of words a sentence holds ("you", a negation, "again", "obviously", "our system", "useless"…),
// read from one lexicon per language (src/engine/lang/<lang>/tone/cues.json). The tone model (./model.ts) judges a
// sentence by its cue kinds alone, so it is the same model in every language; the lexicons carry the language.
import type { Word } from '../text/tokens';

/** The cue kinds, in the order the model's features use. scripts/check-cues.mjs checks the lexicons against it. */
export const CUE_CATEGORIES = [
  'you',
  'you_verb',
  'we',
  'negation',
  'customer_failure',
  'attention',
  'obligation',
  'reproach',
  'condescension',
  'repetition',
  'contradiction',
  'negative_eval',
  'company',
  'dismissal',
  'impatience',
  'intensifier',
  'imperative',
  'warmth',
  'apology',
  'help_offer',
  'hedge',
  'informing',
  'threat',
  'deadline',
  'polite_request',
  'informal_you',
] as const;
export type Cue = (typeof CUE_CATEGORIES)[number];

/** A lexicon as written: one list of entries per cue kind ("word", "stem*", "*suffix", "two words"). */
export type CueData = Partial<Record<Cue, readonly string[]>> & { $comment?: string };

/** One cue found in a sentence: its kind and the words it covers (indexes into the sentence's words). */
export interface CueHit {
  cue: Cue;
  /** The lexicon entry that matched, as written ("ne*", "as i said"). */
  entry: string;
  from: number;
  to: number;
}

type Token = { kind: 'exact' | 'stem' | 'suffix'; text: string };
interface Entry {
  cue: Cue;
  raw: string;
  tokens: Token[];
}

/** Lower case, curly apostrophes straight, accents and marks dropped: "Jūsu" and "jusu" are one form. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘ʼ]/g, "'");
}

const STEM_KEY = 4;
const SUFFIX_KEY = 3;

function parseToken(raw: string): Token {
  if (raw.endsWith('*')) return { kind: 'stem', text: foldWord(raw.slice(0, -1)) };
  if (raw.startsWith('*')) return { kind: 'suffix', text: foldWord(raw.slice(1)) };
  return { kind: 'exact', text: foldWord(raw) };
}

function tokenMatches(token: Token, word: string): boolean {
  if (token.kind === 'exact') return word === token.text;
  if (token.kind === 'stem') return word.startsWith(token.text);
  return word.endsWith(token.text) && word.length > token.text.length;
}

/** A compiled lexicon: entries indexed by their first word (exact form, first letters of a stem, last letters of a suffix). */
export class CueLexicon {
  private readonly exact = new Map<string, Entry[]>();
  private readonly stems = new Map<string, Entry[]>();
  private readonly suffixes = new Map<string, Entry[]>();
  /** Entries whose first word is a stem or suffix shorter than the index key: few, tried at every word. */
  private readonly short: Entry[] = [];
  /** The most words any entry has. */
  private longest = 1;

  constructor(data: CueData) {
    for (const cue of CUE_CATEGORIES) {
      for (const raw of data[cue] ?? []) {
        const tokens = raw.split(/\s+/).filter(Boolean).map(parseToken);
        if (tokens.length === 0) continue;
        const first = tokens[0]!;
        const entry = { cue, raw, tokens };
        this.longest = Math.max(this.longest, tokens.length);
        if ((first.kind === 'stem' && first.text.length < STEM_KEY) || (first.kind === 'suffix' && first.text.length < SUFFIX_KEY)) {
          this.short.push(entry);
          continue;
        }
        const [map, key] =
          first.kind === 'exact'
            ? [this.exact, first.text]
            : first.kind === 'stem'
              ? [this.stems, first.text.slice(0, STEM_KEY)]
              : [this.suffixes, first.text.slice(-SUFFIX_KEY)];
        const list = map.get(key);
        if (list) list.push(entry);
        else map.set(key, [entry]);
      }
    }
  }

  /** Every cue in a run of words: each entry at each word where all its words follow one another. */
  find(words: readonly Word[]): CueHit[] {
    const folded = words.map((w) => foldWord(w.text));
    const hits: CueHit[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < folded.length; i++) {
      const w = folded[i]!;
      const candidates = [
        ...(this.exact.get(w) ?? []),
        ...(this.stems.get(w.slice(0, STEM_KEY)) ?? []),
        ...(this.suffixes.get(w.slice(-SUFFIX_KEY)) ?? []),
        ...this.short,
      ];
      for (const entry of candidates) {
        const n = entry.tokens.length;
        if (i + n > folded.length) continue;
        if (!entry.tokens.every((t, k) => tokenMatches(t, folded[i + k]!))) continue;
        const key = `${entry.cue}:${i}:${n}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({ cue: entry.cue, entry: entry.raw, from: i, to: i + n - 1 });
      }
    }
    // The longest entry at a place wins: "should have received" (informing) covers "should have" (reproach), and
    // "not your fault" (warmth) covers "not", "your" and "fault", so a lexicon can say what a phrase means as a whole.
    // A hit that covers another starts at most the longest entry's length before it, so only those are compared: a
    // pasted log read as one endless sentence stays linear.
    const byStart = new Map<number, CueHit[]>();
    for (const h of hits) {
      const list = byStart.get(h.from);
      if (list) list.push(h);
      else byStart.set(h.from, [h]);
    }
    const covered = (h: CueHit) => {
      for (let from = Math.max(0, h.from - this.longest + 1); from <= h.from; from++) {
        for (const g of byStart.get(from) ?? []) {
          if (g.to - g.from > h.to - h.from && h.to <= g.to && g.cue !== h.cue) return true;
        }
      }
      return false;
    };
    return hits.filter((h) => !covered(h));
  }
}
