// Speed and memory of each language's speller in Node: loading the dictionary, correct() over a support reply of
// 250+ words, suggest() for typos made from that reply, and the memory of one language and of two side by side.
// Each case runs in a fresh process, so that memory figures do not include another dictionary.
//
//   npx vite-node scripts/measure-spelling.ts            (or: node build.mjs --cli-only && node dist/cli/measure-spelling.mjs)
//   ... --runs 3                                          load each case three times and keep the median
//   ... --browser                                         the same in Chromium's MV3 service worker (Debian's
//                                                         chromium, playwright-core); memory and CPU are those of
//                                                         the extension's renderer process
//
// Times are wall-clock and CPU (user + system) milliseconds: on a busy machine the CPU figure is the steadier.
// "en (nspell)" is the English path of src/cli (nspell + dictionary-en, raw, without its suggestion layer), for
// comparison with English read by Hunspell through the same loader as the other languages.
import { extensionLaunchArgs } from './lib/chromium';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import NSpell from 'nspell';
import type { Language } from '../src/engine/types';
import type { Speller } from '../src/engine/spelling/speller';
import { createSpeller } from '../src/engine/spelling/load';
import { nodeFetchBytes, packageRoot } from '../src/engine/spelling/node-fetch-bytes';
import { tokenize } from '../src/engine/text/tokens';

type Case = Language | 'en-nspell';
const SINGLE: Case[] = ['en-nspell', 'en', 'lv', 'sl', 'hr', 'fi'];
const PAIRS: Case[][] = [
  ['en-nspell', 'lv'],
  ['en', 'lv'],
  ['en', 'fi'],
  ['lv', 'sl'],
  ['sl', 'hr'],
];

interface Result {
  cases: Case[];
  loadMs: number;
  loadCpuMs: number;
  rssMB: number;
  rssDeltaMB: number;
  words?: number;
  flagged?: string[];
  correctMs?: number;
  typos?: number;
  suggestMedianMs?: number;
  suggestP95Ms?: number;
  suggestMaxMs?: number;
  suggestCpuMedianMs?: number;
  suggestCpuMaxMs?: number;
  top3?: number;
}

const root = packageRoot();
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const rss = () => process.memoryUsage().rss / 2 ** 20;

async function load(c: Case): Promise<Speller> {
  if (c !== 'en-nspell') return createSpeller(c, nodeFetchBytes(root));
  const aff = readFileSync(join(root, 'node_modules/dictionary-en/index.aff'), 'utf8');
  const dic = readFileSync(join(root, 'node_modules/dictionary-en/index.dic'), 'utf8');
  const spell = NSpell(aff, dic);
  return { correct: (w) => spell.correct(w), suggest: (w) => spell.suggest(w), add: (w) => void spell.add(w) };
}

/** The reply of tests/spelling-multi/fixtures, repeated up to 250 words. */
function replyWords(language: Language): string[] {
  const text = readFileSync(join(root, 'tests/spelling-multi/fixtures', `${language}.txt`), 'utf8');
  const once = tokenize(text, [0, text.length]).map((w) => w.text);
  const words: string[] = [];
  while (words.length < 250) words.push(...once);
  return words;
}

// Typos made from the reply's words the way people make them, with a fixed seed so every run sees the same ones.
function typos(words: readonly string[]): [typo: string, meant: string][] {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const unmark = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const out = new Map<string, string>();
  for (const w of new Set(words)) {
    if (w.length < 4 || w !== w.toLowerCase()) continue;
    const i = 1 + Math.floor(random() * (w.length - 2));
    const kind = Math.floor(random() * 5);
    const typo =
      kind === 0 ? w.slice(0, i) + w.slice(i + 1) // a letter left out
      : kind === 1 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) // two letters swapped
      : kind === 2 ? w.slice(0, i) + w[i] + w.slice(i) // a letter doubled
      : kind === 3 ? w.slice(0, i) + 'aeiou'[Math.floor(random() * 5)] + w.slice(i + 1) // a wrong vowel
      : unmark(w); // typed without marks
    if (typo !== w) out.set(typo, w);
  }
  return [...out];
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

