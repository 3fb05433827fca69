// Suggestions left for later: a check works out suggestion lists for only the first few new misspellings (fewer
// still on a fresh worker's first check), and the card asks the worker for the rest when it opens. In Debian's
// Chromium with the built extension, on the Gmail fixture.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine';
import { loadSpeller } from '../../src/cli/dictionaries';
import { SUGGESTIONS_PER_CHECK } from '../../src/engine/spelling/suggestions';
import { URLS, card, clickWord, highlights, launch, waitFor, type Harness } from './harness';

const EDITOR = '.ip [g_editable]';
// Twenty misspellings in one paste: far more than two checks' budgets, so the last one comes without suggestions.
const TYPOS = [
  'recieve', 'seperate', 'adress', 'accomodate', 'definately', 'occured', 'untill', 'beleive', 'tommorow', 'goverment',
  'existance', 'enviroment', 'neccessary', 'occassion', 'persue', 'reccomend', 'responsability', 'succesful', 'calender', 'acheive',
];
const LAST = 'acheive';
const REPLY = `Hi Anna, the notes say ${TYPOS.join(', ')} and nothing else. `;

let h: Harness;

beforeAll(async () => {
  h = await launch();
}, 90_000);

afterAll(async () => {
  await h?.close();
});

it('a check leaves the last of many misspellings without suggestions (the premise of the browser test)', async () => {
  const engine = createEngine({ language: 'en', speller: await loadSpeller('en') });
  const spelling = engine.check(REPLY).diagnostics.filter((d) => d.ruleId === 'spelling/unknown-word');
  expect(spelling.map((d) => d.actual)).toEqual(TYPOS);
  expect(TYPOS.length).toBeGreaterThan(2 * SUGGESTIONS_PER_CHECK);
  const last = spelling.at(-1)!;
  expect(last.suggestions).toEqual([]);
  expect(last.suggestionsPending).toBe(true);
});

it("the card of a misspelling beyond the budget fetches its suggestions; applying one works, Ctrl+Z undoes it", async () => {
  const page = await h.context.newPage();
  await page.goto(URLS.gmail);
  await page.locator(EDITOR).focus();
  await page.keyboard.press('Control+Home');
  // Pasted in one edit, so one check meets all twenty at once.
  await page.keyboard.insertText(REPLY);
  const underlined = await waitFor(async () => (await highlights(page)).some((u) => u.text === LAST), 10_000);
  expect(underlined, `"${LAST}" underlined`).toBe(true);
  const before = await page.locator(EDITOR).innerText();

  await clickWord(page, EDITOR, LAST);
  await expect.poll(() => card(page).visible(), { timeout: 3000 }).toBe(true);
  expect(await card(page).text('.msg')).toContain(`"${LAST}" looks misspelled.`);
  // "Looking for suggestions…" until the worker answers, then the fixes; the page is never blocked meanwhile.
  await expect.poll(() => card(page).count('button[data-action=apply]'), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(await card(page).count('.note')).toBe(0);
  const fixes = await card(page).texts('button[data-action=apply]');
  expect(fixes[0]).toBe('achieve');
  expect(await card(page).text('.was')).toBe(LAST);

  await card(page).click('button[data-action=apply]', { hasText: 'achieve' });
  await expect.poll(() => card(page).count()).toBe(0);
  await expect.poll(() => page.locator(EDITOR).innerText()).toBe(before.replace(LAST, 'achieve'));
  // Only that word changed.
  expect((await page.locator(EDITOR).innerText()).split(LAST).length).toBe(1);

  await page.keyboard.press('Control+z');
  await expect.poll(() => page.locator(EDITOR).innerText()).toBe(before);
  await page.close();
}, 60_000);

it('says "No suggestions" when the dictionary has none for a word left without', async () => {
  const page = await h.context.newPage();
  await page.goto(URLS.gmail);
  await page.locator(EDITOR).focus();
  await page.keyboard.press('Control+Home');
  const nonsense = 'qxzvbkwjq';
  await page.keyboard.insertText(`Hi Anna, the notes say ${TYPOS.slice(0, 12).map((w) => `${w}s`).join(', ')} and ${nonsense} too. `);
  expect(await waitFor(async () => (await highlights(page)).some((u) => u.text === nonsense), 10_000)).toBe(true);
  await clickWord(page, EDITOR, nonsense);
  await expect.poll(() => card(page).visible(), { timeout: 3000 }).toBe(true);
  await expect.poll(() => card(page).text('.note'), { timeout: 10_000 }).toBe('No suggestions');
  expect(await card(page).count('button[data-action=apply]')).toBe(0);
  await page.close();
}, 60_000);
