// Rewrites the rule table in README.md from the registry, and Harper's rules from the installed harper.js: first
// src/engine/grammar/harper/rules.generated.json (the Harper rule names and defaults the engine knows), then the table.
import { readFile, writeFile } from 'node:fs/promises';
import { RULES } from '../src/engine/rules/index';
import { harperTable, ruleTable, TABLE_END, TABLE_START } from '../src/engine/rules/table';
import { harperRuleData } from '../src/engine/grammar/harper/node-binary';
import { generatedHarperRules, HARPER_GENERATED_PATH } from '../src/engine/grammar/harper/generate';

const data = await harperRuleData();
const version = (JSON.parse(await readFile('node_modules/harper.js/package.json', 'utf8')) as { version: string }).version;
const generated = generatedHarperRules(version, data.defaults);
const previous = await readFile(HARPER_GENERATED_PATH, 'utf8').catch(() => '');
if (previous !== generated) {
  await writeFile(HARPER_GENERATED_PATH, generated);
  // The engine's rule list changed: the table below is computed from the new list, so rebuild and run again.
  process.stdout.write(`${HARPER_GENERATED_PATH}: ${Object.keys(data.defaults).length} Harper rules (harper.js ${version}); run \`npm run rules:table\` again\n`);
  process.exit(0);
}

const { HARPER_RULES, HARPER_VERSION } = await import('../src/engine/grammar/harper/rules');
const readme = await readFile('README.md', 'utf8');
const start = readme.indexOf(TABLE_START);
const end = readme.indexOf(TABLE_END);
if (start < 0 || end < start) {
  process.stderr.write('README.md has no rule-table markers\n');
  process.exit(2);
}
const table = `${ruleTable(RULES)}\n\n${harperTable(HARPER_RULES, data.descriptions, HARPER_VERSION)}`;
const next = `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`;
await writeFile('README.md', next);
process.stdout.write(`README.md: ${RULES.length} rules and ${HARPER_RULES.length} Harper rules\n`);
