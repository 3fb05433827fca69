// `npm run bench`: speed and memory of the engine, each figure with its median, spread and the ratio to a baseline
// measured in the same run. Targets come from issue 6; the README quotes the table this prints. Needs the built
// extension (dist/chrome) and Debian's Chromium for the keystroke figures (scripts/bench-browser.ts); without them
// those rows say why they are missing. BENCH_RUNS (default 7) and BENCH_KEYSTROKES (default 40) set the sample sizes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Language } from '../src/engine/types';
import { createEngine } from '../src/engine/engine';
import { SUPPORTED_LANGUAGES } from '../src/engine/lang/pack';
import { loadSpeller } from '../src/cli/dictionaries';
import { harperRows } from './lib/bench-harper';
import { printTable, rowOf, stat, fmt, type Stat, type Timed } from './lib/bench-table';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const reply = readFileSync('tests/bench/reply-250.txt', 'utf8');

const rows: string[][] = [];
function row(what: string, s: Timed, unit: string, target: string, baseline?: Stat) {
  rows.push(rowOf(what, s, unit, target, baseline));
}
function time(fn: () => void, runs = RUNS): Timed {
  const xs: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpus.push((d.user + d.system) / 1000);
  }
  return { ...stat(xs), cpu: stat(cpus) };
}

interface ColdRun {
  ms: number;
  cpuMs: number;
  sinceStartMs: number;
}
function coldRuns(language: Language, baseline: boolean): ColdRun[] {
  const out: ColdRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    const line = execFileSync(process.execPath, ['dist/cli/bench-cold.mjs', language, ...(baseline ? ['--baseline'] : [])], {
      encoding: 'utf8',
    });
    out.push(JSON.parse(line));
  }
  return out;
}

// 1. Cold start per language, in a fresh process each time, from the script's modules being loaded, for a reply of
// about 250 words in that language. Baseline: English through nspell built from the .aff/.dic (what shipped before
// the compiled dictionary); the others, their speller alone.
for (const language of SUPPORTED_LANGUAGES) {
  const timed = (runs: ColdRun[], k: 'ms' | 'sinceStartMs' = 'ms'): Timed => ({ ...stat(runs.map((r) => r[k])), ...(k === 'ms' ? { cpu: stat(runs.map((r) => r.cpuMs)) } : {}) });
  const base = timed(coldRuns(language, true));
  row(`cold start ${language}: ${language === 'en' ? 'nspell from .aff/.dic' : 'speller only'} (baseline)`, base, 'ms', '');
  const runs = coldRuns(language, false);
  row(`cold start ${language}: engine + first 250-word check`, timed(runs), 'ms', language === 'en' ? '≤ 150 ms' : '≤ 400 ms', base);
  if (language === 'en') row('cold start en, counted from the process start', timed(runs, 'sinceStartMs'), 'ms', '');
}

// 2. Warm check, and re-check after a one-character edit.
const speller = await loadSpeller('en');
const engine = createEngine({ language: 'en', speller });
engine.check(reply);
const warm = time(() => engine.check(reply), RUNS * 3);
row('warm check, 250 words', warm, 'ms', '');
let n = 0;
const edited = time(() => {
  n++;
  engine.check(reply.replace('frustrating', `frustrating${'x'.repeat(n % 2)}`));
}, RUNS * 3);
row('re-check after a one-character edit', edited, 'ms', '≤ 5 ms', warm);

