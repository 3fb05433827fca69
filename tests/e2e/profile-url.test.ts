// A team profile from an HTTPS address, in real Chromium: the options page subscribes, the profile served by the
// test's route handler comes into force, and when the server later answers garbage or never answers, the last good
// copy stays with a clear message.
//
// Subscribing asks the browser for access to that one origin (permissions.request, inside the click). Headless
// Chromium shows that prompt where nobody can answer it: the request stays pending (measured: still pending after
// 5 s, with or without a user gesture), and the page waits for the answer. So this test's copy of the extension
// has the profile's origin granted up front (host_permissions), as the harness does for the helpdesk site: a
// request for an origin already granted resolves true at once, without a prompt, exactly as after a rep says yes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { URLS, highlights, launch, waitFor, type Harness } from './harness';

const ADDRESS = 'https://profiles.example.com/team/replycheck.json';
const TEAM = {
  version: 1,
  name: 'Profile address team (e2e)',
  customRules: [
    { id: 'tone/team-banned-phrases', kind: 'existence', message: 'Say "{actual}" another way.', phrases: { en: ['calm down'] } },
  ],
};

let h: Harness;
/** What the profile server does with the next request. */
let serve: 'good' | 'garbage' | 'hang' = 'good';
const served: string[] = [];
const hanging: Route[] = [];

beforeAll(async () => {
  h = await launch({ manifest: (m) => void (m.host_permissions as string[]).push('https://profiles.example.com/*') });
  await h.context.route('https://profiles.example.com/**', async (route) => {
    served.push(`${serve} ${route.request().url()}`);
    if (serve === 'hang') {
      hanging.push(route);
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      // No CORS header: the granted host permission is what lets the extension read it.
      body: serve === 'good' ? JSON.stringify(TEAM) : '<html><body>502 Bad Gateway</body></html>',
    });
  });
}, 90_000);

afterAll(async () => {
  for (const r of hanging) await r.abort().catch(() => {});
  await h?.close();
});

async function subscribe(page: Page, url: string) {
  await page.locator('#profile-url').fill(url);
  await page.locator('#profile-url-form button[type=submit]').click();
}

describe('a team profile from a profile address, in real Chromium', () => {
  it('subscribes on the options page: the served profile comes into force and its rule runs in Gmail', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options/options.html`);
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).toMatch(/^None/);
    await subscribe(page, ADDRESS);
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 15_000 }).toBe(TEAM.name);
    expect(await page.locator('#profile-source').getAttribute('data-source')).toBe('url');
    expect(await page.locator('#profile-source').textContent()).toContain(ADDRESS);
    expect(await page.locator('#profile-url-error').textContent()).toBe('');
    expect(served).toEqual([`good ${ADDRESS}`]);

    const gmail = await h.context.newPage();
    await gmail.goto(URLS.gmail);
    await gmail.locator('.ip [g_editable]').focus();
    await gmail.keyboard.press('Control+Home');
    await gmail.keyboard.type('Hi Anna, please calm down, the order is on its way. ', { delay: 5 });
    expect(await waitFor(async () => (await highlights(gmail)).some((u) => u.text === 'calm down'), 10_000)).toBe(true);
    await gmail.close();
    await page.close();
  }, 60_000);

  it('keeps the last good copy when the server answers garbage, and says so on the options page', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options/options.html`);
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).toBe(TEAM.name);
    serve = 'garbage';
    await subscribe(page, ADDRESS); // subscribing again downloads it again
    const problem = page.locator('#profile-problems [data-source=url]');
    await expect.poll(() => problem.count(), { timeout: 15_000 }).toBe(1);
    expect(await problem.locator('p').textContent()).toBe('The profile from a profile address was rejected. Its last good copy stays in force.');
    expect(await problem.locator('li').textContent()).toContain('is not valid JSON (line 1, column 1)');
    expect(await page.locator('#profile-name').textContent()).toBe(TEAM.name);
    expect(await page.locator('#profile-source').getAttribute('data-source')).toBe('url');
    expect(served.at(-1)).toBe(`garbage ${ADDRESS}`);
    await page.close();
  }, 40_000);

  it('keeps the last good copy when the server never answers: the download gives up after 10 s and says so', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options/options.html`);
    await expect.poll(() => page.locator('#profile-name').textContent(), { timeout: 5000 }).toBe(TEAM.name);
    serve = 'hang';
    await subscribe(page, ADDRESS);
    const problem = page.locator('#profile-problems [data-source=url]');
    await expect
      .poll(() => problem.locator('li').textContent().catch(() => ''), { timeout: 20_000 })
      .toContain('The profile did not download within 10 seconds.');
    expect(await problem.locator('p').textContent()).toContain('Its last good copy stays in force.');
    expect(await page.locator('#profile-name').textContent()).toBe(TEAM.name);
    expect(hanging.length).toBeGreaterThanOrEqual(1);

    // The team's rule still runs in Gmail from the kept copy.
    const gmail = await h.context.newPage();
    await gmail.goto(URLS.gmail);
    await gmail.locator('.ip [g_editable]').focus();
    await gmail.keyboard.press('Control+Home');
    await gmail.keyboard.type('Hi Anna, please calm down. ', { delay: 5 });
    expect(await waitFor(async () => (await highlights(gmail)).some((u) => u.text === 'calm down'), 10_000)).toBe(true);
    await gmail.close();
    await page.close();
  }, 60_000);
});
