// The memory of the extension's own worker in Chromium, as `npm run bench` reports it: the built dist/chrome's MV3
// service worker, started fresh, then made to check an English reply, then a Latvian one (the rep's languages set to
// English and Latvian, as the options page saves them). After each step, through the DevTools protocol on the
// service-worker target: a garbage collection, then Runtime.getHeapUsage (the JS heap) and the bytes of every
// WebAssembly memory the worker made (hunspell-asm's, for Latvian), found by wrapping WebAssembly's constructors in
// the worker before any dictionary loads. Prints one JSON line: { runs: [{ stage, heapUsedMB, heapTotalMB, wasmMB,
// backingStoreMB? }...] per run }. Needs Debian's Chromium and `node build.mjs`; Node 20 needs --experimental-websocket.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionLaunchArgs } from './lib/chromium';

const RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 3);
const executablePath = process.env.REPLYCHECK_CHROMIUM ?? '/usr/bin/chromium';
/** The built extension measured; another build can be compared with REPLYCHECK_EXTENSION_DIR. */
const extensionDir = process.env.REPLYCHECK_EXTENSION_DIR ?? join(process.cwd(), 'dist/chrome');

interface Stage {
  stage: 'started' | 'en' | 'en+lv';
  heapUsedMB: number;
  heapTotalMB: number;
  /** Array buffers' backing stores outside the heap, when this Chromium reports them (wasm memories among them). */
  backingStoreMB?: number;
  wasmMB: number;
}

/** Collects the worker's WebAssembly memories as they are made (installed before any dictionary loads). */
const WASM_HOOK = `(() => {
  if (globalThis.__replycheckWasm) return 'again';
  const memories = (globalThis.__replycheckWasm = new Set());
  const keep = (x) => {
    const exports = (x && x.instance ? x.instance.exports : x && x.exports) || {};
    for (const v of Object.values(exports)) if (v instanceof WebAssembly.Memory) memories.add(v);
  };
  WebAssembly.Memory = new Proxy(WebAssembly.Memory, { construct(t, a, n) { const m = Reflect.construct(t, a, n); memories.add(m); return m; } });
  WebAssembly.Instance = new Proxy(WebAssembly.Instance, { construct(t, a, n) { const i = Reflect.construct(t, a, n); keep(i); return i; } });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (original) WebAssembly[name] = async function (...args) { const r = await original.apply(this, args); keep(r); return r; };
  }
  return 'installed';
})()`;

class Cdp {
  #next = 0;
  readonly #pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (e) => {
      const msg = JSON.parse(String(e.data)) as { id?: number; result?: unknown; error?: { message: string } };
      if (msg.id === undefined) return;
      const p = this.#pending.get(msg.id);
      this.#pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
    });
  }
  static async open(url: string): Promise<Cdp> {
    const ws = new WebSocket(url);
    await new Promise((resolve, reject) => {
      ws.addEventListener('open', resolve, { once: true });
      ws.addEventListener('error', () => reject(new Error(`cannot open ${url}`)), { once: true });
    });
    return new Cdp(ws);
  }
  send<T>(method: string, params: object = {}): Promise<T> {
    const id = ++this.#next;
    this.ws.send(JSON.stringify({ id, method, params }));
    return new Promise<T>((resolve, reject) => this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }
  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.text);
    return r.result.value;
  }
  close() {
    this.ws.close();
  }
}

async function devtoolsPort(dir: string): Promise<number> {
  const file = join(dir, 'DevToolsActivePort');
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  return Number(readFileSync(file, 'utf8').split('\n')[0]);
}

async function measure(cdp: Cdp, stage: Stage['stage']): Promise<Stage> {
  await cdp.send('HeapProfiler.collectGarbage');
  await new Promise((r) => setTimeout(r, 200));
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send<{ usedSize: number; totalSize: number; backingStorageSize?: number }>('Runtime.getHeapUsage');
  const wasm = await cdp.evaluate<number>('[...(globalThis.__replycheckWasm ?? [])].reduce((n, m) => n + m.buffer.byteLength, 0)');
  const mb = (x: number) => x / 2 ** 20;
  return {
    stage,
    heapUsedMB: mb(heap.usedSize),
    heapTotalMB: mb(heap.totalSize),
    ...(heap.backingStorageSize !== undefined ? { backingStoreMB: mb(heap.backingStorageSize) } : {}),
    wasmMB: mb(wasm),
  };
}

async function oneRun(): Promise<Stage[]> {
  const dir = await mkdtemp(join(tmpdir(), 'replycheck-memory-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: [...extensionLaunchArgs(extensionDir), '--remote-debugging-port=0'],
  });
  let cdp: Cdp | undefined;
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const port = await devtoolsPort(dir);
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl: string }[];
    const target = targets.find((t) => t.type === 'service_worker' && t.url === sw.url());
    if (!target) throw new Error(`no service-worker target for ${sw.url()}`);
    cdp = await Cdp.open(target.webSocketDebuggerUrl);
    await cdp.evaluate(WASM_HOOK);
    const stages = [await measure(cdp, 'started')];
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/options/options.html`);
    const check = async (doc: string, text: string) =>
      page.evaluate(
        async ({ doc, text }) => {
          const r = (await chrome.runtime.sendMessage({ kind: 'check', doc, version: 1, text, hints: [] })) as { kind: string; language?: string };
          return `${r.kind}:${r.language ?? ''}`;
        },
        { doc, text },
      );
    await page.evaluate(() => chrome.storage.local.set({ languages: ['en', 'lv'], deepGrammar: false, settingsVersion: 1 }));
    await new Promise((r) => setTimeout(r, 300));
    const en = await check('bench-en', readFileSync('tests/bench/reply-250.txt', 'utf8'));
    if (en !== 'result:en') throw new Error(`the English check answered ${en}`);
    await page.goto('about:blank'); // the options page is not the worker, but leaves nothing running either way
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/options/options.html`);
    stages.push(await measure(cdp, 'en'));
    const lv = await check('bench-lv', readFileSync('tests/bench/reply-250-lv.txt', 'utf8'));
    if (lv !== 'result:lv') throw new Error(`the Latvian check answered ${lv}`);
    stages.push(await measure(cdp, 'en+lv'));
    return stages;
  } finally {
    cdp?.close();
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath}`);
if (!existsSync(join(extensionDir, 'background.js'))) throw new Error(`${extensionDir} is not built (node build.mjs)`);
if (typeof WebSocket === 'undefined') throw new Error('no WebSocket in this Node: run with --experimental-websocket');
const runs: Stage[][] = [];
for (let i = 0; i < RUNS; i++) runs.push(await oneRun());
process.stdout.write(`${JSON.stringify({ runs })}\n`);
