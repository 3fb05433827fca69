// The registry, the rule files, their tests and the README's rule table must agree (ESLint's checkRuleFiles).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/rules/index';
import { harperTable, ruleTable, TABLE_END, TABLE_START } from '../../src/engine/rules/table';
import { harperRuleData } from '../../src/engine/grammar/harper/node-binary';
import { generatedHarperRules, HARPER_GENERATED_PATH } from '../../src/engine/grammar/harper/generate';
import { HARPER_RULES, HARPER_VERSION } from '../../src/engine/grammar/harper/rules';
import { CATEGORIES, LANGUAGES, SEVERITIES } from '../../src/engine/types';

const RULES_DIR = 'src/engine/rules';

function ruleFiles(): string[] {
  const ids: string[] = [];
  for (const entry of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const f of readdirSync(join(RULES_DIR, entry.name))) {
      if (f.endsWith('.ts')) ids.push(`${entry.name}/${f.replace(/\.ts$/, '')}`);
    }
  }
  return ids.sort();
}

describe('rule registry', () => {
  const ids = RULES.map((r) => r.id);

  it('is sorted by id with no duplicates', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists exactly the rule files, each at src/engine/rules/<category>/<name>.ts', () => {
    expect(ids).toEqual(ruleFiles());
  });

  it('gives every rule a well-formed id and meta', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.id.split('/')[0]).toBe(r.meta.category);
      expect(CATEGORIES).toContain(r.meta.category);
      expect(SEVERITIES).toContain(r.meta.defaultSeverity);
      expect(r.meta.languages.length).toBeGreaterThan(0);
      for (const l of r.meta.languages) expect(LANGUAGES).toContain(l);
      expect(r.meta.description.length).toBeGreaterThan(10);
    }
  });

  it('has a table-driven test file for every rule', () => {
    const missing = ids.filter((id) => !existsSync(`tests/rules/${id.replace('/', '-')}.test.ts`));
    expect(missing).toEqual([]);
  });

  // Harper's rules come from the installed harper.js: its default lint config and descriptions (loads the wasm).
  it("matches the README's rule table and the installed harper.js (run `npm run rules:table` after changing a rule)", async () => {
    const harper = await harperRuleData();
    const version = (JSON.parse(readFileSync('node_modules/harper.js/package.json', 'utf8')) as { version: string }).version;
    expect(readFileSync(HARPER_GENERATED_PATH, 'utf8')).toBe(generatedHarperRules(version, harper.defaults));
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start + TABLE_START.length, end).trim()).toBe(
      `${ruleTable(RULES)}\n\n${harperTable(HARPER_RULES, harper.descriptions, HARPER_VERSION)}`,
    );
  }, 60_000);

  it('gives no Harper rule an id one of our rule files has', () => {
    const ours = new Set(ids);
    for (const r of HARPER_RULES) {
      expect(ours.has(`grammar/${r.slug}`)).toBe(false);
      expect(ours.has(`style/${r.slug}`)).toBe(false);
    }
  });
});