async function child(cases: Case[]): Promise<Result> {
  gc();
  const before = rss();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const spellers = [];
  for (const c of cases) spellers.push(await load(c));
  const loadMs = performance.now() - t0;
  const loadCpuMs = cpuMs(process.cpuUsage(c0));
  gc();
  const result: Result = { cases, loadMs, loadCpuMs, rssMB: rss(), rssDeltaMB: rss() - before };
  if (cases.length > 1) return result;

  const speller = spellers[0]!;
  const language: Language = cases[0] === 'en-nspell' ? 'en' : (cases[0] as Language);
  const words = replyWords(language);
  const t1 = performance.now();
  const flagged = words.filter((w) => !speller.correct(w));
  result.correctMs = performance.now() - t1;
  result.words = words.length;
  result.flagged = [...new Set(flagged)];

  const walls: number[] = [];
  const cpus: number[] = [];
  let top3 = 0;
  let n = 0;
  for (const [typo, meant] of typos(words)) {
    if (speller.correct(typo)) continue; // another real word: nothing to suggest
    const t = performance.now();
    const c = process.cpuUsage();
    const s = speller.suggest(typo);
    cpus.push(cpuMs(process.cpuUsage(c)));
    walls.push(performance.now() - t);
    n++;
    if (s.slice(0, 3).includes(meant)) top3++;
  }
  Object.assign(result, {
    typos: n,
    suggestMedianMs: quantile(walls, 0.5),
    suggestP95Ms: quantile(walls, 0.95),
    suggestMaxMs: Math.max(...walls),
    suggestCpuMedianMs: quantile(cpus, 0.5),
    suggestCpuMaxMs: Math.max(...cpus),
    top3,
  });
  return result;
}

function runChild(cases: Case[]): Result {
  const self = fileURLToPath(import.meta.url);
  // From source, the child runs through the same vite-node that runs this; bundled, straight in node.
  const args = self.endsWith('.ts') ? ['--expose-gc', process.argv[1]!, self] : ['--expose-gc', self];
  const out = execFileSync(process.execPath, [...args, '--child', cases.join(',')], { encoding: 'utf8', cwd: root });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Result;
}

const fmt = (x: number | undefined) => (x === undefined ? '' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const median = (xs: number[]) => quantile(xs, 0.5);

// ---- In Chromium's extension service worker ----

/** RSS (MB) and CPU time (ms) of Chromium's extension renderer processes, where an MV3 service worker runs. */
function extensionProcess(): { rssMB: number; cpuMs: number } {
  let kb = 0;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes('--extension-process')) continue;
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      // Fields 14 and 15 of /proc/PID/stat, after the parenthesised name: user and system time in clock ticks.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  // Linux counts 100 ticks a second (USER_HZ).
  return { rssMB: kb / 1024, cpuMs: ticks * 10 };
}

interface WorkerResult {
  loadMs: number;
  loadCpuMs: number;
  correctFirstMs: number;
  correctFirstCpuMs: number;
  correctAgainMs: number;
  flagged: number;
  suggestMs: number[];
  suggestCpuMeanMs: number;
  top3: number;
}

