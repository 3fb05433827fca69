// The built Firefox extension (dist/firefox) in Debian's firefox-esr, driven over WebDriver BiDi: what a Firefox rep
// sees in the Gmail compose box. Fast findings (spelling, tone) are underlined, the card opens and its fix applies
// and is undone by Ctrl+Z, and Harper's deep grammar arrives through the Firefox host (the event page starts the
// Harper worker itself: Firefox has no offscreen documents). One browser for the file (a 2-core machine).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitFor } from './harness';
import { URLS, card, clickWord, highlights, launchFirefox, pressCtrl, typeAtStart, type FirefoxHarness } from './harness-firefox';

/** Firefox's first check loads the dictionary; a busy 2-core box is slow. */
const UNDERLINE_WITHIN_MS = 10_000;
/** Harper's setup in the event page's worker (about 3 s on an idle box); give a loaded one plenty of room. */
const HARPER_WITHIN_MS = 60_000;
/**
 * How long Firefox lets an idle event page live in this run: 3 s instead of its default 30 s, so that it is unloaded
 * between the tests' steps (and while a first check is still loading the dictionary or Harper, unless the content
 * script keeps it alive, as it now does: before that fix Harper's findings never arrived here).
 */
const EVENT_PAGE_IDLE_MS = 3000;

const EDITOR = '.ip [g_editable]';

let h: FirefoxHarness;
let launchError: unknown = null;

beforeAll(async () => {
  try {
    h = await launchFirefox({ eventPageIdleMs: EVENT_PAGE_IDLE_MS });
  } catch (err) {
    launchError = err;
  }
}, 90_000);

afterAll(async () => {
  await h?.close();
});

async function openGmail(): Promise<Page> {
  const page = await h.newPage();
  await page.goto(URLS.gmail);
  return page;
}

const editorText = (page: Page) => page.$eval(EDITOR, (e) => (e as HTMLElement).innerText);

it("starts Debian's firefox-esr with the built extension installed (a missing browser fails here, it is never skipped)", () => {
  if (launchError) throw launchError;
  expect(h.extensionId).toBe('replycheck@replycheck.example');
});

