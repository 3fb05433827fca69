// Rewrites the rule table in README.md from the registry.
import { readFile, writeFile } from 'node:fs/promises';
import { RULES } from '../src/engine/rules/index';
import { ruleTable, TABLE_END, TABLE_START } from '../src/engine/rules/table';

const readme = await readFile('README.md', 'utf8');
const start = readme.indexOf(TABLE_START);
const end = readme.indexOf(TABLE_END);
if (start < 0 || end < start) {
  process.stderr.write('README.md has no rule-table markers\n');
  process.exit(2);
}
const next = `${readme.slice(0, start + TABLE_START.length)}\n${ruleTable(RULES)}\n${readme.slice(end)}`;
await writeFile('README.md', next);
process.stdout.write(`README.md: ${RULES.length} rules\n`);