async function browser(runs: number): Promise<void> {
  const { build } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'replycheck-spelling-'));
  const ext = join(dir, 'extension');
  cpSync(join(root, 'dictionaries'), join(ext, 'dictionaries'), { recursive: true });
  // MV3's default policy for extension pages and workers is "script-src 'self'", under which Chromium refuses to
  // compile WebAssembly: hunspell-asm needs 'wasm-unsafe-eval' (and so does the product's manifest).
  writeFileSync(
    join(ext, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'spelling measure',
      version: '1',
      background: { service_worker: 'worker.js' },
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    }),
  );
  await build({
    stdin: {
      contents: `import { createSpeller } from './src/engine/spelling/load';
        globalThis.createSpeller = createSpeller;
        globalThis.fetchBytes = async (path) => new Uint8Array(await (await fetch(chrome.runtime.getURL(path))).arrayBuffer());`,
      resolveDir: root,
      sourcefile: 'measure-worker.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    // A classic worker script, as build.mjs makes the extension's.
    format: 'iife',
    outfile: join(ext, 'worker.js'),
    logLevel: 'warning',
  });

  type Measured = { results: WorkerResult[]; rssDeltaMB: number; rssMB: number };
  const measureIn = async (cases: Language[]): Promise<Measured> => {
    const context = await chromium.launchPersistentContext(join(dir, `profile-${Math.random().toString(36).slice(2)}`), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [...extensionLaunchArgs(ext), '--js-flags=--expose-gc'],
    });
    try {
      const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
      // Garbage (fetched files, Hunspell's mounted copies) would otherwise count as the dictionaries' memory.
      const settle = async () => {
        await sw.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
        await new Promise((r) => setTimeout(r, 300));
        return extensionProcess();
      };
      const before = await settle();
      const results: WorkerResult[] = [];
      for (const language of cases) {
        process.stderr.write(`  ${cases.join('+')}: ${language}\n`);
        const words = replyWords(language);
        const list = typos(words);
        // Each phase is its own call, so that the renderer's CPU time can be read around it.
        const phase = async <T>(fn: () => Promise<T>): Promise<{ value: T; cpuMs: number }> => {
          const c0 = extensionProcess().cpuMs;
          const value = await fn();
          return { value, cpuMs: extensionProcess().cpuMs - c0 };
        };
        const load = await phase(() =>
          sw.evaluate(async (language) => {
            const g = globalThis as unknown as { createSpeller(l: string, f: unknown): Promise<unknown>; fetchBytes: unknown; speller: unknown };
            const t0 = performance.now();
            g.speller = await g.createSpeller(language, g.fetchBytes);
            return performance.now() - t0;
          }, language),
        );
        const correct = await phase(() =>
          sw.evaluate((words) => {
            const speller = (globalThis as unknown as { speller: { correct(w: string): boolean } }).speller;
            let t = performance.now();
            const flagged = words.filter((w) => !speller.correct(w)).length;
            const firstMs = performance.now() - t;
            t = performance.now();
            for (const w of words) speller.correct(w);
            return { flagged, firstMs, againMs: performance.now() - t };
          }, words),
        );
        const suggest = await phase(() =>
          sw.evaluate((list) => {
            const speller = (globalThis as unknown as { speller: { correct(w: string): boolean; suggest(w: string): string[] } }).speller;
            const ms: number[] = [];
            let top3 = 0;
            for (const [typo, meant] of list) {
              if (speller.correct(typo)) continue;
              const t = performance.now();
              const s = speller.suggest(typo);
              ms.push(performance.now() - t);
              if (s.slice(0, 3).includes(meant)) top3++;
            }
            return { ms, top3 };
          }, list),
        );
        results.push({
          loadMs: load.value,
          loadCpuMs: load.cpuMs,
          correctFirstMs: correct.value.firstMs,
          // The first pass's share of the phase: the second pass is the same work, warmed up.
          correctFirstCpuMs: (correct.cpuMs * correct.value.firstMs) / (correct.value.firstMs + correct.value.againMs),
          correctAgainMs: correct.value.againMs,
          flagged: correct.value.flagged,
          suggestMs: suggest.value.ms,
          suggestCpuMeanMs: suggest.cpuMs / Math.max(1, suggest.value.ms.length),
          top3: suggest.value.top3,
        });
      }
      const after = await settle();
      return { results, rssDeltaMB: after.rssMB - before.rssMB, rssMB: after.rssMB };
    } finally {
      await context.close();
    }
  };

  const table: string[][] = [
    ['language', 'load ms', 'load CPU ms', 'correct() 250 words ms', 'CPU ms', 'warm ms', 'flagged', 'suggest median ms', 'p95', 'max', 'CPU mean', 'top-3', 'renderer RSS +MB'],
  ];
  for (const language of ['en', 'lv', 'sl', 'hr', 'fi'] as Language[]) {
    const rs: Measured[] = [];
    for (let i = 0; i < runs; i++) rs.push(await measureIn([language]));
    const r = rs[0]!.results[0]!;
    const all = rs.flatMap((x) => x.results[0]!.suggestMs);
    const m = (f: (x: WorkerResult) => number) => fmt(median(rs.map((x) => f(x.results[0]!))));
    table.push([
      language,
      m((x) => x.loadMs),
      m((x) => x.loadCpuMs),
      m((x) => x.correctFirstMs),
      m((x) => x.correctFirstCpuMs),
      m((x) => x.correctAgainMs),
      String(r.flagged),
      fmt(quantile(all, 0.5)),
      fmt(quantile(all, 0.95)),
      fmt(Math.max(...all)),
      m((x) => x.suggestCpuMeanMs),
      `${r.top3}/${r.suggestMs.length}`,
      fmt(median(rs.map((x) => x.rssDeltaMB))),
    ]);
  }
  const pairs: string[][] = [['two languages in one worker', 'load ms', 'load CPU ms', 'renderer RSS +MB', 'renderer RSS MB']];
  for (const p of [['en', 'lv'], ['lv', 'fi'], ['sl', 'hr']] as Language[][]) {
    const rs: Measured[] = [];
    for (let i = 0; i < runs; i++) rs.push(await measureIn(p));
    pairs.push([
      p.join(' + '),
      p.map((_, k) => fmt(median(rs.map((x) => x.results[k]!.loadMs)))).join(' + '),
      p.map((_, k) => fmt(median(rs.map((x) => x.results[k]!.loadCpuMs)))).join(' + '),
      fmt(median(rs.map((x) => x.rssDeltaMB))),
      fmt(median(rs.map((x) => x.rssMB))),
    ]);
  }
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    `Chromium's extension service worker, ${runs} run(s) a case, each in a fresh browser. CPU: the extension renderer's user + system time.\n\n`,
  );
  printTable(table);
  printTable(pairs);
}

