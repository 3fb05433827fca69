// Drives the built Firefox extension (dist/firefox) in Debian's firefox-esr with puppeteer-core over WebDriver BiDi.
// Like the Chromium harness (./harness.ts): fixture pages are served at the real webmail addresses, so the Firefox
// manifest's match patterns are what gets tested, and every other request is refused and recorded.
//
// What differs from a rep's Firefox: the add-on is installed as a temporary add-on (BiDi webExtension.install, what
// about:debugging's "Load Temporary Add-on" does) into a fresh profile; the idle timeout of the event page can be
// shortened to test what happens when Firefox unloads it; and the test may read the browser's own window (to see the
// event page's state). No host permission is granted by hand: Firefox grants the content scripts' sites (Gmail,
// Outlook) at install, or no underline would appear in the tests.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { PAGES, REGION_SELECTORS, ROOT, fixtureFor, highlightsInPage, wordCentre, type RecordedRequest, type Underline } from './harness';
import { shadowUIOver, type ShadowUI } from './shadow-ui';

export const FIREFOX = process.env.REPLYCHECK_FIREFOX ?? '/usr/bin/firefox-esr';
/** The Chromium harness's addresses, fixture pages and in-page probes serve Firefox too. */
export { URLS } from './harness';

export interface FirefoxHarness {
  browser: Browser;
  /** The add-on id webExtension.install reported. */
  extensionId: string;
  requests: RecordedRequest[];
  /** A new tab with request interception: fixtures served, everything else refused and recorded. */
  newPage(): Promise<Page>;
  /** Whether Firefox has the extension's event page loaded ("running") or unloaded it ("stopped"), as about:debugging shows it. */
  eventPageState(): Promise<string>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /** extensions.background.idle.timeout: how long Firefox lets the idle event page live (its default is 30 s). */
  eventPageIdleMs?: number;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`Firefox not found at ${FIREFOX}: install Debian's firefox-esr (apt-get install firefox-esr); the Firefox e2e suite does not skip`);
  }
  const built = join(ROOT, 'dist/firefox');
  if (!existsSync(join(built, 'manifest.json'))) throw new Error('dist/firefox is missing: run "node build.mjs" first');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
    // Lets the test read the event page's state from the browser's own (chrome) window over BiDi, the way
    // about:debugging shows it. Web pages and the extension get no extra rights from it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...(options.eventPageIdleMs !== undefined ? { 'extensions.background.idle.timeout': options.eventPageIdleMs } : {}),
    },
  });
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(built);
  } catch (err) {
    await browser.close();
    throw err;
  }
  const requests: RecordedRequest[] = [];

  return {
    browser,
    extensionId,
    requests,
    async eventPageState() {
      const connection = (browser as unknown as { connection: BidiConnection }).connection;
      const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })) as {
        result: { contexts: { context: string }[] };
      };
      const chromeWindow = tree.result.contexts[0]?.context;
      if (!chromeWindow) throw new Error("no browser window to read the event page's state from");
      const answer = (await connection.send('script.evaluate', {
        expression: `WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).extension.backgroundState`,
        target: { context: chromeWindow },
        awaitPromise: false,
      })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } };
      if (answer.result.type !== 'success') throw new Error(`cannot read the event page's state: ${answer.result.exceptionDetails?.text}`);
      return String(answer.result.result?.value);
    },
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', async (r) => {
        const url = r.url();
        // Not network traffic: the extension's own files, about: and data: URLs.
        if (/^(moz-extension|about|data):/.test(url)) return void r.continue();
        const file = fixtureFor(url);
        const served = file !== null && r.method() === 'GET';
        const recorded: RecordedRequest = { url, method: r.method(), body: null, served };
        requests.push(recorded);
        if (served) return void r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: await readFile(join(PAGES, file)) });
        // A body Firefox will not hand over is recorded as such: the request is refused either way.
        if (r.hasPostData()) recorded.body = (await r.fetchPostData().catch(() => undefined)) ?? '(body not readable)';
        return void r.abort('blockedbyclient');
      });
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

/** The CSS Custom Highlight ranges ReplyCheck has set in a page or frame (the same reading as ./harness.ts highlights()). */
export async function highlights(where: Page | Frame): Promise<Underline[]> {
  return where.evaluate(highlightsInPage, REGION_SELECTORS);
}

// ReplyCheck's card sits in a CLOSED shadow root. WebDriver BiDi serialises an element's shadow root whatever its
// mode (a sharedId, the node's "shadowRoot" field), the way DevTools lists closed roots: the tests take that
// reference and turn it into a handle in the page's main realm, then query and click inside it like any element.
// The product's shadow roots stay closed; the page's own script still cannot reach them.

/** puppeteer-core's BiDi connection (Browser.connection), for the two commands it has no API for. */
interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

interface BidiRemoteNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: BidiRemoteNode | null };
}
interface BidiHandleInternals {
  remoteValue(): BidiRemoteNode;
}
interface BidiFrameInternals {
  mainRealm(): { createHandle(v: BidiRemoteNode): ElementHandle<Node> };
}

/** Handles on the (closed) shadow roots of every `host` element in the page's top document. */
async function shadowRoots(page: Page, host: string): Promise<ElementHandle<Node>[]> {
  const hosts = await page.$$(host);
  const roots: ElementHandle<Node>[] = [];
  for (const h of hosts) {
    const shadow = (h as unknown as BidiHandleInternals).remoteValue().value?.shadowRoot;
    if (shadow?.sharedId) roots.push((page.mainFrame() as unknown as BidiFrameInternals).mainRealm().createHandle(shadow));
  }
  return roots;
}

function shadowUI(page: Page, host: string, box: string): ShadowUI {
  return shadowUIOver<ElementHandle<Element>>(host, box, {
    async query(selector) {
      const out: ElementHandle<Element>[] = [];
      for (const root of await shadowRoots(page, host)) out.push(...(await root.$$(selector)));
      return out;
    },
    innerText: (e) => e.evaluate((el) => (el as HTMLElement).innerText),
    visible: (e) =>
      e.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
      }),
    // A real mouse click (BiDi input.performActions) in the middle of the element's box.
    click: (e) => e.click(),
  });
}

/** The suggestion card (`replycheck-card`, its box `.card`), reached through its closed shadow root. */
export const card = (page: Page): ShadowUI => shadowUI(page, 'replycheck-card', '.card');

/** Puts the caret at the very start of the editor at `selector` and types like a rep. */
export async function typeAtStart(page: Page, selector: string, text: string) {
  await page.focus(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('Home');
  await page.keyboard.up('Control');
  await page.keyboard.type(text, { delay: 5 });
}

/** Presses Ctrl+<key> like a rep. */
export async function pressCtrl(page: Page, key: string) {
  await page.keyboard.down('Control');
  await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  await page.keyboard.up('Control');
}

/** Clicks the middle of the first occurrence of `word` in an element's own text. */
export async function clickWord(page: Page, selector: string, word: string) {
  const box = await page.evaluate(wordCentre, { sel: selector, word });
  if (!box) throw new Error(`"${word}" is not in ${selector}`);
  await page.mouse.click(box.x, box.y);
}
