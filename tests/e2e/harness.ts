// Drives the built extension in Debian's Chromium with playwright-core. Fixture pages are served at the real
// webmail addresses, so the production manifest's match patterns are what gets tested; every other request is
// refused and recorded, and the tests assert that none carries the rep's text.
import { extensionLaunchArgs } from '../../scripts/lib/chromium';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Page, type Worker } from 'playwright-core';
import { shadowUIOver, type ShadowUI } from './shadow-ui';

export const CHROMIUM = process.env.REPLYCHECK_CHROMIUM ?? '/usr/bin/chromium';
export const ROOT = new URL('../../', import.meta.url).pathname;
/** Where the fixture pages are; fixtureFor names the one a real address is served from. */
export const PAGES = join(ROOT, 'tests/fixtures/pages');

/** Real addresses → fixture files. */
export const URLS = {
  gmail: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxvNqXbLmpDrRhtzKjxCvWJl',
  gmailInbox: 'https://mail.google.com/mail/u/1/#inbox',
  outlook: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWE0OTgtMDACLTAwCgAQAN',
  outlookIframe: 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATZiZmYAZC1kNDMwLTdjMWEtMDACLTAwCgAQ',
  helpdesk: 'https://helpdesk.example.com/tickets/1042',
} as const;

export function fixtureFor(url: string): string | null {
  const u = new URL(url);
  if (u.hostname === 'mail.google.com' && u.pathname.startsWith('/mail/u/1/')) return 'gmail-inbox.html';
  if (u.hostname === 'mail.google.com' && u.pathname.startsWith('/mail/')) return 'gmail.html';
  if (u.hostname === 'outlook.office.com' && u.pathname.startsWith('/mail/')) return 'outlook.html';
  if (u.hostname === 'outlook.live.com' && u.pathname.startsWith('/mail/')) return 'outlook-iframe.html';
  if (u.hostname === 'helpdesk.example.com' && u.pathname.startsWith('/tickets/')) return 'helpdesk.html';
  return null;
}

export interface RecordedRequest {
  url: string;
  method: string;
  body: string | null;
  served: boolean;
}

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  requests: RecordedRequest[];
  worker(): Promise<Worker>;
  /** Stops the extension's service worker the way the browser does when it is idle. */
  stopWorker(): Promise<void>;
  /** The worker's last running status seen since the first stopWorker() ("running", "stopped", …). */
  workerStatus(): string;
  /** An extension page (options) kept open for the tests' own calls into the extension. */
  extensionPage: Page;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the extension from dist/chrome. The only difference from a rep's browser: the helpdesk
 * fixture's origin is granted up front, standing in for the rep accepting the popup's permission request (the
 * prompt is browser UI that a headless run cannot click).
 */
