// Word-sequence patterns for the confusable-word rules ("your welcome", "its been", "could of"). A small language
// over the words of one sentence, so that which word sequences are wrong stays data (lang/<lang>/grammar/*.json)
// and one matcher serves every rule. Words only match when nothing but white space stands between them: a comma or
// a link between two words means they do not belong together.
import type { Finding, RuleContext } from '../rule';
import type { Word } from '../text/tokens';
import { fill } from '../declarative/match';
import { fitReplacement } from './fit';

/**
 * One wrong sequence. Items of `seq` (space-separated) and of the context fields are:
 * a word; alternatives "a|b|c"; "@name" for a set of the file; "*" any word; "#" a number above one.
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

/** A neighbouring word; null for none (start or end of the sentence, or punctuation); 'other' for something that
 * is neither a word nor the end of a clause, such as an opening quote ('their "premium" plan'). */
type Neighbour = Word | null | 'other';
type Test = (w: Neighbour) => boolean;

interface Compiled {
  pattern: WordPattern;
  seq: Test[];
  prev?: Test;
  notPrev?: Test;
  next?: Test;
  notNext?: Test;
}

const lower = (w: Word) => w.normalized.toLowerCase();

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

function compileItem(item: string, sets: Record<string, string[]>): Test {
  const exactCase = item.startsWith('=');
  const body = exactCase ? item.slice(1) : item;
  const words = new Set<string>();
  let none = false;
  let any = false;
  let number = false;
  for (const alt of body.split('|')) {
    if (alt === '^' || alt === '$') none = true;
    else if (alt === '*') any = true;
    else if (alt === '#') number = true;
    else if (alt.startsWith('@')) {
      const set = sets[alt.slice(1)];
      if (!set) throw new Error(`word pattern: unknown set ${alt}`);
      for (const s of set) words.add(s.toLowerCase());
    } else words.add(alt.toLowerCase());
  }
  return (w) => {
    if (w === null) return none;
    if (w === 'other') return false;
    if (any) return true;
    if (number && /^\d+$/.test(w.text) && Number(w.text) > 1) return true;
    return words.has(exactCase ? w.normalized : lower(w));
  };
}

const compiledCache = new WeakMap<WordPatternFile, Compiled[]>();

function compile(file: WordPatternFile): Compiled[] {
  let out = compiledCache.get(file);
  if (!out) {
    const sets = file.sets ?? {};
    const item = (s: string | undefined) => (s === undefined ? undefined : compileItem(s, sets));
    out = file.patterns.map((pattern) => ({
      pattern,
      seq: pattern.seq.trim().split(/\s+/).map((s) => compileItem(s, sets)),
      prev: item(pattern.prev),
      notPrev: item(pattern.notPrev),
      next: item(pattern.next),
      notNext: item(pattern.notNext),
    }));
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
export function matchWordPatterns(ctx: RuleContext, file: WordPatternFile): Finding[] {
  const patterns = compile(file);
  const out: Finding[] = [];
  for (const sentence of ctx.sentences) {
    const words = sentence.words;
    // joined[i]: words i and i + 1 stand next to each other with only white space between.
    const joined = words.map((w, i) => i + 1 < words.length && /^\s+$/.test(ctx.text.slice(w.end, words[i + 1]!.start)));
    let busyUntil = -1;
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.start < busyUntil) continue;
      for (const p of patterns) {
        const n = p.seq.length;
        let ok = i + n <= words.length;
        for (let k = 0; ok && k < n; k++) ok = p.seq[k]!(words[i + k]!) && (k === n - 1 || joined[i + k]!);
        if (!ok) continue;
        if (words.slice(i, i + n).some((w) => glued(ctx.text, w))) continue;
        const prev = i > 0 && joined[i - 1] ? words[i - 1]! : null;
        const last = words[i + n - 1]!;
        const next: Neighbour = joined[i + n - 1]
          ? words[i + n]!
          : clauseEnds(ctx.text, last, sentence.range[1])
            ? null
            : 'other';
        if (p.prev && !p.prev(prev)) continue;
        if (p.notPrev && p.notPrev(prev)) continue;
        if (p.next && !p.next(next)) continue;
        if (p.notNext && p.notNext(next)) continue;

        const wrong = words[i + (p.pattern.fix ?? 0)]!;
        const to = typeof p.pattern.to === 'string' ? p.pattern.to : p.pattern.to[lower(wrong)];
        if (to === undefined) continue;
        const expected = fitReplacement(ctx, to, wrong.text);
        const start = words[i]!.start;
        const end = words[i + n - 1]!.end;
        const actual = ctx.text.slice(start, end);
        const fixed = ctx.text.slice(start, wrong.start) + expected + ctx.text.slice(wrong.end, end);
        const template = p.pattern.message ?? file.messages?.[to.toLowerCase()] ?? file.message;
        out.push({
          range: [start, end],
          actual,
          message: fill(template, { actual, wrong: wrong.text, expected, fixed }),
          suggestions: [{ label: expected, edit: { range: [wrong.start, wrong.end], text: expected } }],
        });
        busyUntil = end;
        break;
      }
    }
  }
  return out;
}
