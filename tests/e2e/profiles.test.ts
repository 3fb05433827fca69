// Team profiles in real Chromium: a profile file imported on the options page is in force (its own rule flags text
// in Gmail, its locked rule cannot be turned off, on the options page or from a finding's card), export downloads
// the effective profile, and an invalid file is refused with its errors while the previous profile stays. Enterprise policy in the real browser is in
// managed-policy.test.ts (a policy file under /etc/chromium), and the fake storage.managed of
// tests/background/profile-sources.test.ts covers its edge cases.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { validateProfile } from '../../src/engine/profile/index';
import { URLS, card, highlights, launch, waitFor, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
}, 90_000);

afterAll(async () => {
  await h?.close();
});

const TEAM = {
  version: 1,
  name: 'HelioVPN Support (e2e)',
  rules: { 'grammar/repeated-word': { severity: 'error', locked: true } },
  words: ['HelioVPN'],
  customRules: [
    {
      id: 'tone/team-banned-phrases',
      kind: 'existence',
      message: '"{actual}" can sound dismissive to a customer; say it another way.',
      severity: 'warning',
      phrases: { en: ['calm down'] },
    },
  ],
};

const file = (name: string, content: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content, null, 2)),
});

async function options(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options/options.html`);
  await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).not.toBe('');
  return page;
}

describe('Team profile on the options page', () => {
  it('imports a profile file: it is in force, its rule flags text in Gmail, its locked rule stays on', async () => {
    const page = await options();
    expect(await page.locator('#profile-name').textContent()).toMatch(/^None/);
    await page.locator('#profile-file').setInputFiles(file('team.json', TEAM));
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).toBe(TEAM.name);
    expect(await page.locator('#profile-source').getAttribute('data-source')).toBe('file');
    expect(await page.locator('#profile-source').textContent()).toContain('team.json');
    expect(await page.locator('#profile-refreshed').textContent()).toMatch(/^received \S/);
    // The locked rule cannot be switched off here, and says why; the team's own rule is listed.
    const locked = page.locator('input[data-rule="grammar/repeated-word"]');
    expect(await locked.isDisabled()).toBe(true);
    expect(await locked.isChecked()).toBe(true);
    expect(await page.locator('tr[data-locked] .locked').first().textContent()).toContain('Locked by the team profile');
    expect(await page.locator('input[data-rule="tone/team-banned-phrases"]').count()).toBe(1);

    const gmail = await h.context.newPage();
    await gmail.goto(URLS.gmail);
    const editor = gmail.locator('.ip [g_editable]');
    await editor.focus();
    await gmail.keyboard.press('Control+Home');
    await gmail.keyboard.type('Hi Anna, please calm down, the the HelioVPN app is fine. ', { delay: 5 });
    const found = await waitFor(async () => {
      const u = await highlights(gmail);
      return u.some((x) => x.text === 'calm down') && u.some((x) => x.text === 'the the') ? u : null;
    }, 8000);
    expect(found, 'the team rule and the locked rule underline').not.toBeNull();
    expect(found!.find((x) => x.text === 'calm down')!.category).toBe('tone');
    // A team word is a known word.
    expect(found!.some((x) => x.text === 'HelioVPN')).toBe(false);

    // The card of a locked rule's finding offers no "Turn off this rule": it says the team sets it.
    const at = await gmail.evaluate(() => {
      const el = document.querySelector('.ip [g_editable]')!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('the the');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 1);
        r.setEnd(n, i + 2);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    });
    await gmail.mouse.click(at!.x, at!.y);
    await expect.poll(() => card(gmail).visible(), { timeout: 3000 }).toBe(true);
    expect(await card(gmail).text('.msg')).toMatch(/repeated|twice|the the/i);
    expect(await card(gmail).text('[data-note=team]')).toBe('Set by your team (locked)');
    expect(await card(gmail).count('button[data-action=disable-rule]')).toBe(0);
    await gmail.keyboard.press('Escape');

    // The team's own rule is not locked: its card still offers to turn it off.
    const calm = await gmail.evaluate(() => {
      const el = document.querySelector('.ip [g_editable]')!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('calm down');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i + 1);
        r.setEnd(n, i + 2);
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    });
    await gmail.mouse.click(calm!.x, calm!.y);
    await expect.poll(() => card(gmail).count('button[data-action=disable-rule]'), { timeout: 3000 }).toBe(1);
    expect(await card(gmail).count('[data-note=team]')).toBe(0);
    // Nothing was stored for the locked rule.
    expect(await page.evaluate(() => chrome.storage.local.get('rules').then((r) => r.rules ?? {}))).toEqual({});
    await gmail.close();
    await page.close();
  }, 40_000);

  it('exports the effective profile as a JSON download that validates', async () => {
    const page = await options();
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).toBe(TEAM.name);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#profile-export').click()]);
    expect(download.suggestedFilename()).toBe('replycheck-profile.json');
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    const v = validateProfile(exported);
    expect(v.ok, JSON.stringify(v)).toBe(true);
    expect(exported.name).toBe(TEAM.name);
    expect(exported.rules['grammar/repeated-word']).toEqual({ severity: 'error', locked: true });
    expect(exported.customRules.map((r: { id: string }) => r.id)).toEqual(['tone/team-banned-phrases']);
    expect(exported.words).toContain('HelioVPN');
    await page.close();
  }, 20_000);

  it('refuses an invalid file with each error and where it is; the previous profile stays in force', async () => {
    const page = await options();
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).toBe(TEAM.name);
    await page.locator('#profile-file').setInputFiles(
      file('broken.json', { version: 1, name: 'Broken', rules: { 'grammar/repeated-wrd': 'off' }, words: 'HelioVPN' }),
    );
    const problems = page.locator('#profile-import-result li');
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(2);
    const paths = await problems.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.path));
    expect(paths).toEqual(expect.arrayContaining(['/rules/grammar~1repeated-wrd', '/words']));
    expect(await page.locator('#profile-import-result').textContent()).toContain('"broken.json" was not imported');
    expect(await page.locator('#profile-name').textContent()).toBe(TEAM.name);

    // Not JSON at all: one error at the place the text breaks.
    await page.locator('#profile-file').setInputFiles(file('garbage.json', '{ "version": 1, '));
    await expect.poll(() => page.locator('#profile-import-result').textContent()).toContain('"garbage.json" was not imported');
    expect(await page.locator('#profile-import-result li').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#profile-name').textContent()).toBe(TEAM.name);
    await page.close();
  }, 20_000);

  it('refuses a profile address that is not HTTPS; removing the file leaves only the rep\'s settings', async () => {
    const page = await options();
    await page.locator('#profile-url').fill('http://profiles.example.com/team.json');
    await page.locator('#profile-url-form button[type=submit]').click();
    await expect.poll(() => page.locator('#profile-url-error').textContent()).toContain('https://');
    expect(await page.evaluate(() => chrome.storage.local.get('profileUrl').then((r) => r.profileUrl ?? null))).toBeNull();

    await page.locator('#profile-file-clear').click();
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).toMatch(/^None/);
    expect(await page.locator('input[data-rule="grammar/repeated-word"]').isDisabled()).toBe(false);
    await page.close();
  }, 20_000);

  it("applies the profile's languages and British English: the options page offers only its languages, Gmail flags \"color\"", async () => {
    const page = await options();
    await page.locator('#profile-file').setInputFiles(
      file('uk.json', { version: 1, name: 'UK team (e2e)', languages: ['en'], englishVariant: 'uk' }),
    );
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).toBe('UK team (e2e)');
    // Languages outside the team's cannot be chosen.
    await expect.poll(() => page.locator('#languages input[value=lv]').isDisabled(), { timeout: 5000 }).toBe(true);
    expect(await page.locator('#languages input[value=en]').isChecked()).toBe(true);
    expect(await page.locator('#languages label[data-team=outside]').count()).toBe(4);

    const gmail = await h.context.newPage();
    await gmail.goto(URLS.gmail);
    const editor = gmail.locator('.ip [g_editable]');
    await editor.focus();
    await gmail.keyboard.press('Control+Home');
    await gmail.keyboard.type('Hi Anna, the colour you chose is the same color as before. ', { delay: 5 });
    const found = await waitFor(async () => {
      const u = await highlights(gmail);
      return u.some((x) => x.text === 'color') ? u : null;
    }, 10_000);
    expect(found, 'the American spelling is underlined under a "uk" profile').not.toBeNull();
    expect(found!.find((x) => x.text === 'color')!.category).toBe('spelling');
    expect(found!.some((x) => x.text === 'colour')).toBe(false);
    await gmail.close();
    await page.locator('#profile-file-clear').click();
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).toMatch(/^None/);
    expect(await page.locator('#languages input[value=lv]').isDisabled()).toBe(false);
    await page.close();
  }, 40_000);
});