export interface LaunchOptions {
  /** Changes to the copy's manifest (a "key", so the extension id is known before launch). */
  manifest?: (m: Record<string, unknown>) => void;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium); the e2e suite does not skip`);
  }
  const built = join(ROOT, 'dist/chrome');
  if (!existsSync(join(built, 'manifest.json'))) throw new Error('dist/chrome is missing: run "node build.mjs" first');
  const dir = await mkdtemp(join(tmpdir(), 'replycheck-e2e-'));
  const ext = join(dir, 'extension');
  await cp(built, ext, { recursive: true });
  const manifest = JSON.parse(await readFile(join(ext, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['https://helpdesk.example.com/*'];
  options.manifest?.(manifest);
  await writeFile(join(ext, 'manifest.json'), JSON.stringify(manifest));

  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: extensionLaunchArgs(ext),
  });

  const requests: RecordedRequest[] = [];
  context.on('request', (r) => {
    if (r.url().startsWith('chrome-extension://') || r.url().startsWith('data:')) return;
    requests.push({ url: r.url(), method: r.method(), body: r.postData(), served: fixtureFor(r.url()) !== null });
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const file = fixtureFor(url);
    if (file && route.request().method() === 'GET') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: await readFile(join(PAGES, file)) });
    }
    return route.abort('blockedbyclient');
  });

  let sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(sw.url()).host;
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/options/options.html`);
  const cdp = await context.newCDPSession(extensionPage);
  let workerStatus = 'running';
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    const mine = e.versions.find((v) => v.scriptURL.includes(extensionId));
    if (mine) workerStatus = mine.runningStatus;
  });

  return {
    context,
    extensionId,
    requests,
    extensionPage,
    async worker() {
      const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
      if (live) return (sw = live);
      // Wake it: any message starts the worker again.
      await extensionPage.evaluate(() => chrome.runtime.sendMessage({ kind: 'get-rules' }));
      return (sw = context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? (await context.waitForEvent('serviceworker')));
    },
    async stopWorker() {
      // Closing the worker's target is what Chromium does to an idle MV3 worker: it stops, and the next message
      // starts it again from scratch.
      const stopped = new Promise<void>((resolve) => {
        const onUpdate = (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
          if (e.versions.some((v) => v.scriptURL.includes(extensionId) && v.runningStatus === 'stopped')) {
            cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
            resolve();
          }
        };
        cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
      });
      await cdp.send('ServiceWorker.enable');
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
      if (!target) throw new Error('the extension has no running service worker to stop');
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('the worker did not stop')), 5000))]);
    },
    workerStatus: () => workerStatus,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Underline {
  name: string;
  category: string;
  text: string;
  /** The text's block is quoted or the signature. */
  region: 'quote' | 'signature' | null;
}

export const REGION_SELECTORS = {
  quote: '.gmail_quote, blockquote, #divRplyFwdMsg, #divRplyFwdMsg ~ *, #appendonsend ~ *',
  signature: '.gmail_signature, #Signature',
};

/** Runs in the page (Chromium or Firefox): the CSS Custom Highlight ranges ReplyCheck has set there. */
export function highlightsInPage(selectors: typeof REGION_SELECTORS): Underline[] {
  const out: Underline[] = [];
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('replycheck-')) continue;
    for (const r of h as unknown as Iterable<Range>) {
      const node = r.startContainer;
      const el = node instanceof Element ? node : node.parentElement;
      const region = el?.closest(selectors.quote) ? 'quote' : el?.closest(selectors.signature) ? 'signature' : null;
      out.push({ name, category: name.replace(/^replycheck-/, '').replace(/-info$/, ''), text: r.toString(), region });
    }
  }
  return out;
}

/** The CSS Custom Highlight ranges ReplyCheck has set in a page or frame. */
export async function highlights(where: Page | Frame): Promise<Underline[]> {
  return where.evaluate(highlightsInPage, REGION_SELECTORS);
}

/**
 * The overlay underlines (where the highlight API is not used), with their boxes. The overlay lives in a closed
 * shadow root, so it is read through the DevTools protocol, not by the page's own script.
 */
export async function overlayUnderlines(page: Page) {
  const out: { category: string; start: number; left: number; top: number; width: number; bottom: number; visible: boolean }[] = [];
  for (const root of await shadowRoots(page, 'replycheck-underlines')) {
    out.push(
      ...(await callOn<typeof out>(page, root, function (this: ShadowRoot) {
        return [...this.querySelectorAll<HTMLElement>('.u')].map((u) => {
          const r = u.getBoundingClientRect();
          // The clip box hides what lies outside the editor's visible part; a rect says nothing about that.
          const c = u.parentElement!.getBoundingClientRect();
          const visible = r.right > c.left && r.left < c.right && r.bottom > c.top && r.top < c.bottom;
          return { category: u.dataset.category!, start: Number(u.dataset.start), left: r.left, top: r.top, width: r.width, bottom: r.bottom, visible };
        });
      })),
    );
  }
  return out;
}

