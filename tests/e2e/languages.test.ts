// The language of each draft in the built extension: a Latvian reply quoting an English customer message is checked
// as Latvian (its own spelling, its own suggestions), the popup says so, and pinning English there changes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URLS, card, highlights, launch, waitFor, type Harness } from './harness';

/** The first check in a language loads its dictionary: Hunspell in WebAssembly takes 1–3 s for Latvian on a busy box. */
const UNDERLINE_WITHIN_MS = 10_000;

let h: Harness;

beforeAll(async () => {
  h = await launch();
  // The rep writes English and Latvian (the options page's language list).
  const answer = await h.extensionPage.evaluate(() => chrome.runtime.sendMessage({ kind: 'set-languages', languages: ['en', 'lv'] }));
  expect(answer).toEqual({ kind: 'ok' });
}, 90_000);

afterAll(async () => {
  await h?.close();
});

const REPLY = 'Labdien, Anna! Mums ļoti žēl, ka tējkanna pienāca salauzta. Jaunā tējkanna jau ir ceļā, lūdzu pārbaudiiet pastkastīti nākamnedēļ.';

describe('Gmail, a Latvian reply to an English message', () => {
  it('is checked as Latvian, the popup says so, and pinning English there checks it as English', async () => {
    const page = await h.context.newPage();
    await page.goto(URLS.gmail);
    const editor = '.ip [g_editable]';
    await page.locator(editor).focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(REPLY, { delay: 2 });

    // The Latvian typo is underlined, and nothing else: the Latvian words are known to the Latvian dictionary.
    const lv = await waitFor(async () => {
      const u = (await highlights(page)).filter((x) => x.region === null);
      return u.some((x) => x.text === 'pārbaudiiet') ? u : null;
    }, UNDERLINE_WITHIN_MS);
    expect(lv?.filter((u) => u.category === 'spelling').map((u) => u.text)).toEqual(['pārbaudiiet']);
    // The card offers the Latvian word.
    const box = await page.evaluate((sel) => {
      const root = document.querySelector(sel)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('pārbaudiiet');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 2);
        r.setEnd(n, i + 3);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    }, editor);
    await page.mouse.click(box!.x, box!.y);
    await expect.poll(() => card(page).visible(), { timeout: 3000 }).toBe(true);
    expect(await card(page).texts('button[data-action=apply]')).toContain('pārbaudiet');
    await page.keyboard.press('Escape');

    // The popup: the detected language, and a select to pin another.
    await page.bringToFront();
    const tabId = await h.extensionPage.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('#language').textContent(), { timeout: 3000 }).toBe('Language: Latvian (detected)');
    expect(await popup.locator('#language-pin').inputValue()).toBe('');
    expect(await popup.locator('#spelling-note').isHidden()).toBe(true);

    await popup.locator('#language-pin').selectOption('en');
    await expect.poll(() => popup.locator('#language').textContent(), { timeout: 6000 }).toBe('Language: English (pinned)');
    // Checked as English now: the English dictionary does not know the Latvian words.
    const en = await waitFor(async () => {
      const u = await highlights(page);
      return u.some((x) => x.text === 'tējkanna' && x.category === 'spelling') ? u : null;
    }, UNDERLINE_WITHIN_MS);
    expect(en, 'Latvian words underlined by the English speller').not.toBeNull();

    // The pin lasts for the compose box, also after the browser stops the idle worker.
    await h.stopWorker();
    await page.bringToFront();
    await page.locator(editor).focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Sveiki. ', { delay: 2 });
    await expect
      .poll(async () => (await highlights(page)).some((x) => x.text === 'Sveiki' && x.category === 'spelling'), { timeout: 10_000 })
      .toBe(true);
    await popup.reload();
    await expect.poll(() => popup.locator('#language').textContent(), { timeout: 3000 }).toBe('Language: English (pinned)');
    expect(await popup.locator('#language-pin').inputValue()).toBe('en');

    // Back to automatic: Latvian again.
    await popup.locator('#language-pin').selectOption('');
    await expect.poll(() => popup.locator('#language').textContent(), { timeout: 6000 }).toBe('Language: Latvian (detected)');
    await expect
      .poll(async () => (await highlights(page)).filter((x) => x.category === 'spelling').map((x) => x.text), { timeout: 6000 })
      .toEqual(['pārbaudiiet']);
    await popup.close();
    await page.close();
  }, 30_000);
});