function printTable(t: string[][]) {
  process.stdout.write(`| ${t[0]!.join(' | ')} |\n|${t[0]!.map(() => '---').join('|')}|\n`);
  for (const r of t.slice(1)) process.stdout.write(`| ${r.join(' | ')} |\n`);
  process.stdout.write('\n');
}

const argv = process.argv.slice(2);
const childAt = argv.indexOf('--child');
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 1;
if (argv.includes('--browser')) {
  await browser(runs);
} else if (childAt >= 0) {
  process.stdout.write(`${JSON.stringify(await child(argv[childAt + 1]!.split(',') as Case[]))}\n`);
} else {
  const table: string[][] = [
    ['language', 'load ms', 'load CPU ms', 'RSS +MB', 'correct() 250 words ms', 'flagged', 'typos', 'suggest median ms', 'p95', 'max', 'CPU median', 'CPU max', 'top-3'],
  ];
  for (const c of SINGLE) {
    const rs = Array.from({ length: runs }, () => runChild([c]));
    const r = rs[0]!;
    table.push([
      c === 'en-nspell' ? 'en (nspell)' : c,
      fmt(median(rs.map((x) => x.loadMs))),
      fmt(median(rs.map((x) => x.loadCpuMs))),
      fmt(median(rs.map((x) => x.rssDeltaMB))),
      fmt(median(rs.map((x) => x.correctMs!))),
      `${r.flagged!.length}${r.flagged!.length ? ` (${r.flagged!.slice(0, 3).join(', ')})` : ''}`,
      String(r.typos),
      fmt(r.suggestMedianMs),
      fmt(r.suggestP95Ms),
      fmt(r.suggestMaxMs),
      fmt(r.suggestCpuMedianMs),
      fmt(r.suggestCpuMaxMs),
      `${r.top3}/${r.typos}`,
    ]);
  }
  const pairs: string[][] = [['two languages', 'load ms', 'load CPU ms', 'RSS +MB', 'RSS total MB']];
  for (const p of PAIRS) {
    const rs = Array.from({ length: runs }, () => runChild(p));
    pairs.push([
      p.map((c) => (c === 'en-nspell' ? 'en (nspell)' : c)).join(' + '),
      fmt(median(rs.map((x) => x.loadMs))),
      fmt(median(rs.map((x) => x.loadCpuMs))),
      fmt(median(rs.map((x) => x.rssDeltaMB))),
      fmt(median(rs.map((x) => x.rssMB))),
    ]);
  }
  process.stdout.write(`Node ${process.version}, ${runs} run(s) a case, each in a fresh process.\n\n`);
  printTable(table);
  printTable(pairs);
}
