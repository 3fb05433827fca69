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
import { SUGGESTIONS_FIRST_CHECK } from '../src/engine/spelling/suggestions';

/** A reply of about 250 words in `language` (the others are put together from tests/corpus/<language>). */
function replyFile(language: Language): string {
  return language === 'en' ? 'tests/bench/reply-250.txt' : `tests/bench/reply-250-${language}.txt`;
}

const args = process.argv.slice(2);
const baseline = args.includes('--baseline');

// `--memory en,lv`: the memory of a fresh process that has loaded those languages' spellers and engines and checked
// a reply in each (run with --expose-gc); `--memory ''` is the same process with nothing loaded.
const memoryAt = args.indexOf('--memory');
if (memoryAt >= 0) {
  const languages = (args[memoryAt + 1] ?? '').split(',').filter(Boolean) as Language[];
  const kept: unknown[] = [];
  for (const language of languages) {
    const speller = await loadSpeller(language);
    const engine = createEngine({ language, speller });
    engine.check(readFileSync(replyFile(language), 'utf8'));
    kept.push(engine, speller);
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  await new Promise((r) => setTimeout(r, 50));
  gc();
  const m = process.memoryUsage();
  const mb = (x: number) => x / 2 ** 20;
  process.stdout.write(
    `${JSON.stringify({ languages, kept: kept.length, rssMB: mb(m.rss), heapMB: mb(m.heapUsed), externalMB: mb(m.external + m.arrayBuffers) })}\n`,
  );
  process.exit(0);
}
const [language = 'en', file = replyFile(language)] = args.filter((a) => !a.startsWith('--')) as [Language?, string?];
const text = readFileSync(file, 'utf8');

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const speller: Speller =
  baseline && language === 'en'
    ? createNspellSpeller({ aff: readFileSync('dictionaries/en/en.aff'), dic: readFileSync('dictionaries/en/en.dic') })
    : await loadSpeller(language);
const tSpeller = performance.now();
const cpuSpeller = process.cpuUsage(cpu0);
let findings = 0;
if (!baseline) {
  const engine = createEngine({ language, speller });
  // As the worker's first check with a language: few suggestion lists, the card asks for the rest.
  findings = engine.check(text, { suggestionsPerCheck: SUGGESTIONS_FIRST_CHECK }).diagnostics.length;
}
const t1 = performance.now();
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  `${JSON.stringify({ language, baseline, ms: t1 - t0, cpuMs: (cpu.user + cpu.system) / 1000, sinceStartMs: t1, spellerMs: tSpeller - t0, spellerCpuMs: (cpuSpeller.user + cpuSpeller.system) / 1000, findings, rssMB: process.memoryUsage().rss / 2 ** 20 })}\n`,
);
