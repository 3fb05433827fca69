// The customer's message and the attachment chips, read from the page by the built extension in Debian's Chromium:
// on the Gmail and Outlook fixtures (and a helpdesk textarea) the worker receives the message the reply answers,
// the sender's name and the attachment count, and the message only when it changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CheckRequest } from '../../src/shared/protocol';
import { URLS, card, summary, highlights, launch, typeAtStart, waitFor, type Harness } from './harness';

const ROOT = new URL('../../', import.meta.url).pathname;
/** `npm run screenshots` writes the README's screenshots; an ordinary test run keeps its own out of the work tree. */
const SHOTS = process.env.REPLYCHECK_SCREENSHOTS ? `${ROOT}docs/screenshots` : `${ROOT}test-results/screenshots`;

/** What the worker received for one check, as recorded by a listener the test adds to the worker. */
type Seen = Pick<CheckRequest, 'doc' | 'version' | 'customer' | 'attachments'> & { whole: boolean; hasCustomer: boolean };

let h: Harness;
let launchError: unknown = null;

beforeAll(async () => {
  try {
    h = await launch();
  } catch (err) {
    launchError = err;
  }
}, 90_000);

afterAll(async () => {
  await h?.close();
});

/**
 * Adds a second message listener to the (running) worker that records what each check carried. It only reads:
 * the extension's own listener answers as usual. A worker the browser restarts comes back without it.
 */
async function recordChecks(): Promise<boolean> {
  const sw = await h.worker();
  return sw.evaluate(() => {
    const g = globalThis as unknown as { __seen?: unknown[] };
    if (g.__seen) {
      g.__seen.length = 0;
      return false;
    }
    g.__seen = [];
    chrome.runtime.onMessage.addListener((m: Record<string, unknown>) => {
      if (m?.kind !== 'check') return;
      g.__seen!.push({
        doc: m.doc,
        version: m.version,
        customer: m.customer,
        attachments: m.attachments,
        whole: typeof m.text === 'string',
        hasCustomer: 'customer' in m,
      });
    });
    return true;
  });
}

async function seen(): Promise<Seen[]> {
  const sw = await h.worker();
  return sw.evaluate(() => ((globalThis as unknown as { __seen?: Seen[] }).__seen ?? []).slice());
}

/** Waits until the worker has received a check that satisfies `ok`, and returns it. */
async function checkWhere(ok: (s: Seen) => boolean, ms = 8000): Promise<Seen | undefined> {
  return waitFor(async () => (await seen()).find(ok), ms);
}

const GMAIL_REPLY = '.ip [g_editable]';
const OUTLOOK_BODY = '#editorParent_1 [role=textbox]';

async function open(url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url);
  return page;
}

it('starts Debian\'s Chromium with the built extension', () => {
  if (launchError) throw launchError;
  expect(h.extensionId).toMatch(/^[a-p]{32}$/);
});

describe('Gmail', () => {
  it('sends the last expanded message of the thread and its sender with an inline reply, once, and counts chips', async () => {
    await recordChecks();
    const page = await open(URLS.gmail);
    await typeAtStart(page, GMAIL_REPLY, 'Hi Anna,\n\nthank you for writing.');
    const first = await checkWhere((s) => s.hasCustomer && s.customer !== null);
    expect(first, 'a check carrying the customer message').toBeDefined();
    expect(first!.customer).toEqual({
      text: 'Hello,\n\nI ordered a kettle two weeks ago and it arrived broken. When will I get my money back?\n\nAnna',
      name: 'Anna Bērziņa',
    });
    // The compose window shows no chip: the count is 0, not unknown.
    expect(first!.attachments).toBe(0);

    // More typing: the message has not changed, so it does not travel again.
    await page.keyboard.type(' The refund is on its way.', { delay: 5 });
    const later = await checkWhere((s) => s.doc === first!.doc && s.version > first!.version && !s.whole);
    expect(later, 'a later check sending only the change').toBeDefined();
    expect(later!.hasCustomer).toBe(false);

    // A file is attached: the chip alone (no typing) makes a new check with the new count; removing it goes back.
    await page.evaluate(() => (window as unknown as { __attach(n: string): void }).__attach('racun.pdf'));
    expect(await checkWhere((s) => s.doc === first!.doc && s.attachments === 1)).toBeDefined();
    await page.locator('.ip .dL .vq').click();
    const removed = await waitFor(async () => (await seen()).filter((s) => s.doc === first!.doc).at(-1)?.attachments === 0, 8000);
    expect(removed).toBe(true);
    await page.close();
  }, 40_000);

  it('reads the quoted block of a pop-out reply, with the name from its localized attribution line', async () => {
    await recordChecks();
    const page = await open(URLS.gmail);
    await page.locator('#popout-button').click();
    await typeAtStart(page, 'div[role=dialog] [g_editable]', 'Hi Anna,');
    // The inline reply below the thread has its own session (and its own message): find the pop-up's.
    const inline = await checkWhere((s) => s.customer?.text.includes('money back') === true);
    const check = await checkWhere((s) => s.hasCustomer && s.customer !== null && s.doc !== inline?.doc);
    expect(check?.customer).toEqual({
      text: 'Hello,\n\nThe kettle I ordered arrived broken. Can I change the delivery address for the replacement?\n\nAnna',
      name: 'Anna Bērziņa',
    });
    await page.close();
  }, 30_000);

  it('in a forward, reads the forwarded message in the draft, not the thread above', async () => {
    await recordChecks();
    const page = await open(URLS.gmail);
    // What Gmail puts in the body when the rep forwards a message (its header words are localized; the dashes are not).
    await page.evaluate(() => {
      document.querySelector('.ip [g_editable]')!.innerHTML =
        '<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Posredovano sporočilo ---------<br>' +
        'Od: <strong class="gmail_sendername" dir="auto">Jānis Kalniņš</strong> <span dir="auto">&lt;janis@example.com&gt;</span><br>' +
        'Date: pon., 23. nov. 2026 ob 10:20<br>Subject: Paka<br>To: &lt;podpora@example.com&gt;<br></div><br><br>' +
        '<div dir="ltr">Where is my parcel? It was due on Friday.<br><br>Jānis</div></div>';
    });
    await typeAtStart(page, GMAIL_REPLY, 'Hi team,');
    const check = await checkWhere((s) => s.customer?.text.includes('parcel') === true);
    expect(check?.customer).toEqual({ text: 'Where is my parcel? It was due on Friday.\n\nJānis', name: 'Jānis Kalniņš' });
    await page.close();
  }, 30_000);
});

