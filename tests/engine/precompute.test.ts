// The build works out each shipped pattern's anchor strings (build.mjs → src/engine/declarative/precompute.ts) so a
// cold worker does not parse hundreds of patterns on the rep's first check. Those anchors decide which expressions
// run at all, so they must be exactly what the engine would have worked out itself, and find exactly the same.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredStrings } from '../../src/engine/declarative/anchors';
import { compilePhrases, findPhrases } from '../../src/engine/declarative/match';
import { withAnchors } from '../../src/engine/declarative/precompute';
import type { PhraseEntry } from '../../src/engine/declarative/spec';
import { buildContext } from '../../src/engine/context';
import type { Language } from '../../src/engine/types';

const ROOT = new URL('../../', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.json') ? [p] : [];
  });

type Entry = Exclude<PhraseEntry, string>;
const patternLists = (data: Record<string, unknown>): Entry[][] =>
  Object.values(data).filter((v): v is Entry[] => Array.isArray(v) && v.some((e) => !!e && typeof e === 'object' && 'pattern' in e));

describe('anchors worked out at build time', () => {
  const LANG = join(ROOT, 'src/engine/lang');

  it('are what requiredStrings gives for every pattern of the shipped data, and leave the data otherwise as it was', () => {
    let patterns = 0;
    for (const path of files(LANG)) {
      const raw = readFileSync(path, 'utf8');
      const data = withAnchors(JSON.parse(raw) as Record<string, unknown>);
      const walk = (v: unknown): void => {
        if (Array.isArray(v)) return v.forEach(walk);
        if (!v || typeof v !== 'object') return;
        const o = v as Record<string, unknown>;
        if (typeof o.pattern === 'string') {
          patterns++;
          expect(o.anchors, `${path}: ${o.pattern}`).toEqual(requiredStrings(o.pattern, true));
        }
        Object.entries(o).forEach(([k, x]) => k !== 'anchors' && walk(x));
      };
      walk(data);
      const strip = (v: unknown): unknown =>
        Array.isArray(v) ? v.map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'anchors').map(([k, x]) => [k, strip(x)])) : v;
      expect(strip(data)).toEqual(JSON.parse(raw));
    }
    expect(patterns).toBeGreaterThan(500);
  });

  it('find exactly what the same lists find without them, on corpus replies of every language', () => {
    for (const language of ['en', 'lv', 'sl', 'hr', 'fi'] as Language[]) {
      const dir = join(ROOT, 'tests/corpus-holdout', language);
      const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
      const lists = files(join(LANG, language)).flatMap((p) => {
        const raw = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
        return patternLists(raw).map((plain, i) => ({ plain, anchored: patternLists(withAnchors(structuredClone(raw)))[i]! }));
      });
      expect(lists.length).toBeGreaterThan(3);
      for (const text of texts) {
        const ctx = buildContext({ text, language });
        for (const { plain, anchored } of lists) {
          const view = (hits: ReturnType<typeof findPhrases>) => hits.map((h) => [h.range, h.text, h.entry.pattern ?? h.entry.phrase]);
          expect(view(findPhrases(ctx, compilePhrases(anchored)))).toEqual(view(findPhrases(ctx, compilePhrases(plain))));
        }
      }
    }
  });
});
