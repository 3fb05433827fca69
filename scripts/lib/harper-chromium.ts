// Harper in Chromium, the way the extension runs it: the built dist/chrome's Harper worker (slim wasm loaded by URL),
// timed from an extension page; and the whole path a deep check takes, from the service worker through the offscreen
// document to that worker and back. For `npm run bench`.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { extensionLaunchArgs } from './chromium';
import { HARPER_TARGET } from '../../src/harper/messages';

export interface HarperChromiumFigures {
  /** new Worker → first answer to a one-word lint: wasm fetch, compile and Harper's setup. */
  setupMs: number;
  firstCheckMs: number;
  /** Re-checks of the reply, each after a different edit in one paragraph, timed from an extension page. */
  editMs: number[];
  /** The Harper worker thread's CPU time for each of those re-checks (from a Chromium trace). */
  editCpuMs: number[];
  /** The same edits made in the paragraph's longest sentence instead of its last (shortest) one. */
  longEditMs: number[];
  longEditCpuMs: number[];
  /** Edits in the sentence of that paragraph that holds a slip Harper flags. */
  slipEditMs: number[];
  slipEditCpuMs: number[];
  /** The same edits sent from the service worker to the offscreen document, which starts its own Harper worker. */
  viaOffscreenMs: number[];
}

/** The reply with its longest paragraph edited (edit `i`: a different edit each time, so it is never cached). */
export function editedReply(reply: string, i: number): string {
  const paragraphs = reply.split(/\n\s*\n/);
  const longest = paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
  return reply.replace(longest, `${longest.slice(0, -1)} ${i}${longest.slice(-1)}`);
}

