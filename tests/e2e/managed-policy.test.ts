// Enterprise policy in the real browser: Chromium on Linux reads machine policy from /etc/chromium/policies/managed/,
// and an extension's own policy (what storage.managed returns) sits under "3rdparty" → "extensions" → its id. The
// test gives its copy of the extension a manifest "key" of its own, generated here, so the id is known before launch
// and belongs to this test alone: the policy file it writes names only that id, so other Chromium runs on the machine
// (other test files, in parallel) load it and find nothing for their extension. The file is removed afterwards, and
// the folders too when this test made them. Needs root (or a writable /etc/chromium).
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { URLS, card, clickWord, highlights, launch, waitFor, type Harness } from './harness';

const POLICY_DIRS = ['/etc/chromium', '/etc/chromium/policies', '/etc/chromium/policies/managed'];

/** A manifest key and the extension id Chromium derives from it (SHA-256 of the key, first 16 bytes, as a–p). */
function extensionKey(): { key: string; id: string } {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return { key: der.toString('base64'), id: [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('') };
}

const { key, id } = extensionKey();
const POLICY_FILE = `/etc/chromium/policies/managed/replycheck-e2e-${id}.json`;
const made: string[] = [];

const TEAM = {
  version: 1,
  name: 'Policy team (e2e)',
  rules: { 'grammar/repeated-word': { severity: 'error', locked: true } },
  customRules: [
    { id: 'tone/team-banned-phrases', kind: 'existence', message: 'Say "{actual}" another way.', phrases: { en: ['calm down'] } },
  ],
};

async function writePolicy(policy: Record<string, unknown>) {
  // Written whole to a temporary name and renamed would be atomic; Chromium waits for the folder to settle anyway.
  await writeFile(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
}

let h: Harness;

beforeAll(async () => {
  for (const dir of POLICY_DIRS) {
    if (existsSync(dir)) continue;
    await mkdir(dir);
    made.unshift(dir);
  }
  await writePolicy({ profile: JSON.stringify(TEAM) });
  h = await launch({ manifest: (m) => void (m.key = key) });
}, 90_000);

afterAll(async () => {
  await h?.close();
  await rm(POLICY_FILE, { force: true });
  for (const dir of made) if ((await readdir(dir)).length === 0) await rmdir(dir);
});

async function options(): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/options/options.html`);
  return page;
}

describe('a team profile pushed by enterprise policy, in real Chromium', () => {
  it('is read from the policy file: in force on the options page, its rules run in Gmail, its lock holds on the card', async () => {
    expect(h.extensionId).toBe(id);
    const page = await options();
    // What the browser itself hands the extension.
    const managed = await page.evaluate(() => chrome.storage.managed.get('profile'));
    expect(JSON.parse(managed.profile as string).name).toBe(TEAM.name);
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 10_000 }).toBe(TEAM.name);
    expect(await page.locator('#profile-source').getAttribute('data-source')).toBe('managed');
    expect(await page.locator('#profile-source').textContent()).toBe("your company's browser policy");
    expect(await page.locator('input[data-rule="grammar/repeated-word"]').isDisabled()).toBe(true);

    const gmail = await h.context.newPage();
    await gmail.goto(URLS.gmail);
    await gmail.locator('.ip [g_editable]').focus();
    await gmail.keyboard.press('Control+Home');
    await gmail.keyboard.type('Hi Anna, please calm down, the the order is on its way. ', { delay: 5 });
    const found = await waitFor(async () => {
      const u = await highlights(gmail);
      return u.some((x) => x.text === 'calm down') && u.some((x) => x.text === 'the the') ? u : null;
    }, 10_000);
    expect(found, "the policy's own rule and its locked rule underline").not.toBeNull();
    await clickWord(gmail, '.ip [g_editable]', 'the the');
    await expect.poll(() => card(gmail).visible(), { timeout: 3000 }).toBe(true);
    expect(await card(gmail).text('[data-note=team]')).toBe('Set by your team (locked)');
    expect(await card(gmail).count('button[data-action=disable-rule]')).toBe(0);
    await gmail.close();
    await page.close();
  }, 60_000);

  it('an invalid policy profile is refused with its errors and the last good one stays in force', async () => {
    const page = await options();
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 10_000 }).toBe(TEAM.name);
    await writePolicy({ profile: JSON.stringify({ version: 1, name: 'Broken policy', rules: { 'grammar/repeated-wrd': 'off' } }) });
    // Chromium notices the changed file once its folder has been quiet a few seconds, then storage.managed changes.
    await expect
      .poll(() => page.evaluate(() => chrome.storage.managed.get('profile').then((r) => String(r.profile))), { timeout: 30_000, interval: 500 })
      .toContain('Broken policy');
    const problems = page.locator('#profile-problems [data-source=managed] li');
    await expect.poll(() => problems.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    expect(await problems.first().getAttribute('data-path')).toBe('/rules/grammar~1repeated-wrd');
    expect(await page.locator('#profile-problems [data-source=managed]').textContent()).toContain('Its last good copy stays in force.');
    expect(await page.locator('#profile-name').textContent()).toBe(TEAM.name);
    expect(await page.locator('#profile-source').getAttribute('data-source')).toBe('managed');
    await page.close();
  }, 60_000);
});
