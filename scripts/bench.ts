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
import { createNspellSpeller } from '../src/engine/spelling/nspell-speller';
import { harperRows } from './lib/bench-harper';
import { printTable, rowOf, stat, fmt, type Stat, type Timed } from './lib/bench-table';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_ONLY=cold,recheck,long,suggest,memory,keystroke,harper prints only those rows (all by default). */
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const want = (section: string) => !only || only.includes(section);
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
if (want('cold')) {
  for (const language of SUPPORTED_LANGUAGES) {
    const timed = (runs: ColdRun[], k: 'ms' | 'sinceStartMs' = 'ms'): Timed => ({ ...stat(runs.map((r) => r[k])), ...(k === 'ms' ? { cpu: stat(runs.map((r) => r.cpuMs)) } : {}) });
    const base = timed(coldRuns(language, true));
    row(`cold start ${language}: ${language === 'en' ? 'nspell from .aff/.dic' : 'speller only'} (baseline)`, base, 'ms', '');
    const runs = coldRuns(language, false);
    row(`cold start ${language}: engine + first 250-word check`, timed(runs), 'ms', language === 'en' ? '≤ 150 ms' : '≤ 400 ms', base);
    if (language === 'en') row('cold start en, counted from the process start', timed(runs, 'sinceStartMs'), 'ms', '');
  }
}

// 2. Warm check, and re-check after a one-character edit. The engine re-checks by paragraph (src/engine/engine.ts):
// an edit re-runs the paragraph-scoped rules on the edited paragraph only and reuses the other paragraphs' findings;
// the document-scoped rules (spelling, phrase lists, structure, privacy) still run on the whole draft. Each edit types
// a different letter somewhere in one word, so the edited paragraph is never in the cache; the same edits through an
// engine that runs every rule on the whole draft (incremental: false, what every check did before) are the baseline.
const speller = await loadSpeller('en');
const engine = createEngine({ language: 'en', speller });
const whole = createEngine({ language: 'en', speller, incremental: false });
whole.check(reply);
const warm = time(() => whole.check(reply), RUNS * 3);
row('warm check, 250 words (every rule on the whole draft)', warm, 'ms', '');
// A letter typed into one word, never the same text twice ("frusttrating" is one text however the "t" got there).
const seen = new Set<string>();
let n = 0;
const typed = () => {
  for (;;) {
    const at = reply.indexOf('frustrating') + 1 + (n % 10) + 11 * Math.floor(n / 260);
    const text = reply.slice(0, at) + String.fromCharCode(97 + (Math.floor(n++ / 10) % 26)) + reply.slice(at);
    if (!seen.has(text)) return seen.add(text), text;
  }
};
engine.check(reply);
// The two engines take turns, edit by edit, so a machine getting busier or quieter favours neither.
const wholeRuns: Timed[] = [];
const incrementalRuns: Timed[] = [];
for (let i = 0; i < RUNS * 3; i++) {
  wholeRuns.push(time(() => whole.check(typed()), 1));
  incrementalRuns.push(
    time(() => {
      const before = engine.stats.paragraphsChecked;
      engine.check(typed());
      if (engine.stats.paragraphsChecked - before !== 1) throw new Error(`an edit in one paragraph re-checked ${engine.stats.paragraphsChecked - before}`);
    }, 1),
  );
}
const merged = (runs: Timed[]): Timed => ({ ...stat(runs.map((r) => r.median)), cpu: stat(runs.map((r) => r.cpu!.median)) });
const editedWhole = merged(wholeRuns);
row('re-check after a one-character edit, whole draft (baseline: before paragraph re-checks)', editedWhole, 'ms', '');
row('re-check after a one-character edit (only the edited paragraph re-checked)', merged(incrementalRuns), 'ms', '≤ 5 ms', editedWhole);