// ReplyCheck's card, send summary and overlay sit in CLOSED shadow roots: neither the page's script nor playwright's
// locators can see into them. The tests reach inside the way DevTools does, over the Chrome DevTools Protocol:
// DOM.getDocument({ pierce: true }) lists closed shadow roots too, DOM.querySelectorAll works on a root's nodeId,
// and DOM.resolveNode + Runtime.callFunctionOn read an element; a click is a real mouse click at the element's box.

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpFor(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
}

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/** The nodeIds of the shadow roots of every `host` element in the page's top document (closed ones included). */
async function shadowRoots(page: Page, host: string): Promise<number[]> {
  const cdp = await cdpFor(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  const found: number[] = [];
  const walk = (n: DomNode) => {
    if (n.localName === host) for (const r of n.shadowRoots ?? []) found.push(r.nodeId);
    for (const c of n.children ?? []) walk(c);
    for (const r of n.shadowRoots ?? []) walk(r);
  };
  walk(root);
  return found;
}

/** Runs `fn` with `this` bound to the node (in the page's main world, as DevTools' console would) and returns its value. */
async function callOn<T>(page: Page, nodeId: number, fn: (this: never, ...args: never[]) => unknown, ...args: unknown[]): Promise<T> {
  const cdp = await cdpFor(page);
  const { object } = await cdp.send('DOM.resolveNode', { nodeId });
  try {
    const res = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn.toString(),
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    if (res.exceptionDetails) throw new Error(`in the shadow root: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId! }).catch(() => undefined);
  }
}

export type { ShadowUI } from './shadow-ui';

function shadowUI(page: Page, host: string, box: string): ShadowUI {
  return shadowUIOver<number>(host, box, {
    async query(selector) {
      const cdp = await cdpFor(page);
      const out: number[] = [];
      for (const root of await shadowRoots(page, host)) {
        out.push(...(await cdp.send('DOM.querySelectorAll', { nodeId: root, selector })).nodeIds);
      }
      return out;
    },
    innerText: (id) =>
      callOn<string>(page, id, function (this: HTMLElement) {
        return this.innerText;
      }),
    visible: (id) =>
      callOn<boolean>(page, id, function (this: HTMLElement) {
        const r = this.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && this.checkVisibility({ visibilityProperty: true });
      }),
    async click(id) {
      const cdp = await cdpFor(page);
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: id });
      const { model } = await cdp.send('DOM.getBoxModel', { nodeId: id });
      const q = model.border;
      const x = (q[0]! + q[2]! + q[4]! + q[6]!) / 4;
      const y = (q[1]! + q[3]! + q[5]! + q[7]!) / 4;
      await page.mouse.click(x, y);
    },
  });
}

/** The suggestion card (`replycheck-card`, its box `.card`), reached through its closed shadow root. */
export const card = (page: Page): ShadowUI => shadowUI(page, 'replycheck-card', '.card');
/** The send summary (`replycheck-send-summary`, its box `.box`), reached through its closed shadow root. */
export const summary = (page: Page): ShadowUI => shadowUI(page, 'replycheck-send-summary', '.box');

/** Puts the caret at the very start of the editor at `selector` and types like a rep. */
export async function typeAtStart(page: Page, selector: string, text: string) {
  await page.locator(selector).focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text, { delay: 5 });
}

/** Runs in the page (Chromium or Firefox): the middle of the first occurrence of `word` in an element's own text. */
export function wordCentre({ sel, word }: { sel: string; word: string }): { x: number; y: number } | null {
  const root = document.querySelector(sel)!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(word);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + word.length);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
}

/** Clicks the middle of the first occurrence of `word` in an element's own text. */
export async function clickWord(page: Page, selector: string, word: string) {
  const box = await page.evaluate(wordCentre, { sel: selector, word });
  if (!box) throw new Error(`"${word}" is not in ${selector}`);
  await page.mouse.click(box.x, box.y);
}

/** Polls `fn` until it returns a truthy value or `ms` pass; the last value is returned either way. */
export async function waitFor<T>(fn: () => Promise<T>, ms: number, every = 100): Promise<T> {
  const end = Date.now() + ms;
  let value = await fn();
  while (!value && Date.now() < end) {
    await new Promise((r) => setTimeout(r, every));
    value = await fn();
  }
  return value;
}