describe('Outlook on the web', () => {
  it('sends the reading-pane message above the reply and its sender, without its quoted history, and counts cards', async () => {
    await recordChecks();
    const page = await open(URLS.outlook);
    await typeAtStart(page, OUTLOOK_BODY, 'Hi Ivana,');
    const check = await checkWhere((s) => s.hasCustomer && s.customer !== null);
    expect(check?.customer).toEqual({
      text: 'Hello, the blender I bought stopped working after a week. When can I get a replacement?\n\nIvana',
      name: 'Ivana Horvat',
    });
    expect(check!.attachments).toBe(0);
    await page.evaluate(() => (window as unknown as { __attach(n: string): void }).__attach('racun.pdf'));
    expect(await checkWhere((s) => s.doc === check!.doc && s.attachments === 1)).toBeDefined();
    await page.close();
  }, 30_000);

  it('falls back to the quoted "From: … Sent: …" block when the reading pane shows no message body', async () => {
    await recordChecks();
    const page = await open(URLS.outlook);
    await page.evaluate(() => document.querySelector('[id^=UniqueMessageBody]')!.remove());
    await typeAtStart(page, OUTLOOK_BODY, 'Hi Ivana,');
    const check = await checkWhere((s) => s.hasCustomer && s.customer !== null);
    expect(check?.customer?.name).toBe('Ivana Horvat');
    expect(check?.customer?.text).toContain('the blender I bought stopped working after a week.');
    expect(check?.customer?.text).not.toContain('Sent:');
    await page.close();
  }, 30_000);

  it('in the builds with the editor in an iframe, reads the quoted block and counts the cards in the page around it', async () => {
    await recordChecks();
    const page = await open(URLS.outlookIframe);
    await page.frameLocator('#EditorIframe').locator('[role=textbox]').focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi Mikko,', { delay: 5 });
    const check = await checkWhere((s) => s.hasCustomer && s.customer !== null);
    // The sender is a colleague's bare name in the header, as Outlook shows people of the same organisation.
    expect(check?.customer).toEqual({ text: 'My order never came and the the tracking page is broken.', name: 'Mikko Virtanen' });
    // The compose window (around the frame, with its Send button) is recognised and has no card: zero.
    expect(check!.attachments).toBe(0);
    await page.close();
  }, 30_000);
});

describe('Other sites', () => {
  it('a helpdesk textarea sends its ">" quoted block and no attachment count', async () => {
    await recordChecks();
    const page = await open(URLS.helpdesk);
    await page.locator('textarea').focus();
    await page.keyboard.type('Hi Anna,\nthe refund went out today.\n\nOn Monday, Anna Bērziņa wrote:\n> Where is my refund?', { delay: 5 });
    const check = await checkWhere((s) => s.customer?.text === 'Where is my refund?');
    expect(check?.customer).toEqual({ text: 'Where is my refund?', name: 'Anna Bērziņa' });
    expect(check!.attachments).toBeUndefined();
    await page.close();
  }, 30_000);
});

// With the reply-vs-message rules (structure/unanswered-question, structure/missing-attachment) in the engine: what the
// rep sees when the reply leaves the customer's question open or promises a file that is not attached.
const ANSWERLESS =
  'Hi Anna,\n\nThank you for your message. I am sorry the kettle arrived broken, and I understand how annoying that is.\n\n' +
  'Is there anything else I can help with?\n\nBest regards,\nMarko';

