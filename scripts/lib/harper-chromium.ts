// Harper in Chromium, the way the extension runs it: the built dist/chrome's Harper worker (slim wasm loaded by URL),
// timed from an extension page; and the whole path a deep check takes, from the service worker through the offscreen
// document to that worker and back. For `npm run bench`.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionLaunchArgs } from './chromium';
import { HARPER_TARGET } from '../../src/harper/messages';

export interface HarperChromiumFigures {
  /** new Worker → first answer to a one-word lint: wasm fetch, compile and Harper's setup. */
  setupMs: number;
  firstCheckMs: number;
  /** Re-checks of the reply, each after a different edit in one paragraph, timed from an extension page. */
  editMs: number[];
  /** CPU time of the renderer process that runs the worker, for each of those re-checks. */
  editCpuMs: number[];
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
    // The page starts the worker and times each lint; CPU time is the page's renderer process's, which runs the
    // worker (read through the DevTools protocol before and after, so it counts a lint and hardly anything else).
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
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpuSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ProcessTime')?.value ?? NaN;
    const timed = async (text: string) => {
      const c = await cpuSeconds();
      const ms = await page.evaluate((t) => (globalThis as unknown as { benchLint: (t: string) => Promise<number> }).benchLint(t), text);
      return { ms, cpuMs: ((await cpuSeconds()) - c) * 1000 };
    };
    const setupMs = (await timed('Hello.')).ms;
    const firstCheckMs = (await timed(reply)).ms;
    const editMs: number[] = [];
    const editCpuMs: number[] = [];
    for (const text of edits) {
      const { ms, cpuMs } = await timed(text);
      editMs.push(ms);
      editCpuMs.push(cpuMs);
    }
    const fromPage = { setupMs, firstCheckMs, editMs, editCpuMs };
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