describe('Firefox: Gmail and Outlook', () => {
  // Without a browser every test fails with the reason, at once.
  beforeEach(() => {
    if (launchError) throw launchError;
  });

  it('underlines a misspelling and a tone problem, applies the card\'s fix and Ctrl+Z undoes it', async () => {
    const page = await openGmail();
    await typeAtStart(page, EDITOR, 'Hi Anna, as I already told you, you will recieve the parcel on Friday.');
    const found = await waitFor(async () => {
      const u = await highlights(page);
      return u.some((x) => x.text === 'recieve') && u.some((x) => x.category === 'tone') ? u : null;
    }, UNDERLINE_WITHIN_MS, 200);
    expect(found, 'underlines for the misspelling and the tone problem').not.toBeNull();
    expect(found!.find((u) => u.text === 'recieve')!.category).toBe('spelling');
    expect(found!.find((u) => u.category === 'tone')!.text).toBe('as I already told you');
    // The quote and the signature hold problems too ("recieve", "the the"): none is underlined.
    expect(found!.filter((u) => u.region !== null)).toEqual([]);

    const before = await editorText(page);
    await clickWord(page, EDITOR, 'recieve');
    await expect.poll(() => card(page).visible(), { timeout: 5000 }).toBe(true);
    expect(await card(page).text('.msg')).toContain('misspelled');
    // The card's shadow root is closed in Firefox too: the page's own script sees the host and nothing inside.
    expect(await page.evaluate(() => document.querySelector('replycheck-card')?.shadowRoot)).toBeNull();
    await card(page).click('button[data-action=apply]', { hasText: 'receive' });
    await expect.poll(() => card(page).count(), { timeout: 5000 }).toBe(0);
    expect(await editorText(page)).toBe(before.replace('recieve', 'receive'));
    // The fixed word is no longer underlined; the tone problem still is.
    await expect.poll(async () => (await highlights(page)).map((u) => u.text), { timeout: UNDERLINE_WITHIN_MS }).not.toContain('receive');

    await pressCtrl(page, 'z');
    await expect.poll(() => editorText(page), { timeout: 5000 }).toBe(before);
    await page.close();
  }, 60_000);

  it("underlines what only Harper catches, through the event page's worker, and offers Harper's fix", async () => {
    // Harper's first setup in Firefox takes several seconds, longer than the event page's idle timeout here.
    const page = await openGmail();
    await typeAtStart(page, EDITOR, 'Hi Anna, you will recieve the parcel on Friday. He go to the depot every morning.');
    const found = await waitFor(async () => {
      const u = (await highlights(page)).filter((x) => x.region === null);
      return u.some((x) => x.text === 'go' && x.category === 'grammar') ? u : null;
    }, HARPER_WITHIN_MS, 250);
    expect(found, 'Harper\'s "go" underlined').not.toBeNull();
    // Merged with the fast findings, not instead of them.
    expect(found!.some((x) => x.text === 'recieve' && x.category === 'spelling')).toBe(true);

    await clickWord(page, EDITOR, ' go ');
    await expect.poll(() => card(page).visible(), { timeout: 5000 }).toBe(true);
    expect(await card(page).texts('button[data-action=apply]')).toContain('goes');
    await card(page).click('button[data-action=apply]', { hasText: 'goes' });
    await expect.poll(() => editorText(page), { timeout: 5000 }).toContain('He goes to the depot');
    await page.close();
  }, 120_000);

  it('still brings Harper\'s findings after Firefox unloaded the idle event page', async () => {
    // The rep reads the customer's mail for a while: Firefox unloads the idle event page, and with it the Harper
    // worker; the next check message starts both again.
    expect(await waitFor(async () => (await h.eventPageState()) === 'stopped', EVENT_PAGE_IDLE_MS * 5, 250), 'the event page unloaded').toBe(true);
    const page = await openGmail();
    await typeAtStart(page, EDITOR, 'Hi Sam, she go to the office on Mondays.');
    const found = await waitFor(async () => {
      const u = await highlights(page);
      return u.some((x) => x.text === 'go' && x.category === 'grammar') ? u : null;
    }, HARPER_WITHIN_MS, 250);
    expect(found, 'Harper\'s "go" underlined after the event page was unloaded').not.toBeNull();
    // Woken by the check (this is the event page's new Harper worker, not a survivor).
    expect(await h.eventPageState()).toBe('running');
    await page.close();
  }, 180_000);

  it("underlines in Outlook's editor iframe (about:blank, reached through match_about_blank)", async () => {
    const page = await h.newPage();
    await page.goto(URLS.outlookIframe);
    const inner = await waitFor(async () => page.frames().find((f) => f !== page.mainFrame()) ?? null, 5000);
    expect(inner, 'the editor frame').not.toBeNull();
    const textbox = await inner!.waitForSelector('[role=textbox]');
    await textbox!.focus();
    await pressCtrl(page, 'Home');
    await page.keyboard.type('Hi Mikko, the the parcel is on its way.', { delay: 5 });
    const found = await waitFor(async () => {
      const u = (await highlights(inner!)).filter((x) => x.text === 'the the');
      return u.length > 0 ? u : null;
    }, UNDERLINE_WITHIN_MS, 200);
    // One underline: the reply's, not the quoted one ("the the tracking page").
    expect(found?.map((u) => u.region)).toEqual([null]);
    await page.close();
  }, 60_000);

  it('sent nothing anywhere: the only requests were for the fixture page (and the browser\'s own favicon look-up)', () => {
    const favicon = (r: { url: string; method: string }) => r.method === 'GET' && new URL(r.url).pathname === '/favicon.ico';
    expect(h.requests.filter((r) => !r.served && !favicon(r))).toEqual([]);
    for (const r of h.requests) expect(`${r.url} ${r.body ?? ''}`).not.toMatch(/recieve|depot|office/);
  });
});

describe("Firefox: an open compose box keeps the event page, and Harper, loaded", () => {
  // A browser of its own with Firefox's default idle timeout (30 s), the one reps have.
  let d: FirefoxHarness | undefined;
  beforeAll(async () => {
    if (!launchError) d = await launchFirefox();
  }, 90_000);
  afterAll(async () => {
    await d?.close();
  });

  it("stays loaded past Firefox's 30 s idle timeout while the rep reads, reply box open, typing nothing", async () => {
    if (launchError) throw launchError;
    const page = await d!.newPage();
    await page.goto(URLS.gmail);
    await typeAtStart(page, EDITOR, 'Hi Sam, she go to the office on Mondays.');
    const found = await waitFor(async () => (await highlights(page)).some((x) => x.text === 'go' && x.category === 'grammar'), HARPER_WITHIN_MS, 250);
    expect(found, "Harper's finding").toBe(true);
    // The rep stops typing for 40 s: nothing but the open box talks to the event page.
    const states = new Set<string>();
    for (const end = Date.now() + 40_000; Date.now() < end; ) {
      states.add(await d!.eventPageState());
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect([...states]).toEqual(['running']);
    await page.close();
  }, 150_000);
});
