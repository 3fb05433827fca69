// One cold start, in a fresh process: load the dictionary, build the engine, check a 250-word reply.
// Run by scripts/bench.ts; prints one JSON line. `--baseline` only constructs the speller: for English, nspell from
// the .aff/.dic that en.dawg/en.json are compiled from (what shipped before them); for the others, the speller that
// ships. `ms` starts once this script's modules are loaded; `sinceStartMs` counts from the process's start.
import { readFileSync } from 'node:fs';
import type { Language } from '../src/engine/types';
import type { Speller } from '../src/engine/spelling/speller';
import { createEngine } from '../src/engine/engine';
import { loadSpeller } from '../src/cli/dictionaries';
import { createNspellSpeller } from '../src/engine/spelling/nspell-speller';

const args = process.argv.slice(2);
const baseline = args.includes('--baseline');
const [language = 'en', file = 'tests/bench/reply-250.txt'] = args.filter((a) => !a.startsWith('--')) as [Language?, string?];
const text = readFileSync(file, 'utf8');

const t0 = performance.now();
const speller: Speller =
  baseline && language === 'en'
    ? createNspellSpeller({ aff: readFileSync('dictionaries/en/en.aff'), dic: readFileSync('dictionaries/en/en.dic') })
    : await loadSpeller(language);
const tSpeller = performance.now();
let findings = 0;
if (!baseline) {
  const engine = createEngine({ language, speller });
  findings = engine.check(text).diagnostics.length;
}
const t1 = performance.now();
process.stdout.write(
  `${JSON.stringify({ language, baseline, ms: t1 - t0, sinceStartMs: t1, spellerMs: tSpeller - t0, findings, rssMB: process.memoryUsage().rss / 2 ** 20 })}\n`,
);
