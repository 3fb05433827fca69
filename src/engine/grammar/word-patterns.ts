// Word-sequence patterns for the confusable-word rules ("your welcome", "its been", "could of"). A small language
// over the words of one sentence, so that which word sequences are wrong stays data (lang/<lang>/grammar/*.json)
// and one matcher serves every rule. Words only match when nothing but white space stands between them: a comma or
// a link between two words means they do not belong together.
import type { Finding, RuleContext } from '../rule';
import type { Sentence } from '../text/sentences';
import type { Word } from '../text/tokens';
import { fill } from '../declarative/match';
import { fitReplacement } from './fit';

/**
 * One wrong sequence. Items of `seq` (space-separated) and of the context fields are:
 * a word; alternatives "a|b|c"; "@name" for a set of the file; "*" any word; "#" a number above one; "~ed" a
 * word of four letters or more ending in "ed".
 * A leading "=" makes an item match lower-case words only ("=@nouns" leaves "My Orders" alone).
 */
export interface WordPattern {
  seq: string;
  /** Which item of `seq` is the wrong word (default 0). */
  fix?: number;
  /** Its correction, or a map from the wrong word (lower case, straight apostrophe) to its correction. */
  to: string | Partial<Record<string, string>>;
  /** The word right before must be one of these; "^" stands for no word (start of sentence, or punctuation). */
  prev?: string;
  notPrev?: string;
  /** The word right after must be one of these; "$" stands for no word (end of sentence, or punctuation). */
  next?: string;
  notNext?: string;
  /** Overrides the file's messages. */
  message?: string;
}

export interface WordPatternFile {
  /** May use {actual} (the flagged words), {wrong} (the wrong word), {expected} (its correction) and {fixed}
   * (the flagged words corrected). */
  message: string;
  /** Messages by correction, for rules that correct in both directions ("your" → "you're" and back). */
  messages?: Record<string, string>;
  sets?: Record<string, string[]>;
  patterns: WordPattern[];
}

interface Token {
  word: Word;
  /** Lower case, straight apostrophes. */
  lower: string;
}

/** A neighbouring word; null for none (start or end of the sentence, or punctuation); 'other' for something that
 * is neither a word nor the end of a clause, such as an opening quote ('their "premium" plan'). */
type Neighbour = Token | null | 'other';

interface Item {
  test(t: Neighbour): boolean;
  /** The words this item matches, when that is all it matches (no "*", "#", "^"): used to index patterns. */
  words: ReadonlySet<string> | null;
}

interface Compiled {
  pattern: WordPattern;
  /** Position in the file: where two patterns match at one word, the earlier one wins. */
  order: number;
  seq: Item[];
  prev?: Item;
  notPrev?: Item;
  next?: Item;
  notNext?: Item;
}