// 3. A 5,000-word thread (mostly quoted) and a 50,000-character pasted log.
if (want('long')) {
  const quotedLines: string[] = [];
  while (quotedLines.join(' ').split(/\s+/).length < 4800) {
    quotedLines.push(`> ${reply.split('\n')[quotedLines.length % 12] ?? ''}`);
  }
  const thread = `${reply}\nOn Mon, 3 Feb 2025 at 10:04, Sarah Smith <sarah@example.com> wrote:\n${quotedLines.join('\n')}\n`;
  row(`${thread.split(/\s+/).length}-word thread, mostly quoted`, time(() => whole.check(thread)), 'ms', '≤ 100 ms', warm);
  const logLines: string[] = [];
  for (let i = 0; logLines.join('\n').length < 50_000; i++) {
    logLines.push(`2025-02-03T10:${String(i % 60).padStart(2, '0')}:00Z ERROR [worker-${i % 7}] sync failed: timeout after 30000ms (retry ${i})`);
  }
  const log = `Hi Sarah,\n\nHere is the log you asked about:\n\n${logLines.join('\n')}\n\nKind regards,\nDaniel\n`;
  row(`pasted log, ${log.length} characters`, time(() => whole.check(log)), 'ms', '', warm);
}

// 4. Spelling suggestions per misspelled word, uncached (a fresh speller for each sample).
if (want('suggest')) {
  const misspelled = ['recieve', 'seperate', 'definately', 'accomodate', 'adress', 'untill', 'occured', 'beleive', 'garantee', 'inconvienence'];
  const perWord = (speller: { suggest(word: string): string[] }) =>
    misspelled.map((w) => {
      const t = performance.now();
      speller.suggest(w);
      return performance.now() - t;
    });
  // Baseline: nspell, the reference speller, suggesting from the same dictionary's .aff/.dic.
  const nspell = createNspellSpeller({ aff: readFileSync('dictionaries/en/en.aff'), dic: readFileSync('dictionaries/en/en.dic') });
  const base: Timed = stat(perWord(nspell));
  row('spelling suggestion, per word: nspell from .aff/.dic (baseline)', base, 'ms', '');
  const sug: Timed = stat(perWord(await loadSpeller('en')));
  row('spelling suggestion, per word (median, range = best–worst)', sug, 'ms', '≤ 20 ms median, ≤ 100 ms worst', base);
}

// 5. Memory of a fresh process with nothing, one language and two languages loaded (each has checked a reply).
if (want('memory')) {
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
  // The extension's own worker in Chromium (scripts/bench-worker-memory.ts): the service worker's JS heap after a
  // garbage collection (DevTools' Runtime.getHeapUsage), the array buffers outside it, and hunspell-asm's WebAssembly
  // memory. This, not a Node process's RSS (81 MB before any dictionary is Node itself), is what a rep's browser
  // spends on ReplyCheck's worker.
  try {
    const flags = Number(process.versions.node.split('.')[0]) < 22 ? ['--experimental-websocket'] : [];
    const out = execFileSync(process.execPath, [...flags, 'dist/cli/bench-worker-memory.mjs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    type Stage = { stage: string; heapUsedMB: number; backingStoreMB?: number; wasmMB: number };
    const { runs } = JSON.parse(out.trim().split('\n').pop()!) as { runs: Stage[][] };
    const at = (stage: string, k: 'heapUsedMB' | 'backingStoreMB' | 'wasmMB' | 'total') =>
      stat(runs.map((r) => r.find((s) => s.stage === stage)!).map((s) => (k === 'total' ? s.heapUsedMB + (s.backingStoreMB ?? 0) + s.wasmMB : (s[k] ?? 0)))).median;
    const started = at('started', 'total');
    for (const [stage, label, target] of [['started', 'worker started, nothing loaded (baseline)', ''], ['en', 'en loaded', ''], ['en+lv', 'en + lv loaded', '≤ 80 MB']] as const) {
      rows.push([
        `memory in Chromium's extension worker: ${label} — JS heap + buffers + wasm`,
        `${at(stage, 'total').toFixed(1)} MB`,
        `${at(stage, 'heapUsedMB').toFixed(1)} + ${at(stage, 'backingStoreMB').toFixed(1)} + ${at(stage, 'wasmMB').toFixed(1)} MB`,
        stage === 'started' ? '' : `+${(at(stage, 'total') - started).toFixed(1)} MB`,
        '',
        target,
      ]);
    }
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n').find((l) => /Error|not found|missing|no /.test(l)) ?? err.message : String(err);
    rows.push(["memory in Chromium's extension worker", 'not measured', '', '', '', why.slice(0, 120)]);
  }
}

// 6. Keystroke to underline in Chromium with the built extension, on the Gmail fixture page.
if (want('keystroke')) {
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
}

// 7. Deep grammar (Harper), in Node and in Chromium the way the extension runs it (scripts/lib/bench-harper.ts).
if (want('harper')) rows.push(...(await harperRows(reply, RUNS)));

printTable(rows, RUNS);
