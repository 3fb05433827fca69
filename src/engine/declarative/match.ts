import type { Range } from '../types';
import type { RuleContext } from '../rule';
import { overlapsAny, splitsSurrogatePair } from '../text/ranges';
import type { PhraseEntry } from './spec';

export interface CompiledPhrase {
  re: RegExp;
  entry: Exclude<PhraseEntry, string>;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Literal phrase → regular expression source: any run of spaces, either apostrophe, whole words only. */
export function phraseSource(phrase: string): string {
  const body = escapeRegExp(phrase.trim())
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
  const lead = /^[\p{L}\p{N}]/u.test(phrase.trim()) ? '(?<![\\p{L}\\p{M}\\p{N}])' : '';
  const trail = /[\p{L}\p{N}]$/u.test(phrase.trim()) ? '(?![\\p{L}\\p{M}\\p{N}])' : '';
  return `${lead}${body}${trail}`;
}

const compiledCache = new WeakMap<readonly PhraseEntry[], CompiledPhrase[]>();

/** Compiles phrase entries once; throws on an invalid pattern (profiles are validated before they get here). */
export function compilePhrases(entries: readonly PhraseEntry[], flags = 'giu'): CompiledPhrase[] {
  const hit = flags === 'giu' ? compiledCache.get(entries) : undefined;
  if (hit) return hit;
  const out = entries.map((e) => {
    const entry = typeof e === 'string' ? { phrase: e } : e;
    const source = entry.pattern ?? phraseSource(entry.phrase ?? '');
    return { re: new RegExp(source, flags), entry };
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

/** Every match in the checkable text, never inside a skipped span, the longest first where two overlap. */
export function findPhrases(ctx: RuleContext, phrases: readonly CompiledPhrase[], options: FindOptions = {}): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const [from, to] of options.within ?? ctx.email.checkable) {
    const slice = ctx.text.slice(from, to);
    for (const { re, entry } of phrases) {
      // exec, not matchAll: matchAll copies the expression on every call, which a reply with thousands of short
      // checkable pieces (own lines between inline quotes) paid once per piece and phrase.
      re.lastIndex = 0;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        if (m[0].length === 0) {
          re.lastIndex += splitsSurrogatePair(slice, re.lastIndex + 1) ? 2 : 1;
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
