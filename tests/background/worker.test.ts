// The real worker (src/background/worker.ts) in Node behind a fake browser: what it answers and what it stores.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SCRIPT, fakeBrowser, OPTIONS_PAGE, type FakeBrowser } from './fake-browser';

const g = globalThis as { chrome?: unknown };

async function startWorker(local: Record<string, unknown>): Promise<FakeBrowser> {
  const fake = fakeBrowser(local);
  g.chrome = fake.chrome;
  vi.resetModules();
  await import('../../src/background/worker');
  return fake;
}

afterEach(() => {
  delete g.chrome;
});

const fileProfile = (profile: unknown) => ({
  profileState: { file: { lastGood: { profile, origin: 'team.json', receivedAt: '2026-12-01T10:00:00.000Z' }, errors: [] } },
});

describe('the worker and rules the team profile sets', () => {
  it('refuses to turn off a locked rule with a clear error and stores nothing; other rules still change', async () => {
    const fake = await startWorker(
      fileProfile({ version: 1, name: 'Team', rules: { 'grammar/repeated-word': { severity: 'error', locked: true } } }),
    );
    const refused = await fake.send({ kind: 'set-rule', ruleId: 'grammar/repeated-word', setting: 'off' }, CONTENT_SCRIPT);
    expect(refused).toEqual({ kind: 'error', message: expect.stringMatching(/"grammar\/repeated-word" is set by your team's profile and is locked/) });
    expect(fake.local.rules).toBeUndefined();
    // From the options page too, and for a severity change, not only "off".
    expect(await fake.send({ kind: 'set-rule', ruleId: 'grammar/repeated-word', setting: 'info' }, OPTIONS_PAGE)).toMatchObject({ kind: 'error' });
    expect(fake.local.rules).toBeUndefined();

    expect(await fake.send({ kind: 'set-rule', ruleId: 'style/passive-voice', setting: 'off' }, CONTENT_SCRIPT)).toEqual({ kind: 'ok' });
    expect(fake.local.rules).toEqual({ 'style/passive-voice': 'off' });
  });

  it('drops a setting stored before the lock when asked to go back to the default', async () => {
    const fake = await startWorker({
      ...fileProfile({ version: 1, rules: { 'grammar/repeated-word': { locked: true } } }),
      rules: { 'grammar/repeated-word': 'off' },
    });
    expect(await fake.send({ kind: 'set-rule', ruleId: 'grammar/repeated-word', setting: 'default' })).toEqual({ kind: 'ok' });
    expect(fake.local.rules).toEqual({});
  });

  it('refuses every rule change when the profile allows none', async () => {
    const fake = await startWorker(fileProfile({ version: 1, personal: { allowRuleChanges: false } }));
    const r = await fake.send({ kind: 'set-rule', ruleId: 'style/passive-voice', setting: 'off' }, CONTENT_SCRIPT);
    expect(r).toEqual({ kind: 'error', message: expect.stringContaining('does not allow changing rules') });
    expect(fake.local.rules).toBeUndefined();
  });

  it('lets the rep change any rule when no profile is in force', async () => {
    const fake = await startWorker({});
    expect(await fake.send({ kind: 'set-rule', ruleId: 'grammar/repeated-word', setting: 'off' }, CONTENT_SCRIPT)).toEqual({ kind: 'ok' });
    expect(fake.local.rules).toEqual({ 'grammar/repeated-word': 'off' });
  });
});
