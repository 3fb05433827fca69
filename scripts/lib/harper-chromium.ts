// Harper in Chromium, the way the extension runs it: the built dist/chrome's Harper worker (slim wasm loaded by URL)
// started from an extension page, timed from that page. For `npm run bench`.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionLaunchArgs } from './chromium';

export interface HarperChromiumFigures {
  /** new Worker → first answer to a one-word lint: wasm fetch, compile and Harper's setup. */
  setupMs: number;
  firstCheckMs: number;
  /** Re-checks of the reply, each after a different edit in one paragraph. */
  editMs: number[];
}

export async function measureHarperInChromium(reply: string, runs: number): Promise<HarperChromiumFigures | string> {
  const executablePath = process.env.REPLYCHECK_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return `no Chromium at ${executablePath}`;
  if (!existsSync('dist/chrome/harper-worker.js')) return 'dist/chrome is not built (node build.mjs)';
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
    return await page.evaluate(
      async ({ reply, runs }) => {
        const worker = new Worker(chrome.runtime.getURL('harper-worker.js'));
        let next = 0;
        const pending = new Map<number, (v: unknown) => void>();
        worker.onmessage = (e: MessageEvent<{ id: number; ok: boolean; message?: string }>) => {
          pending.get(e.data.id)?.(e.data);
        };
        const lint = (text: string) =>
          new Promise<unknown>((resolve) => {
            const i = ++next;
            pending.set(i, resolve);
            worker.postMessage({ id: i, text, hints: [], options: {} });
          });
        const timed = async (text: string) => {
          const t = performance.now();
          const answer = (await lint(text)) as { ok: boolean; message?: string };
          if (!answer.ok) throw new Error(answer.message);
          return performance.now() - t;
        };
        const setupMs = await timed('Hello.');
        const firstCheckMs = await timed(reply);
        const paragraphs = reply.split(/\n\s*\n/);
        const longest = paragraphs.reduce((a, b) => (b.length > a.length ? b : a));
        const editMs: number[] = [];
        for (let i = 0; i < runs; i++) {
          editMs.push(await timed(reply.replace(longest, `${longest.slice(0, -1)} ${i}${longest.slice(-1)}`)));
        }
        worker.terminate();
        return { setupMs, firstCheckMs, editMs };
      },
      { reply, runs },
    );
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}
