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

describe('the worker when storage is full', () => {
  it('says so in plain words and keeps every word and rule saved before', async () => {
    const fake = await startWorker({ words: ['Matīss'], rules: { 'style/passive-voice': 'off' }, settingsVersion: 1 });
    fake.failWrites = 'QUOTA_BYTES quota exceeded';
    const added = await fake.send({ kind: 'add-word', word: 'HelioVPN' }, CONTENT_SCRIPT);
    expect(added).toEqual({ kind: 'error', message: expect.stringContaining("the browser's storage for ReplyCheck is full") });
    expect((added as { message: string }).message).toContain('Everything saved before is unchanged.');
    expect(await fake.send({ kind: 'set-rule', ruleId: 'grammar/repeated-word', setting: 'off' })).toMatchObject({ kind: 'error' });
    expect(await fake.send({ kind: 'set-languages', languages: ['en', 'lv'] })).toMatchObject({ kind: 'error' });
    expect(fake.local).toMatchObject({ words: ['Matīss'], rules: { 'style/passive-voice': 'off' } });
    expect(fake.local.languages).toBeUndefined();
    // Space again: the same change goes through, and the earlier failure left nothing half written.
    fake.failWrites = null;
    expect(await fake.send({ kind: 'add-word', word: 'HelioVPN' }, CONTENT_SCRIPT)).toEqual({ kind: 'ok' });
    expect(fake.local.words).toEqual(['Matīss', 'HelioVPN']);
  });
});

describe('the worker when a compose box leaves the page during its check', () => {
  it("answers the check but keeps neither the draft nor the tab's last draft", async () => {
    const fake = await startWorker({});
    const tab = { ...CONTENT_SCRIPT, tab: { id: 11 } };
    const text = 'Hi Anna,\n\nThe the order is on its way.\n\nThanks,\nMarko';
    const checking = fake.send({ kind: 'check', doc: 'gone', version: 1, text, hints: [] }, tab);
    const forgot = fake.send({ kind: 'forget', doc: 'gone' }, tab);
    expect(await forgot).toEqual({ kind: 'ok' });
    expect(await checking).toMatchObject({ kind: 'result', doc: 'gone', version: 1 });
    // Nothing of it is held: a delta on top of it is answered with "resync", and the popup sees no draft in the tab.
    expect(await fake.send({ kind: 'check', doc: 'gone', version: 2, base: 1, delta: { from: 0, to: 0, text: 'x' }, hints: [] }, tab)).toEqual({
      kind: 'resync',
      doc: 'gone',
    });
    expect(await fake.send({ kind: 'get-draft-language', tab: 11 })).toMatchObject({ kind: 'draft-language', doc: null });

    // A box that stays is remembered, and forgotten when it goes.
    await fake.send({ kind: 'check', doc: 'kept', version: 1, text, hints: [] }, tab);
    expect(await fake.send({ kind: 'get-draft-language', tab: 11 })).toMatchObject({ doc: 'kept' });
    await fake.send({ kind: 'forget', doc: 'kept' }, tab);
    expect(await fake.send({ kind: 'get-draft-language', tab: 11 })).toMatchObject({ doc: null });
  }, 30_000);
});