export async function measureHarperInChromium(reply: string, runs: number): Promise<HarperChromiumFigures | string> {
  const executablePath = process.env.REPLYCHECK_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return `no Chromium at ${executablePath}`;
  if (!existsSync('dist/chrome/harper-worker.js')) return 'dist/chrome is not built (node build.mjs)';
  const edits = Array.from({ length: runs }, (_, i) => editedReply(reply, i));
  const dir = await mkdtemp(join(tmpdir(), 'replycheck-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    args: extensionLaunchArgs(join(process.cwd(), 'dist/chrome')),
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const id = new URL(sw.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options/options.html`);
    // The page starts the worker and times each lint from posting the text to the answer (wall-clock: on a busy
    // machine that includes the worker waiting for a core). The worker thread's own CPU time for each lint comes from a
    // Chromium trace: the thread time of the task that handled the lint's message.
    await page.evaluate(() => {
      const worker = new Worker(chrome.runtime.getURL('harper-worker.js'));
      let next = 0;
      const pending = new Map<number, (v: { ok: boolean; message?: string }) => void>();
      worker.onmessage = (e: MessageEvent<{ id: number; ok: boolean; message?: string }>) => pending.get(e.data.id)?.(e.data);
      (globalThis as { benchLint?: (text: string) => Promise<number> }).benchLint = async (text: string) => {
        const t = performance.now();
        const answer = await new Promise<{ ok: boolean; message?: string }>((resolve) => {
          const i = ++next;
          pending.set(i, resolve);
          worker.postMessage({ id: i, text, hints: [], options: {} });
        });
        if (!answer.ok) throw new Error(answer.message);
        return performance.now() - t;
      };
    });
    const timed = (text: string) =>
      page.evaluate((t) => (globalThis as unknown as { benchLint: (t: string) => Promise<number> }).benchLint(t), text);
    const setupMs = await timed('Hello.');
    const firstCheckMs = await timed(reply);
    // V8 first runs Harper's wasm from a quick baseline compile and moves its hot functions to optimised code while
    // it is used: re-checks of another paragraph first, so the figures are those of a worker the rep has been using
    // for a while rather than of its first seconds (and the two series below are not skewed by their order).
    for (let i = 0; i < runs; i++) await timed(reply.replace('It only takes a minute.', `It only takes a minute ${i}.`));
    const trace = await traced(context, page, async () => {
      const ms: number[] = [];
      for (const text of edits) ms.push(await timed(text));
      return ms;
    });
    const editMs = trace.result;
    const editCpuMs = trace.workerMessageCpuMs;
    if (editCpuMs.length !== edits.length) throw new Error(`the trace shows ${editCpuMs.length} lints in the worker, not ${edits.length}`);
    // Harper is asked only about the sentence an edit touched (src/engine/grammar/harper/units.ts), so what an edit
    // costs depends on that sentence. editedReply's edits land in the paragraph's last sentence, a short one with a
    // URL; the same edits in its longest sentence (135 characters):
    const longSentence = 'so it should\nbe delivered within the next two working days.';
    if (!reply.includes(longSentence)) throw new Error('the bench reply changed: no long sentence to edit');
    const longTrace = await traced(context, page, async () => {
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) ms.push(await timed(reply.replace(longSentence, longSentence.replace('days.', `days ${i}.`))));
      return ms;
    });
    // Edits in a sentence where Harper finds something ("an courier"): Harper is asked twice about it, once to find out
    // whether anything is wrong and once more for the rule names.
    const withSlip = reply.replace('handed to the', 'handed to an');
    if (withSlip === reply) throw new Error('the bench reply changed: no "handed to the" to turn into a slip');
    await timed(withSlip);
    const slipTrace = await traced(context, page, async () => {
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) ms.push(await timed(withSlip.replace('the same afternoon', `the same afternoon ${i}`)));
      return ms;
    });
    const fromPage = { setupMs, firstCheckMs, editMs, editCpuMs, longEditMs: longTrace.result, longEditCpuMs: longTrace.workerMessageCpuMs, slipEditMs: slipTrace.result, slipEditCpuMs: slipTrace.workerMessageCpuMs };
    await page.close();
    // The service worker's side, with the message the extension sends (src/background/deep-grammar.ts).
    const viaOffscreenMs = await sw.evaluate(
      async ({ reply, edits, target }) => {
        const url = 'offscreen/offscreen.html';
        const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] });
        if (open.length === 0) {
          await chrome.offscreen.createDocument({ url, reasons: ['WORKERS' as chrome.offscreen.Reason], justification: 'bench' });
        }
        const timed = async (text: string) => {
          const t = performance.now();
          const answer = (await chrome.runtime.sendMessage({ target, kind: 'harper-lint', text, hints: [], options: {} })) as
            | { ok: boolean; message?: string }
            | undefined;
          if (!answer?.ok) throw new Error(answer?.message ?? 'no answer from the offscreen document');
          return performance.now() - t;
        };
        await timed(reply);
        const ms: number[] = [];
        for (const text of edits) ms.push(await timed(text));
        return ms;
      },
      { reply, edits, target: HARPER_TARGET },
    );
    return { ...fromPage, viaOffscreenMs };
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Runs `fn` under a Chromium trace and returns, for each message a dedicated worker handled meanwhile, the thread time
 * of the task that handled it, in ms: what the work cost that thread, whatever else the machine was doing.
 */
async function traced<T>(context: BrowserContext, page: Page, fn: () => Promise<T>): Promise<{ result: T; workerMessageCpuMs: number[] }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  const result = await fn();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const workers = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'DedicatedWorker thread').map(thread),
  );
  const tasks = events.filter((e) => workers.has(thread(e)) && e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined);
  const messages = events.filter((e) => workers.has(thread(e)) && e.ph === 'X' && e.name === 'HandlePostMessage');
  const workerMessageCpuMs = messages.flatMap((m) => {
    const task = tasks.find((t) => thread(t) === thread(m) && t.ts <= m.ts && m.ts <= t.ts + (t.dur ?? 0));
    return task ? [task.tdur! / 1000] : [];
  });
  return { result, workerMessageCpuMs };
}
