// The built extension in Debian's Chromium, on local pages that reproduce the Gmail and Outlook compose boxes and a
// helpdesk textarea. One browser for the whole file (a 2-core machine): each test opens its own page.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createEngine } from '../../src/engine/engine';
import { loadSpeller } from '../../src/cli/dictionaries';
import { CARD, SUMMARY, URLS, highlights, launch, overlayUnderlines, waitFor, type Harness } from './harness';

const ROOT = new URL('../../', import.meta.url).pathname;
/** Underlines must appear within this long after the rep stops typing (debounce + check + drawing). */
const UNDERLINE_WITHIN_MS = 3000;

let h: Harness;
/** Whether the engine in this checkout flags "recieve" (the spelling rule may not be registered yet). */
let spellingFlagsRecieve = false;

beforeAll(async () => {
  execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  const engine = createEngine({ language: 'en', speller: await loadSpeller('en') });
  spellingFlagsRecieve = engine.check('We recieve it.').diagnostics.some((d) => d.actual === 'recieve');
  h = await launch();
}, 90_000);

afterAll(async () => {
  await h?.close();
});

async function openGmail(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(URLS.gmail);
  return page;
}

/** Puts the caret at the very start of the inline reply's body and types like a rep. */
async function typeInGmailReply(page: Page, text: string) {
  const editor = page.locator('.ip [g_editable]');
  await editor.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text, { delay: 5 });
}

/** Offset of the caret in the editor's text content. */
async function caretOffset(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const editor = document.querySelector(sel)!;
    const s = getSelection()!;
    const r = document.createRange();
    r.setStart(editor, 0);
    r.setEnd(s.anchorNode!, s.anchorOffset);
    return r.toString().length;
  }, selector);
}

/** Clicks the middle of the first occurrence of `word` in an element's own text. */
async function clickWord(page: Page, selector: string, word: string) {
  const box = await page.evaluate(
    ({ sel, word }) => {
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
    },
    { sel: selector, word },
  );
  if (!box) throw new Error(`"${word}" is not in ${selector}`);
  await page.mouse.click(box.x, box.y);
}

const REPLY =
  'Hi Anna, I am sorry the the kettle arrived broken. I have refunded the card 4111 1111 1111 1111 today';

describe('Gmail', () => {
  it('underlines the planted problems in the reply and nothing in the quote or the signature', async () => {
    const page = await openGmail();
    const text = spellingFlagsRecieve ? `${REPLY}. You will recieve it soon.` : `${REPLY}.`;
    await typeInGmailReply(page, text);
    const wanted = ['the the', '4111 1111 1111 1111', ...(spellingFlagsRecieve ? ['recieve'] : [])];
    const found = await waitFor(async () => {
      const u = await highlights(page);
      return wanted.every((w) => u.some((x) => x.text === w)) ? u : null;
    }, UNDERLINE_WITHIN_MS);
    expect(found, 'underlines for the planted problems').not.toBeNull();
    expect(found!.find((u) => u.text === 'the the')!.category).toBe('grammar');
    expect(found!.find((u) => u.text.startsWith('4111'))!.category).toBe('privacy');
    // The quote holds the same problems ("recieve", "the the", a card number): none of them is underlined.
    expect(found!.filter((u) => u.region !== null)).toEqual([]);
    await page.screenshot({ path: `${ROOT}docs/screenshots/gmail.png`, caret: 'initial' });
    await page.close();
  }, 30_000);

  it('applies a fix from the card: only that word changes, the caret stays, Ctrl+Z restores it, the DOM sees only the rep', async () => {
    const page = await openGmail();
    const editorSel = '.ip [g_editable]';
    await typeInGmailReply(page, REPLY);
    const caretWhileTyping = await caretOffset(page, editorSel);
    expect(await waitFor(async () => (await highlights(page)).some((u) => u.text === 'the the'), UNDERLINE_WITHIN_MS)).toBe(true);
    const before = await page.locator(editorSel).innerText();

    // From here on the rep types nothing: the editor must not change until a fix is accepted.
    await page.evaluate(() => ((window as unknown as { __mutations: unknown[] }).__mutations.length = 0));
    await page.waitForTimeout(800);
    await clickWord(page, editorSel, 'the the');
    const card = page.locator(CARD);
    await expect.poll(() => card.isVisible(), { timeout: 2000 }).toBe(true);
    expect(await card.locator('.msg').innerText()).toContain('written twice');
    await page.screenshot({ path: `${ROOT}docs/screenshots/card.png`, caret: 'initial' });
    expect(await page.evaluate(() => (window as unknown as { __mutations: unknown[] }).__mutations)).toEqual([]);

    await card.locator('button[data-action=apply]').first().click();
    await expect.poll(() => card.count()).toBe(0);
    const after = await page.locator(editorSel).innerText();
    expect(after).toBe(before.replace('the the kettle', 'the kettle'));
    // The caret is where the rep was typing (the end of the reply), moved back by the four characters removed.
    expect(await caretOffset(page, editorSel)).toBe(caretWhileTyping - 4);
    // The page saw the edit as an input event, like any other edit.
    const inputs = await page.evaluate(() => (window as unknown as { __inputs: { type: string }[] }).__inputs.slice(-1));
    expect(inputs[0]!.type).toBe('insertText');

    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(editorSel).innerText()).toBe(before);
    await page.close();
  }, 30_000);
});
