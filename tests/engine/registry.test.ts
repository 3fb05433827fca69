// The registry, the rule files, their tests and the README's rule table must agree (ESLint's checkRuleFiles).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/rules/index';
import { ruleTable, TABLE_END, TABLE_START } from '../../src/engine/rules/table';
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

  it("matches the README's rule table (run `npm run rules:table` after changing a rule)", () => {
    const readme = readFileSync('README.md', 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    expect(readme.slice(start + TABLE_START.length, end).trim()).toBe(ruleTable(RULES));
  });
});
