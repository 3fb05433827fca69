// Applies scripts/dictionary-additions/<lang>.txt to the Hunspell dictionaries already in dictionaries/ (see
// scripts/lib/dictionary-additions.ts), without the upstream sources scripts/build-dictionaries.ts needs. From the
// repository root: `node build.mjs --cli-only && node dist/cli/add-dictionary-words.mjs [lv sl hr]`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyAdditions, parseAdditions } from './lib/dictionary-additions';

const root = process.cwd();
const languages = process.argv.slice(2).length ? process.argv.slice(2) : ['lv', 'sl', 'hr'];
for (const language of languages) {
  const list = join(root, 'scripts/dictionary-additions', `${language}.txt`);
  const path = join(root, 'dictionaries', language, `${language}.dic`);
  if (!existsSync(list) || !existsSync(path)) {
    process.stderr.write(`${language}: no ${existsSync(list) ? path : list}\n`);
    process.exitCode = 2;
    continue;
  }
  const before = readFileSync(path, 'utf8');
  const after = applyAdditions(before, parseAdditions(readFileSync(list, 'utf8')));
  if (after !== before) writeFileSync(path, after);
  const count = (t: string) => Number.parseInt(t, 10);
  process.stdout.write(`${language}: ${count(after) - count(before)} entries added\n`);
}
