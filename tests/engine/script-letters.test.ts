// Phrase patterns are built with each `\p{L}` written as the letters of the Latin, Greek and Cyrillic scripts
// (src/engine/declarative/match.ts, withScriptLetters): under "iu", V8 builds those ranges ten times faster than the
// Unicode property, which was most of a Slovenian or Croatian cold start. The rewrite must not change what any shipped
// pattern matches on text a rep writes, nor touch what only looks like `\p{L}`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withScriptLetters } from '../../src/engine/declarative/match';

const LANG = new URL('../../src/engine/lang/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.json') ? [p] : [];
  });

/** Every `pattern` of the shipped phrase data, of every language. */
function shippedPatterns(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.pattern === 'string') out.push(o.pattern);
    Object.values(o).forEach(walk);
  };
  for (const path of files(LANG)) walk(JSON.parse(readFileSync(path, 'utf8')));
  return out;
}

const matches = (source: string, text: string) => [...text.matchAll(new RegExp(source, 'giu'))].map((m) => [m.index, m[0]]);

describe('withScriptLetters', () => {
  it('writes \\p{L} as a class outside a class and as ranges inside one, and leaves the rest alone', () => {
    const rewritten = withScriptLetters('(?<![\\p{L}\\p{M}])nesposobn\\p{L}*[^\\p{L}\\s]\\p{Lu}\\P{L}\\\\p{L}');
    expect(rewritten.startsWith('(?<![a-zA-Z')).toBe(true);
    expect(rewritten).toContain('\\p{M}])nesposobn[a-zA-Z');
    expect(rewritten).toContain('[^a-zA-Z');
    expect(rewritten).toContain('\\p{Lu}\\P{L}\\\\p{L}');
    expect(withScriptLetters('no letters here')).toBe('no letters here');
  });

  it('finds the same as the Unicode property with every shipped pattern, on text of the five languages and beyond', () => {
    const patterns = shippedPatterns().filter((p) => p.includes('\\p{L}'));
    expect(patterns.length).toBeGreaterThan(300);
    const words = [
      'naš', 'naša', 'skladište', 'nesposobni', 'kaos', 'očitno', 'že', 'vam', 'sem', 'pojasnil', 'mūsu', 'haoss', 'kā',
      'jau', 'rakstīju', 'tietysti', 'ilmeisesti', 'hidas', 'kaaos', 'ÄÖÅ', 'our', 'team', 'is', 'useless', 'you', "you'd",
      'Đurđica', 'ĐAKOVO', 'Ŧest', 'ẞtraße', 'ﬁle', 'Ωmega', 'Москва', 'ĳ', 'µm', '×', '÷', '2024', 'x̌', '😀', '«', '»',
    ];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(' ', ', ', '. ', '\n', '-', '')), { minLength: 1, maxLength: 14 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    const samples = fc.sample(text, { numRuns: 60, seed: 7 });
    const corpus = ['sl', 'hr', 'lv', 'fi', 'en'].map((l) => readFileSync(new URL(`../bench/reply-250${l === 'en' ? '' : `-${l}`}.txt`, import.meta.url), 'utf8'));
    for (const source of patterns) {
      const rewritten = withScriptLetters(source);
      for (const t of [...corpus, ...samples]) expect(matches(rewritten, t), `${source} on ${JSON.stringify(t.slice(0, 60))}`).toEqual(matches(source, t));
    }
  });
});
