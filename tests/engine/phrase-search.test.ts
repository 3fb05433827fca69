// findPhrases (src/engine/declarative/match.ts) searches a literal phrase by its words and checks its whole-word
// edges by hand, and skips an expression whose required strings a text lacks (src/engine/declarative/anchors.ts):
// both only for speed. Here it must find exactly what the plain approach finds — every phrase as one expression
// with its edges, run over the whole text — on every phrase list of every language, with texts built to sit on
// the edges: phrases glued to letters, marks, digits, astral letters and emoji, in odd cases, with ſ and K.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/engine/context';
import { compilePhrases, findPhrases, type PhraseHit } from '../../src/engine/declarative/match';
import { requiredStrings } from '../../src/engine/declarative/anchors';
import type { PhraseEntry } from '../../src/engine/declarative/spec';
import type { RuleContext } from '../../src/engine/rule';
import type { Language, Range } from '../../src/engine/types';
import { overlapsAny, splitsSurrogatePair } from '../../src/engine/text/ranges';

const ROOT = new URL('../../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.json') ? [p] : [];
  });
}

type Entry = Exclude<PhraseEntry, string>;
const isEntry = (x: unknown): x is PhraseEntry =>
  typeof x === 'string' || (typeof x === 'object' && x !== null && ('phrase' in x || 'pattern' in x));

/** Every list of phrases in the language data: `phrases`, `terms`, the keys of `swap`, and other word lists. */
const LISTS: { language: Language; name: string; entries: PhraseEntry[] }[] = [];
for (const path of files(join(ROOT, 'src/engine/lang'))) {
  const language = path.split('/lang/')[1]!.split('/')[0] as Language;
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value) && value.length > 0 && value.every(isEntry)) LISTS.push({ language, name: `${path}#${key}`, entries: value });
    if (key === 'swap' && value && typeof value === 'object')
      LISTS.push({ language, name: `${path}#swap`, entries: Object.keys(value).map((phrase) => ({ phrase })) });
  }
}

/** The plain approach, as findPhrases was before: each phrase one expression with its edges. */
function plainSource(phrase: string): string {
  const body = phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  const lead = /^[\p{L}\p{N}]/u.test(phrase.trim()) ? '(?<![\\p{L}\\p{M}\\p{N}])' : '';
  const trail = /[\p{L}\p{N}]$/u.test(phrase.trim()) ? '(?![\\p{L}\\p{M}\\p{N}])' : '';
  return `${lead}${body}${trail}`;
}
const plainCache = new Map<PhraseEntry[], { re: RegExp; entry: Entry }[]>();
function plainFind(ctx: RuleContext, list: PhraseEntry[]): PhraseHit[] {
  let compiled = plainCache.get(list);
  if (!compiled) {
    compiled = list.map((e) => {
      const entry = typeof e === 'string' ? { phrase: e } : e;
      return { re: new RegExp(entry.pattern ?? plainSource(entry.phrase ?? ''), 'giu'), entry };
    });
    plainCache.set(list, compiled);
  }
  const hits: PhraseHit[] = [];
  for (const [from, to] of ctx.email.checkable) {
    const slice = ctx.text.slice(from, to);
    for (const { re, entry } of compiled) {
      re.lastIndex = 0;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        if (m[0].length === 0) {
          re.lastIndex += splitsSurrogatePair(slice, re.lastIndex + 1) ? 2 : 1;
          continue;
        }
        const range: Range = [from + m.index, from + m.index + m[0].length];
        if (overlapsAny(ctx.skip, range)) continue;
        hits.push({ range, text: m[0], entry });
      }
    }
  }
  hits.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const kept: PhraseHit[] = [];
  let end = -1;
  for (const h of hits) {
    if (h.range[0] < end) continue;
    kept.push(h);
    end = h.range[1];
  }
  return kept;
}

const view = (hits: PhraseHit[]) => hits.map((h) => [h.range, h.text, h.entry.phrase ?? h.entry.pattern]);

const GLUE = ['', ' ', '  ', 'x', 'A', '9', 'é', 'e\u0301', '\u0301', '𝐀', '😀', "'", '’', '-', '_', '\n', '\n\n', 'ſ', 'K', 'İ', 'ß', '.', ', ', '!', '"'];
const CORPUS = readdirSync(join(ROOT, 'tests/corpus/en'))
  .filter((f) => f.endsWith('.txt'))
  .slice(0, 40)
  .map((f) => readFileSync(join(ROOT, 'tests/corpus/en', f), 'utf8'));