/** The findings of the tab's draft as the popup reads them from the content script (counts per category). */
async function draftCounts(page: Page): Promise<Record<string, number> | null> {
  await page.bringToFront();
  return h.extensionPage.evaluate(async () => {
    const tab = (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    if (typeof tab !== 'number') return null;
    const r = (await chrome.tabs.sendMessage(tab, { kind: 'draft-summary' }).catch(() => null)) as {
      draft: { counts: Record<string, number> } | null;
    } | null;
    return r?.draft?.counts ?? null;
  });
}

/** Ctrl+Enter in the editor: the send guard stops a reply with findings left, and Review opens the first one. */
async function reviewBeforeSend(page: Page): Promise<string | null> {
  await page.locator(GMAIL_REPLY).or(page.locator(OUTLOOK_BODY)).first().focus();
  await page.keyboard.press('Control+Enter');
  if (!(await waitFor(() => summary(page).visible(), 3000))) return null;
  await summary(page).click('button[data-action=review]');
  await expect.poll(() => card(page).visible(), { timeout: 2000 }).toBe(true);
  return card(page).text('.msg');
}

describe('Findings about the reply against the customer\'s message', () => {
  it('Gmail: a question the reply leaves open is a finding that quotes it, and answering it clears the way to Send', async () => {
    const page = await open(URLS.gmail);
    await typeAtStart(page, GMAIL_REPLY, ANSWERLESS);
    await expect.poll(async () => (await draftCounts(page))?.structure, { timeout: 10_000, interval: 300 }).toBe(1);
    // Before Send, the rep is stopped and shown the open question.
    expect(await reviewBeforeSend(page)).toBe('Not answered: "When will I get my money back?"');
    await page.screenshot({ path: `${SHOTS}/unanswered.png`, caret: 'initial' });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.length)).toBe(0);

    // The rep answers it: the next Send goes through.
    await page.locator(GMAIL_REPLY).focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.type(' Your money will be back on your card within five days.', { delay: 5 });
    await expect.poll(async () => (await draftCounts(page))?.structure ?? 0, { timeout: 10_000, interval: 300 }).toBe(0);
    await page.locator(GMAIL_REPLY).focus();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.length)).toBe(1);
    const sent = await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent[0]);
    expect(sent).toContain('Your money will be back on your card');
    await page.close();
  }, 45_000);

  it('Gmail: "attached" with no chip is flagged, and the finding goes when a file is attached', async () => {
    const page = await open(URLS.gmail);
    await typeAtStart(
      page,
      GMAIL_REPLY,
      'Hi Anna,\n\nThank you for your message. Your money will be back on your card within five days. I have attached the refund confirmation.\n\nBest regards,\nMarko',
    );
    const flagged = await waitFor(async () => (await highlights(page)).find((u) => u.category === 'structure'), 8000);
    expect(flagged, 'the promise of an attachment is underlined').toBeDefined();
    expect(flagged!.text.toLowerCase()).toContain('attached');
    await page.evaluate(() => (window as unknown as { __attach(n: string): void }).__attach('refund-confirmation.pdf'));
    expect(await waitFor(async () => !(await highlights(page)).some((u) => u.category === 'structure'), 8000)).toBe(true);
    // Removing the file brings the finding back.
    await page.locator('.ip .dL .vq').click();
    expect(await waitFor(async () => (await highlights(page)).some((u) => u.category === 'structure'), 8000)).toBe(true);
    await page.close();
  }, 45_000);

  it('Outlook: an open question in the reading-pane message is a finding too', async () => {
    const page = await open(URLS.outlook);
    await typeAtStart(
      page,
      OUTLOOK_BODY,
      'Hi Ivana,\n\nThank you for your message. I am sorry to hear about the blender.\n\nIs there anything else I can help you with?\n\nBest regards,\nLuka',
    );
    await expect.poll(async () => (await draftCounts(page))?.structure, { timeout: 10_000, interval: 300 }).toBe(1);
    expect(await reviewBeforeSend(page)).toBe('Not answered: "When can I get a replacement?"');
    await page.close();
  }, 45_000);

  it('the worker still knows the message after the browser restarted it (the message is sent again)', async () => {
    const page = await open(URLS.gmail);
    await typeAtStart(page, GMAIL_REPLY, ANSWERLESS);
    await expect.poll(async () => (await draftCounts(page))?.structure, { timeout: 10_000, interval: 300 }).toBe(1);
    await h.stopWorker();
    // New text, checked by the new worker: the planted "the the" shows that its result has come back, and the same
    // result still holds the open question, which only the customer's message can tell.
    // (At the end of the greeting line: the end of the box is inside the quoted thread.)
    await page.locator(GMAIL_REPLY).focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    await page.keyboard.type(' the the', { delay: 5 });
    await expect.poll(async () => (await draftCounts(page))?.grammar, { timeout: 15_000, interval: 300 }).toBe(1);
    expect(await draftCounts(page)).toMatchObject({ grammar: 1, structure: 1 });
    await page.close();
  }, 60_000);
});
