// Whatever arrives from a URL, a policy or a file, validation answers with errors and never throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateProfile } from '../../src/engine/profile/validate';
import { segmentsOf, valueAt } from '../../src/engine/profile/pointer';
import { RULE } from './helpers';

const base = {
  version: 1,
  name: 'x',
  languages: ['en'],
  rules: { 'grammar/repeated-word': { severity: 'error', locked: true } },
  words: ['HelioVPN'],
  customRules: Object.values(RULE),
  personal: { allowWords: true },
};

/** Replaces the value at one random place in `doc` with `replacement`. */
function mutate(doc: unknown, pick: number, replacement: unknown): unknown {
  const places: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    places.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(doc, []);
  const path = places[pick % places.length]!;
  if (path.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let at = copy;
  for (const s of path.slice(0, -1)) at = at[s] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = replacement;
  return copy;
}

describe('validation of anything', () => {
  it('answers any JSON value without throwing, each error at a real place in the profile', () => {
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 3 }), (pick, replacement) => {
        const doc = mutate(base, pick, replacement);
        const v = validateProfile(doc);
        if (v.ok) return;
        expect(v.errors.length).toBeGreaterThan(0);
        for (const e of v.errors) {
          expect(e.message.length).toBeGreaterThan(5);
          // The field named exists, or is the missing child of one that does.
          const parent = '/' + segmentsOf(e.path).slice(0, -1).map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
          const exists = valueAt(doc, e.path) !== undefined || e.path === '' || valueAt(doc, parent === '/' ? '' : parent) !== undefined;
          expect(exists, `${e.path}: ${e.message}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('answers any text without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const v = validateProfile(text);
        if (!v.ok) expect(v.errors[0]!.message).toMatch(/\S/);
      }),
    );
  });
});