/** A phrase as a rep might type it: any case per letter, spaces and apostrophes varied. */
const typed = (phrase: string) =>
  fc.array(fc.boolean(), { minLength: phrase.length, maxLength: phrase.length }).chain((upper) =>
    fc.constantFrom(' ', '  ', '\u00a0', '\t').chain((space) =>
      fc.constant(
        [...phrase]
          .map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase()))
          .join('')
          .replace(/ /g, space)
          .replace(/'/g, '’'),
      ),
    ),
  );

describe('findPhrases', () => {
  it('reads every phrase list of the language data', () => {
    expect(LISTS.length).toBeGreaterThan(100);
    expect(new Set(LISTS.map((l) => l.language))).toEqual(new Set(['en', 'lv', 'sl', 'hr', 'fi']));
  });

  it('finds what one whole expression per phrase finds, on texts built around the phrases', () => {
    const draft = fc.integer({ min: 0, max: LISTS.length - 1 }).chain((i) => {
      const list = LISTS[i]!;
      const literal = list.entries.map((e) => (typeof e === 'string' ? e : e.phrase)).filter((p): p is string => !!p);
      const piece = fc.oneof(
        fc.constantFrom(...GLUE),
        literal.length ? fc.constantFrom(...literal).chain(typed) : fc.constant('word'),
        fc.constantFrom(...CORPUS).map((t) => t.slice(0, 300)),
      );
      return fc.tuple(fc.constant(i), fc.array(piece, { minLength: 1, maxLength: 12 }));
    });
    fc.assert(
      fc.property(draft, ([i, pieces]) => {
        const { language, entries } = LISTS[i]!;
        const text = pieces.join('');
        const ctx = buildContext({ text, language });
        expect(view(findPhrases(ctx, compilePhrases(entries)))).toEqual(view(plainFind(ctx, entries)));
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('finds what one whole expression per phrase finds, on whole replies of every language', () => {
    for (const language of ['en', 'lv', 'sl', 'hr', 'fi'] as const) {
      const dir = join(ROOT, 'tests/corpus', language);
      // A dozen replies a language: the plain expressions this compares against are the slow part.
      const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 12).map((f) => readFileSync(join(dir, f), 'utf8'));
      expect(texts.length).toBeGreaterThan(5);
      for (const text of texts) {
        const ctx = buildContext({ text, language });
        for (const { entries, name } of LISTS.filter((l) => l.language === language)) {
          expect(view(findPhrases(ctx, compilePhrases(entries))), name).toEqual(view(plainFind(ctx, entries)));
        }
      }
    }
  }, 120_000);
});

describe('requiredStrings', () => {
  it('gives for every literal phrase of the language data what findPhrases reads off the phrase itself', () => {
    let literal = 0;
    for (const { entries } of LISTS) {
      for (const compiled of compilePhrases(entries)) {
        if (compiled.entry.pattern !== undefined) continue;
        literal++;
        const fromSource = requiredStrings(plainSource(compiled.entry.phrase ?? ''), true);
        expect((compiled as unknown as { anchors: unknown }).anchors, compiled.entry.phrase).toEqual(fromSource);
      }
    }
    expect(literal).toBeGreaterThan(1000);
  });

  it('names strings every match must hold, and nothing for what it cannot read', () => {
    expect(requiredStrings('(?<![\\p{L}])as\\s+per(?![\\p{L}])', true)).toEqual([['per']]);
    expect(requiredStrings('(?:our|the)\\s+(?:system|app)\\s+is\\s+(?:bad|AWFUL)', true)).toEqual([
      ['our', 'the'],
      ['system', 'app'],
      ['bad', 'awful'],
    ]);
    expect(requiredStrings('(?:abc)?def', true)).toEqual([['def']]);
    expect(requiredStrings('hello(?!world)', true)).toEqual([['hello']]);
    expect(requiredStrings('Ab\\x41cd|Xyz', false)).toBeNull(); // "Ab" and "cd" are too short to be worth it
    expect(requiredStrings('foo|ba', true)).toBeNull();
    expect(requiredStrings('(?<![!?])!{2,}', true)).toBeNull();
    expect(requiredStrings('lūdzu', true)).toEqual([['dzu']]);
    expect(requiredStrings('Lūdzu', false)).toEqual([['Lūdzu']]);
    expect(requiredStrings('colou?r', true)).toEqual([['colo']]);
  });
});
