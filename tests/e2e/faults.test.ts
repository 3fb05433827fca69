// Faults in real Chromium (issue #7): a compose box removed while its check is in flight, and the browser's storage
// for the extension full.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { URLS, card, clickWord, highlights, launch, waitFor, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
}, 90_000);

afterAll(async () => {
  await h?.close();
});

/** Errors the page or the content script raised: uncaught exceptions and console errors other than refused loads. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** The draft the worker last checked in the Gmail tab, as the popup asks for it (null: none held). */
async function lastDraftInGmailTab(): Promise<string | null> {
  return h.extensionPage.evaluate(async () => {
    // Without the "tabs" permission a tab's address is not readable: the Gmail page is the tab opened last.
    const tab = Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? -1));
    const r = await chrome.runtime.sendMessage({ kind: 'get-draft-language', tab });
    return r.doc as string | null;
  });
}

/** A long reply (about 10,000 characters) whose check keeps the worker busy for a while. */
const LONG = Array.from({ length: 120 }, (_, i) => `Paragraph ${i}: the refund for your order was sent today and should arrive soon. `).join('\n');

describe('a compose box removed while its check is in flight', () => {
  it('throws nothing in the page, leaves nothing behind, the worker forgets the draft, and the next box still works', async () => {
    const page = await h.context.newPage();
    const errors = recordErrors(page);
    await page.goto(URLS.gmail);
    const editor = page.locator('.ip [g_editable]');
    await editor.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi Anna, the the refund is done. ', { delay: 5 });
    expect(await waitFor(async () => (await highlights(page)).some((u) => u.text === 'the the'), 10_000)).toBe(true);
    expect(await lastDraftInGmailTab()).not.toBeNull();

    // A long paste, then the box goes (the rep discarded the reply) just after the pause that sends the check.
    await page.evaluate((text) => document.execCommand('insertText', false, text), LONG);
    await page.waitForTimeout(450);
    await page.evaluate(() => document.querySelector('.ip')!.remove());

    // The check's answer arrives for a box that is gone: nothing is drawn, nothing stays.
    await expect.poll(() => lastDraftInGmailTab(), { timeout: 30_000 }).toBeNull();
    await page.waitForTimeout(1500);
    expect(await highlights(page)).toEqual([]);
    expect(await page.locator('replycheck-underlines, replycheck-card, replycheck-send-summary').count()).toBe(0);
    expect(errors).toEqual([]);

    // The extension still works: a new compose box on the same page is checked.
    await page.locator('#compose-button').click();
    await page.locator('div[role=dialog] [g_editable]').focus();
    await page.keyboard.type('Hello Mark, your order is the the blue one', { delay: 5 });
    expect(await waitFor(async () => (await highlights(page)).some((u) => u.text === 'the the'), 10_000)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe("the browser's storage for ReplyCheck full", () => {
  it('refuses each change with a clear message, keeps what was saved, and works again once there is room', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options/options.html`);
    await options.locator('#new-word').fill('Matīss');
    await options.locator('#add-word-form button[type=submit]').click();
    await expect.poll(() => options.locator('#words li').count()).toBe(1);
    const stored = () => options.evaluate(() => chrome.storage.local.get(['words', 'rules']));
    const before = await stored();
    expect(before.words).toEqual(['Matīss']);

    // Fill storage.local (10 MB without unlimitedStorage) to the last byte: one big filler, then a small one as large
    // as still fits (Chromium counts each key and its JSON-encoded value).
    const filler = await options.evaluate(async () => {
      const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
      await chrome.storage.local.set({ filler: 'x'.repeat(free - 2000) });
      let lo = 0;
      let hi = 4000;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        try {
          await chrome.storage.local.set({ pad: 'x'.repeat(mid) });
          lo = mid;
        } catch {
          hi = mid - 1;
        }
      }
      await chrome.storage.local.set({ pad: 'x'.repeat(lo) });
      return free - 2000 + lo;
    });
    expect(filler).toBeGreaterThan(9_000_000);

    // A word: refused with the reason, the list and the storage as they were.
    await options.locator('#new-word').fill('zyxquor');
    await options.locator('#add-word-form button[type=submit]').click();
    await expect.poll(() => options.locator('#word-error').textContent()).toContain("the browser's storage for ReplyCheck is full");
    expect(await options.locator('#word-error').textContent()).toContain('Everything saved before is unchanged.');
    expect(await options.locator('#words li').count()).toBe(1);
    // A rule: the checkbox goes back and the page says why.
    const box = options.locator('input[data-rule="style/passive-voice"]');
    const wasChecked = await box.isChecked();
    await box.click();
    await expect.poll(() => options.locator('#save-error').textContent()).toContain("the browser's storage for ReplyCheck is full");
    await expect.poll(() => box.isChecked()).toBe(wasChecked);
    expect(await stored()).toEqual(before);

    // In Gmail, "Add to dictionary" on the card is not silently lost: the word's underline comes back.
    const gmail = await h.context.newPage();
    const errors = recordErrors(gmail);
    await gmail.goto(URLS.gmail);
    await gmail.locator('.ip [g_editable]').focus();
    await gmail.keyboard.press('Control+Home');
    await gmail.keyboard.type('Hi Anna, the zyxquor app is ready. ', { delay: 5 });
    expect(await waitFor(async () => (await highlights(gmail)).some((u) => u.text === 'zyxquor'), 10_000)).toBe(true);
    await clickWord(gmail, '.ip [g_editable]', 'zyxquor');
    const add = 'button[data-action=add-word]';
    await expect.poll(() => card(gmail).visible(add), { timeout: 3000 }).toBe(true);
    await card(gmail).click(add);
    expect(await waitFor(async () => (await highlights(gmail)).some((u) => u.text === 'zyxquor'), 10_000)).toBe(true);
    expect(await stored()).toEqual(before);
    expect(errors).toEqual([]);

    // Room again: the same word goes in.
    await options.evaluate(() => chrome.storage.local.remove(['filler', 'pad']));
    await options.locator('#new-word').fill('zyxquor');
    await options.locator('#add-word-form button[type=submit]').click();
    await expect.poll(() => options.locator('#words li').count()).toBe(2);
    expect((await stored()).words).toEqual(['Matīss', 'zyxquor']);
    expect(await waitFor(async () => !(await highlights(gmail)).some((u) => u.text === 'zyxquor'), 10_000)).toBe(true);
    await gmail.close();
    await options.close();
  }, 90_000);
});
