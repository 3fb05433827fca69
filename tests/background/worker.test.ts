// The real worker (src/background/worker.ts) in Node behind a fake browser: what it answers and what it stores.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { CONTENT_SCRIPT, fakeBrowser, OPTIONS_PAGE, type FakeBrowser } from './fake-browser';
import type { CheckResult } from '../../src/engine/types';
import { SUGGESTIONS_FIRST_CHECK, SUGGESTIONS_PER_CHECK } from '../../src/engine/spelling/suggestions';

type CheckAnswer = { kind: string; result: CheckResult };

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

describe("the worker completing a finding's suggestions ('suggest')", () => {
  /** The packaged files read from this repository, as the extension reads them from its own folder. */
  function servePackage() {
    vi.stubGlobal('fetch', async (url: string) => {
      const path = String(url).replace(/^chrome-extension:\/\/[^/]+\//, '');
      const bytes = await readFile(path);
      return new Response(bytes);
    });
  }
  afterEach(() => vi.unstubAllGlobals());

  it('answers with the suggestions a check left pending, with the team words, and the next check has them', async () => {
    servePackage();
    const fake = await startWorker({ words: ['Zorvex'] });
    // More new misspellings than a check works out suggestions for: the last ones come back pending.
    const typos = ['recieve', 'seperate', 'adress', 'accomodate', 'definately', 'occured', 'untill', 'beleive', 'tommorow', 'acheive'];
    const text = `Hi Anna,\n\n${typos.map((w) => `We ${w} it.`).join(' ')} Your zorvez is ready.\n\nThanks,\nMarko`;
    const first = (await fake.send({ kind: 'check', doc: 'd1', version: 3, text, hints: [] }, CONTENT_SCRIPT)) as CheckAnswer;
    expect(first.kind).toBe('result');
    const spelling = first.result.diagnostics.filter((d) => d.ruleId === 'spelling/unknown-word');
    expect(spelling.map((d) => d.actual)).toEqual([...typos, 'zorvez']);
    // The worker's first check with a language works out only a couple of lists: the rep is waiting on it.
    const pending = spelling.filter((d) => d.suggestionsPending);
    expect(pending).toHaveLength(spelling.length - SUGGESTIONS_FIRST_CHECK);
    expect(pending.every((d) => d.suggestions.length === 0)).toBe(true);
    expect(pending.at(-1)!.actual).toBe('zorvez');

    const answer = await fake.send({ kind: 'suggest', doc: 'd1', version: 3, word: 'zorvez', language: 'en' }, CONTENT_SCRIPT);
    expect(answer).toMatchObject({ kind: 'suggestions', doc: 'd1', version: 3, word: 'zorvez' });
    expect((answer as { suggestions: string[] }).suggestions[0]).toBe('Zorvex');
    expect(await fake.send({ kind: 'suggest', doc: 'd1', version: 3, word: 'Acheive', language: 'en' }, CONTENT_SCRIPT)).toMatchObject({
      suggestions: expect.arrayContaining(['Achieve']),
    });

    // The next check (the rep typed on) finds them cached, and works out a full budget's worth of the rest.
    const next = (await fake.send({ kind: 'check', doc: 'd1', version: 4, text: `${text}\nOK`, hints: [] }, CONTENT_SCRIPT)) as CheckAnswer;
    const zorvez = next.result.diagnostics.find((d) => d.actual === 'zorvez')!;
    expect(zorvez.suggestionsPending).toBeUndefined();
    expect(zorvez.suggestions[0]!.label).toBe('Zorvex');
    expect(next.result.diagnostics.filter((d) => d.suggestionsPending).length).toBeLessThanOrEqual(
      Math.max(0, pending.length - 1 - SUGGESTIONS_PER_CHECK),
    );
  }, 30_000);

  it('refuses a bad request and a language drafts are not checked in, and stays up', async () => {
    servePackage();
    const fake = await startWorker({});
    expect(await fake.send({ kind: 'suggest', doc: 'd1', version: 1, word: 'two words', language: 'en' }, CONTENT_SCRIPT)).toMatchObject({ kind: 'error' });
    expect(await fake.send({ kind: 'suggest', doc: 'd1', version: 1, word: 'x'.repeat(101), language: 'en' }, CONTENT_SCRIPT)).toMatchObject({ kind: 'error' });
    expect(await fake.send({ kind: 'suggest', doc: 'd1', version: 1, word: 'recieve', language: 'xx' }, CONTENT_SCRIPT)).toMatchObject({ kind: 'error' });
    expect(await fake.send({ kind: 'suggest', doc: 'd1', version: 1, word: 'labdein', language: 'lv' }, CONTENT_SCRIPT)).toEqual({
      kind: 'error',
      message: 'Drafts are not checked in "lv" here.',
    });
    expect(await fake.send({ kind: 'suggest', doc: 'd1', version: 1, word: 'recieve', language: 'en' }, CONTENT_SCRIPT)).toMatchObject({
      kind: 'suggestions',
      suggestions: expect.arrayContaining(['receive']),
    });
  }, 30_000);
});