interface CompiledFile {
  /** Patterns by a word their first item matches, in file order. */
  byFirst: Map<string, Compiled[]>;
  /** Patterns whose first item matches any word or a number. */
  open: Compiled[];
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Part of a longer token: "welcome-pack", "a.m.", "e-mail", "and/or". Such a word is not the word itself. */
function glued(text: string, w: Word): boolean {
  const before = text[w.start - 1] ?? '';
  const after = text[w.end] ?? '';
  return (
    ('-/_@.'.includes(before) && before !== '' && ALNUM.test(text[w.start - 2] ?? '')) ||
    ('-/_@.'.includes(after) && after !== '' && ALNUM.test(text[w.end + 1] ?? ''))
  );
}

function compileItem(item: string, sets: Record<string, string[]>): Item {
  const exactCase = item.startsWith('=');
  const body = exactCase ? item.slice(1) : item;
  const words = new Set<string>();
  let none = false;
  let any = false;
  let number = false;
  const endings: string[] = [];
  for (const alt of body.split('|')) {
    if (alt === '^' || alt === '$') none = true;
    else if (alt.startsWith('~')) endings.push(alt.slice(1).toLowerCase());
    else if (alt === '*') any = true;
    else if (alt === '#') number = true;
    else if (alt.startsWith('@')) {
      const set = sets[alt.slice(1)];
      if (!set) throw new Error(`word pattern: unknown set ${alt}`);
      for (const s of set) words.add(s.toLowerCase());
    } else words.add(alt.toLowerCase());
  }
  return {
    words: any || number || none || endings.length > 0 ? null : words,
    test(t) {
      if (t === null) return none;
      if (t === 'other') return false;
      if (any) return true;
      if (number && /^\d+$/.test(t.word.text) && Number(t.word.text) > 1) return true;
      if (endings.some((e) => t.lower.length >= e.length + 2 && t.lower.endsWith(e))) return true;
      return words.has(exactCase ? t.word.normalized : t.lower);
    },
  };
}

const compiledCache = new WeakMap<WordPatternFile, CompiledFile>();

function compile(file: WordPatternFile): CompiledFile {
  let out = compiledCache.get(file);
  if (!out) {
    const sets = file.sets ?? {};
    const item = (s: string | undefined) => (s === undefined ? undefined : compileItem(s, sets));
    const byFirst = new Map<string, Compiled[]>();
    const open: Compiled[] = [];
    for (const [order, pattern] of file.patterns.entries()) {
      const c: Compiled = {
        pattern,
        order,
        seq: pattern.seq.trim().split(/\s+/).map((s) => compileItem(s, sets)),
        prev: item(pattern.prev),
        notPrev: item(pattern.notPrev),
        next: item(pattern.next),
        notNext: item(pattern.notNext),
      };
      const first = c.seq[0]!.words;
      if (!first) open.push(c);
      else for (const w of first) byFirst.set(w, [...(byFirst.get(w) ?? []), c]);
    }
    out = { byFirst, open };
    compiledCache.set(file, out);
  }
  return out;
}

/** Whether nothing follows `w` in its clause: the sentence ends, or punctuation that is not an opening quote. */
function clauseEnds(text: string, w: Word, sentenceEnd: number): boolean {
  const rest = text.slice(w.end, sentenceEnd).trimStart();
  return rest === '' || !/^[\p{L}\p{N}"'“‘(\[{*_<]/u.test(rest);
}

/** Every match of the file's patterns in the checkable sentences, first match wins where two overlap. */
/** The finding for pattern `p` matched at token `i`, or null. */
function matchAt(
  ctx: RuleContext,
  file: WordPatternFile,
  sentence: Sentence,
  tokens: readonly Token[],
  joined: readonly boolean[],
  i: number,
  p: Compiled,
): Finding | null {
  const n = p.seq.length;
  if (i + n > tokens.length) return null;
  for (let k = 0; k < n; k++) {
    if (!p.seq[k]!.test(tokens[i + k]!) || (k < n - 1 && !joined[i + k])) return null;
  }
  for (let k = i; k < i + n; k++) if (glued(ctx.text, tokens[k]!.word)) return null;

  const last = tokens[i + n - 1]!;
  const prev: Neighbour = i > 0 && joined[i - 1] ? tokens[i - 1]! : null;
  const next: Neighbour = joined[i + n - 1]
    ? tokens[i + n]!
    : clauseEnds(ctx.text, last.word, sentence.range[1])
      ? null
      : 'other';
  if (p.prev && !p.prev.test(prev)) return null;
  if (p.notPrev?.test(prev)) return null;
  if (p.next && !p.next.test(next)) return null;
  if (p.notNext?.test(next)) return null;

  const wrong = tokens[i + (p.pattern.fix ?? 0)]!;
  const to = typeof p.pattern.to === 'string' ? p.pattern.to : p.pattern.to[wrong.lower];
  if (to === undefined) return null;
  const expected = fitReplacement(ctx, to, wrong.word.text);
  const start = tokens[i]!.word.start;
  const end = last.word.end;
  const actual = ctx.text.slice(start, end);
  const fixed = ctx.text.slice(start, wrong.word.start) + expected + ctx.text.slice(wrong.word.end, end);
  const template = p.pattern.message ?? file.messages?.[to.toLowerCase()] ?? file.message;
  return {
    range: [start, end],
    actual,
    message: fill(template, { actual, wrong: wrong.word.text, expected, fixed }),
    suggestions: [{ label: expected, edit: { range: [wrong.word.start, wrong.word.end], text: expected } }],
  };
}

/** Every match of the file's patterns in the checkable sentences; where matches overlap, the first one counts. */
export function matchWordPatterns(ctx: RuleContext, file: WordPatternFile): Finding[] {
  const compiled = compile(file);
  const out: Finding[] = [];
  for (const sentence of ctx.sentences) {
    const words = sentence.words;
    const tokens: Token[] = words.map((word) => ({ word, lower: word.normalized.toLowerCase() }));
    // joined[i]: words i and i + 1 stand next to each other with only white space between.
    const joined = words.map((w, i) => i + 1 < words.length && /^\s+$/.test(ctx.text.slice(w.end, words[i + 1]!.start)));
    let busyUntil = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (words[i]!.start < busyUntil) continue;
      const indexed = compiled.byFirst.get(tokens[i]!.lower);
      const candidates =
        compiled.open.length === 0
          ? (indexed ?? [])
          : [...(indexed ?? []), ...compiled.open].sort((a, b) => a.order - b.order);
      for (const p of candidates) {
        const finding = matchAt(ctx, file, sentence, tokens, joined, i, p);
        if (finding) {
          out.push(finding);
          busyUntil = finding.range[1];
          break;
        }
      }
    }
  }
  return out;
}
