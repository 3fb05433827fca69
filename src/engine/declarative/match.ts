import type { Range } from '../types';
import type { RuleContext } from '../rule';
import { overlapsAny, splitsSurrogatePair } from '../text/ranges';
import type { PhraseEntry } from './spec';
import { requiredStrings } from './anchors';

export interface CompiledPhrase {
  /** The whole expression (built on first use: most are never needed, and each costs milliseconds to build). */
  readonly re: RegExp;
  entry: Exclude<PhraseEntry, string>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LEAD = '(?<![\\p{L}\\p{M}\\p{N}])';
const TRAIL = '(?![\\p{L}\\p{M}\\p{N}])';

/** A literal phrase's parts: the words (any run of spaces, either apostrophe), and whether whole words only. */
function phraseParts(phrase: string): { body: string; lead: boolean; trail: boolean } {
  const trimmed = phrase.trim();
  const body = escapeRegExp(trimmed)
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
  return { body, lead: /^[\p{L}\p{N}]/u.test(trimmed), trail: /[\p{L}\p{N}]$/u.test(trimmed) };
}

/** Literal phrase → regular expression source: any run of spaces, either apostrophe, whole words only. */
export function phraseSource(phrase: string): string {
  const { body, lead, trail } = phraseParts(phrase);
  return `${lead ? LEAD : ''}${body}${trail ? TRAIL : ''}`;
}

/**
 * Literal phrases, in the order given, → one alternation matching what `phrases.map(phraseSource).join('|')` matches,
 * in the same order of preference. Neighbours with the same whole-word edges share one pair of them
 * ("LEAD(?:a|b)TRAIL"): each `[\p{L}\p{M}\p{N}]` costs V8 milliseconds to build under "iu", and a list of thirty
 * labels spent 40 ms of a cold start building its own thirty pairs.
 */
export function phraseAlternation(phrases: readonly string[]): string {
  const runs: { lead: boolean; trail: boolean; bodies: string[] }[] = [];
  for (const phrase of phrases) {
    const { body, lead, trail } = phraseParts(phrase);
    const last = runs[runs.length - 1];
    if (last && last.lead === lead && last.trail === trail) last.bodies.push(body);
    else runs.push({ lead, trail, bodies: [body] });
  }
  return runs
    .map((r) => {
      const inner = r.bodies.length === 1 || (!r.lead && !r.trail) ? r.bodies.join('|') : `(?:${r.bodies.join('|')})`;
      return `${r.lead ? LEAD : ''}${inner}${r.trail ? TRAIL : ''}`;
    })
    .join('|');
}

// Speed. A regular expression with `[\p{L}\p{M}\p{N}]` under the "iu" flags costs V8 about a millisecond to build and
// more to run the first time (it works out the case closure of every letter), and the phrase lists hold a thousand
// of them: that was most of a cold start. So a literal phrase is searched for by its words alone, and the
// whole-word edges are checked on the characters either side (the same answer: its words match in one way only at a
// given place, so the search resumes one character on exactly where the whole expression would have); and an
// expression is not built, nor run, on a text that lacks a string every match must contain (`anchors`, below).

/**
 * The letters of the scripts a reply is written in: Latin (with every letter of the five languages' alphabets and of
 * Latin Extended Additional), Greek and Cyrillic. `\p{L}` under "iu" makes V8 work out the case closure of every
 * letter of Unicode each time it builds an expression: the tone data of Slovenian and Croatian, written with stems
 * like `nesposobn\p{L}*`, spent 200 ms of a cold start building its expressions, and these ranges build ten times
 * faster. On text in these scripts the two match alike.
 */
const SCRIPT_LETTERS =
  'a-zA-Z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE' +
  '\\u0370-\\u0374\\u0376-\\u037D\\u037F\\u0386\\u0388-\\u03FF\\u0400-\\u0481\\u048A-\\u052F\\u1E00-\\u1FFF';

/**
 * `source` with each `\p{L}` written as SCRIPT_LETTERS: a class of its own outside a class, its ranges inside one.
 * Escapes are copied as they are, so `\\p{L}` (a backslash, then "p{L}") is left alone.
 */
export function withScriptLetters(source: string): string {
  if (!source.includes('\\p{L}')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (source.startsWith('p{L}', i + 1)) {
        out += inClass ? SCRIPT_LETTERS : `[${SCRIPT_LETTERS}]`;
        i += 4;
      } else {
        out += c + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** A letter, mark or digit: what the whole-word edges of a phrase must not touch. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

class Compiled implements CompiledPhrase {
  private whole: RegExp | undefined;
  private searchRe: RegExp | undefined;
  /**
   * Lists of strings (folded as `fold` folds the text) such that every match contains one string of each list
   * (./anchors.ts); null: none is known.
   */
  readonly anchors: readonly (readonly string[])[] | null;
  readonly caseless: boolean;
  constructor(
    readonly entry: Exclude<PhraseEntry, string>,
    private readonly source: string,
    private readonly flags: string,
    /** For a literal phrase in "u" mode: its words, and whether they must start and end on a word edge. */
    private readonly literal: { body: string; lead: boolean; trail: boolean } | null,
  ) {
    this.caseless = flags.includes('i');
    this.anchors = !flags.includes('u')
      ? null
      : literal
        ? literalAnchors(entry.phrase ?? '', this.caseless)
        : this.caseless && entry.anchors !== undefined && source === entry.pattern
          ? entry.anchors
          : requiredStrings(source, this.caseless);
  }
  get re(): RegExp {
    return (this.whole ??= new RegExp(this.flags.includes('u') ? withScriptLetters(this.source) : this.source, this.flags));
  }
  /** What findPhrases runs: the literal phrase's words, or the whole expression. */
  get search(): RegExp {
    return (this.searchRe ??= this.literal ? new RegExp(this.literal.body, this.flags) : this.re);
  }
  /** Whether a match of `search` at [start, end) of `text` is a match of the whole expression. */
  edgesHold(text: string, start: number, end: number): boolean {
    if (!this.literal) return true;
    if (this.literal.lead && start > 0) {
      // The code point that ends at `start`: a pair when a high surrogate comes before a low one.
      const pair = start >= 2 && isLow(text.charCodeAt(start - 1)) && isHigh(text.charCodeAt(start - 2));
      if (WORD_CHAR.test(text.slice(start - (pair ? 2 : 1), start))) return false;
    }
    if (this.literal.trail && end < text.length) {
      const pair = end + 1 < text.length && isHigh(text.charCodeAt(end)) && isLow(text.charCodeAt(end + 1));
      if (WORD_CHAR.test(text.slice(end, end + (pair ? 2 : 1)))) return false;
    }
    return true;
  }
}

/**
 * What requiredStrings gives for a literal phrase's expression, read off the phrase without parsing it: every run of
 * at least 3 characters between spaces and apostrophes (and, caseless, characters outside ASCII), each required.
 */
function literalAnchors(phrase: string, caseless: boolean): string[][] | null {
  const runs = phrase
    .trim()
    .split(caseless ? /[\s'’]|[^\x20-\x7e]/u : /[\s'’]/u)
    .filter((r) => r.length >= 3)
    .map((r) => [caseless ? r.toLowerCase() : r]);
  return runs.length > 0 ? runs : null;
}

const compiledCache = new WeakMap<readonly PhraseEntry[], CompiledPhrase[]>();

/** Compiles phrase entries once (each expression is built on first use). */
export function compilePhrases(entries: readonly PhraseEntry[], flags = 'giu'): CompiledPhrase[] {
  const hit = flags === 'giu' ? compiledCache.get(entries) : undefined;
  if (hit) return hit;
  const out = entries.map((e) => {
    const entry = typeof e === 'string' ? { phrase: e } : e;
    // A pattern is built on first use too: an invalid one throws then, in its rule's check, which the engine reports
    // and survives (a team profile's patterns are validated before they get here, src/engine/profile/semantic.ts).
    if (entry.pattern !== undefined) return new Compiled(entry, entry.pattern, flags, null);
    const parts = phraseParts(entry.phrase ?? '');
    const source = `${parts.lead ? LEAD : ''}${parts.body}${parts.trail ? TRAIL : ''}`;
    return new Compiled(entry, source, flags, flags.includes('u') && !flags.includes('y') ? parts : null);
  });
  if (flags === 'giu') compiledCache.set(entries, out);
  return out;
}

export interface PhraseHit {
  range: Range;
  text: string;
  entry: Exclude<PhraseEntry, string>;
}

export interface FindOptions {
  /** Where to look; the checkable text by default. */
  within?: readonly Range[];
  /** Also match inside skipped spans (URLs, #references): for finding a phrase, not flagging one. */
  inSkipped?: boolean;
}

/**
 * The text as the anchors are folded: lower case, and the one letter outside ASCII that matches an ASCII letter
 * under "iu" without lower-casing to it (ſ, long s; the Kelvin sign lower-cases to k). Anchors are ASCII only.
 */
const fold = (text: string) => text.toLowerCase().replace(/ſ/g, 's');

function mayMatch(phrase: CompiledPhrase, slice: string, folded: () => string): boolean {
  if (!(phrase instanceof Compiled) || !phrase.anchors) return true;
  const text = phrase.caseless ? folded() : slice;
  return phrase.anchors.every((list) => list.some((a) => text.includes(a)));
}

/** Every match in the checkable text, never inside a skipped span, the longest first where two overlap. */
export function findPhrases(ctx: RuleContext, phrases: readonly CompiledPhrase[], options: FindOptions = {}): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const [from, to] of options.within ?? ctx.email.checkable) {
    const slice = ctx.text.slice(from, to);
    let lower: string | undefined;
    const folded = () => (lower ??= fold(slice));
    for (const phrase of phrases) {
      if (!mayMatch(phrase, slice, folded)) continue;
      const { entry } = phrase;
      const compiled = phrase instanceof Compiled ? phrase : null;
      const re = compiled ? compiled.search : phrase.re;
      // exec, not matchAll: matchAll copies the expression on every call, which a reply with thousands of short
      // checkable pieces (own lines between inline quotes) paid once per piece and phrase.
      re.lastIndex = 0;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        if (m[0].length === 0) {
          re.lastIndex += splitsSurrogatePair(slice, re.lastIndex + 1) ? 2 : 1;
          continue;
        }
        if (compiled && !compiled.edgesHold(slice, m.index, m.index + m[0].length)) {
          // Not a whole-word match here: the whole expression would look again one character on.
          re.lastIndex = m.index + (splitsSurrogatePair(slice, m.index + 1) ? 2 : 1);
          continue;
        }
        const range: Range = [from + m.index, from + m.index + m[0].length];
        if (!options.inSkipped && overlapsAny(ctx.skip, range)) continue;
        hits.push({ range, text: m[0], entry });
      }
    }
  }
  hits.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  // In order of start, the kept hits are disjoint, so a hit overlaps one of them only if it starts before the last
  // one ends: one comparison instead of a look at every kept hit (quadratic on a draft of many "!!!").
  const kept: PhraseHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.range[0] < end) continue;
    kept.push(h);
    end = h.range[1];
  }
  return kept;
}

/** The replacement in the case of what it replaces: "As mentioned" for "As I already told you". */
export function matchCase(replacement: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original)) {
    return replacement.toUpperCase();
  }
  if (/^\p{Lu}/u.test(original) && /^\p{Ll}/u.test(replacement)) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}