// 3. A 5,000-word thread (mostly quoted) and a 50,000-character pasted log.
const quotedLines: string[] = [];
while (quotedLines.join(' ').split(/\s+/).length < 4800) {
  quotedLines.push(`> ${reply.split('\n')[quotedLines.length % 12] ?? ''}`);
}
const thread = `${reply}\nOn Mon, 3 Feb 2025 at 10:04, Sarah Smith <sarah@example.com> wrote:\n${quotedLines.join('\n')}\n`;
row(`${thread.split(/\s+/).length}-word thread, mostly quoted`, time(() => engine.check(thread)), 'ms', '≤ 100 ms', warm);
const logLines: string[] = [];
for (let i = 0; logLines.join('\n').length < 50_000; i++) {
  logLines.push(`2025-02-03T10:${String(i % 60).padStart(2, '0')}:00Z ERROR [worker-${i % 7}] sync failed: timeout after 30000ms (retry ${i})`);
}
const log = `Hi Sarah,\n\nHere is the log you asked about:\n\n${logLines.join('\n')}\n\nKind regards,\nDaniel\n`;
row(`pasted log, ${log.length} characters`, time(() => engine.check(log)), 'ms', '', warm);

// 4. Spelling suggestions per misspelled word, uncached (a fresh speller for each sample).
const misspelled = ['recieve', 'seperate', 'definately', 'accomodate', 'adress', 'untill', 'occured', 'beleive', 'garantee', 'inconvienence'];
const fresh = await loadSpeller('en');
const perWord = misspelled.map((w) => {
  const t = performance.now();
  fresh.suggest(w);
  return performance.now() - t;
});
const sug: Timed = stat(perWord);
row('spelling suggestion, per word (median, range = best–worst)', sug, 'ms', '≤ 20 ms median, ≤ 100 ms worst');

// 5. Memory of a fresh process with nothing, one language and two languages loaded (each has checked a reply).
interface Memory {
  rssMB: number;
  heapMB: number;
  externalMB: number;
}
function memory(languages: string): Memory {
  const runs: Memory[] = [];
  for (let i = 0; i < 3; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, ['--expose-gc', 'dist/cli/bench-cold.mjs', '--memory', languages], { encoding: 'utf8' })));
  }
  const pick = (k: keyof Memory) => stat(runs.map((r) => r[k])).median;
  return { rssMB: pick('rssMB'), heapMB: pick('heapMB'), externalMB: pick('externalMB') };
}
const empty = memory('');
for (const [languages, target] of [['', ''], ['en', ''], ['en,lv', '≤ 80 MB'], ['en,fi', '≤ 80 MB']] as const) {
  const m = languages ? memory(languages) : empty;
  rows.push([
    `memory: ${languages ? `${languages.replace(',', ' + ')} loaded` : 'nothing loaded (baseline)'} — RSS (JS heap, wasm + buffers)`,
    `${m.rssMB.toFixed(0)} MB`,
    `${m.heapMB.toFixed(1)} + ${m.externalMB.toFixed(1)} MB`,
    languages ? `+${(m.rssMB - empty.rssMB).toFixed(0)} MB` : '',
    '',
    target,
  ]);
}

// 6. Keystroke to underline in Chromium with the built extension, on the Gmail fixture page.
try {
  const out = execFileSync(process.execPath, ['dist/cli/bench-browser.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const { appear, disappear } = JSON.parse(out.trim().split('\n').pop()!) as { appear: number[]; disappear: number[] };
  const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;
  row(`keystroke to underline (Chromium, Gmail page, ${appear.length} words)`, stat(appear), 'ms', '≤ 50 ms');
  rows.push(['keystroke to underline, 95th percentile', `${fmt(p95(appear))} ms`, '', '', '', '≤ 100 ms']);
  row('keystroke to underline gone (word deleted)', stat(disappear), 'ms', '');
} catch (err) {
  const why = err instanceof Error ? err.message.split('\n').find((l) => /Error|not found|missing/.test(l)) ?? err.message : String(err);
  rows.push(['keystroke to underline (Chromium)', 'not measured', '', '', '', why.slice(0, 120)]);
}

// 7. Deep grammar (Harper), in Node and in Chromium the way the extension runs it (scripts/lib/bench-harper.ts).
rows.push(...(await harperRows(reply, RUNS)));

printTable(rows, RUNS);
