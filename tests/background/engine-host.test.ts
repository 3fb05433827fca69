import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../../src/background/engine-host';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import type { Language } from '../../src/engine/types';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A host reading the repository's dictionaries the way the built extension lays them out; `broken` fail to read. */
function host(languages: Language[], broken: string[] = [], pinStore?: Parameters<typeof createEngineHost>[0]['pinStore']) {
  const reads: string[] = [];
  const path = (p: string) => join(ROOT, p);
  const fail = (p: string) => {
    reads.push(p);
    if (broken.some((b) => p.includes(b))) throw new Error(`cannot read ${p}`);
  };
  const h = createEngineHost({
    loadSettings: async (): Promise<Settings> => ({ ...structuredClone(DEFAULT_SETTINGS), languages }),
    async readPackagedBytes(p) {
      fail(p);
      return new Uint8Array(await readFile(path(p)));
    },
    pinStore,
  });
  return { h, reads };
}

const LATVIAN = 'Labdien, Anna!\n\nMums ļoti žēl, ka tējkanna pienāca salauzta. Jaunā tējkanna ir ceļā, un tā būs pie jums nākamnedēļ. Lūdzu, pārbaudiet pastkastīti.\n\nAr cieņu,\nMarko';

describe('the engine host', () => {
  it('checks a Latvian draft in Latvian with Latvian spelling, and in English once pinned', async () => {
    const { h, reads } = host(['en', 'lv']);
    const typo = LATVIAN.replace('pārbaudiet', 'pārbaudiiet');
    const lv = await h.check(typo, [], 'doc-1');
    expect(lv).toMatchObject({ language: 'lv', detected: true, spellingUnavailable: false });
    expect(lv.result.diagnostics.some((d) => d.category === 'spelling' && d.actual === 'pārbaudiiet')).toBe(true);
    expect(reads).toEqual(['dictionaries/lv/lv.aff', 'dictionaries/lv/lv.dic']);
    await h.pin('doc-1', 'en');
    expect(await h.check(typo, [], 'doc-1')).toMatchObject({ language: 'en', detected: false });
    // The pin belongs to that compose box only.
    expect((await h.check(typo, [], 'doc-2')).language).toBe('lv');
    await h.pin('doc-1', null);
    expect((await h.check(typo, [], 'doc-1')).language).toBe('lv');
  }, 30_000);

  it('checks without spelling when a dictionary cannot be loaded, says so, and does not retry on every check', async () => {
    const { h, reads } = host(['en', 'lv'], ['lv.dic']);
    const typo = LATVIAN.replace('pārbaudiet', 'pārbaudiiet');
    const first = await h.check(typo, [], 'doc');
    expect(first).toMatchObject({ language: 'lv', spellingUnavailable: true });
    expect(first.result.diagnostics.filter((d) => d.category === 'spelling')).toEqual([]);
    await h.check(typo + ' ', [], 'doc');
    expect(reads.filter((r) => r.endsWith('lv.dic'))).toHaveLength(1);
  }, 30_000);

  it('queues checks that arrive while the dictionary loads: one load, every check answered', async () => {
    const { h, reads } = host(['en', 'lv']);
    const all = await Promise.all([1, 2, 3].map((n) => h.check(LATVIAN + ' '.repeat(n), [], `d${n}`)));
    expect(all.map((c) => c.language)).toEqual(['lv', 'lv', 'lv']);
    expect(reads.filter((r) => r.endsWith('lv.dic'))).toHaveLength(1);
  }, 30_000);

  it('keeps pins across a worker restart through the pin store', async () => {
    let stored: [string, Language][] = [];
    const store = { load: async () => stored, save: async (p: [string, Language][]) => void (stored = p) };
    const first = host(['en', 'lv'], [], store).h;
    await first.pin('doc-1', 'en');
    expect(stored).toEqual([['doc-1', 'en']]);
    // A new worker: the pin is read back before the first check.
    const second = host(['en', 'lv'], [], store).h;
    expect(await second.pinned('doc-1')).toBe('en');
    expect((await second.check(LATVIAN, [], 'doc-1')).language).toBe('en');
    await second.forget('doc-1');
    expect(stored).toEqual([]);
  }, 30_000);

  it('passes the customer\'s message and the attachment count to the engine, and caches by them too', async () => {
    const { h } = host(['en']);
    const reply =
      'Hi Anna,\n\nThank you for your message. A new kettle will ship tomorrow, and I have attached the delivery note.\n\n' +
      'Is there anything else I can help with?\n\nBest regards,\nMarko';
    const customer = { text: 'Hello,\n\nThe kettle arrived broken. How much of the price will you refund?\n\nAnna', name: 'Anna Bērziņa' };
    const ids = async (context?: Parameters<typeof h.check>[3]) =>
      (await h.check(reply, [], 'doc', context)).result.diagnostics.map((d) => d.ruleId).filter((id) => id.startsWith('structure/'));
    expect(await ids()).toEqual([]);
    expect(await ids({ customer, attachments: 0 })).toEqual(
      expect.arrayContaining(['structure/unanswered-question', 'structure/missing-attachment']),
    );
    // Same text, other context: not the cached answer.
    expect(await ids({ customer, attachments: 1 })).not.toContain('structure/missing-attachment');
    expect(await ids({ customer: { ...customer, text: 'Hello,\n\nWhen will the new kettle ship?' }, attachments: 1 })).toEqual([]);
  }, 30_000);
});
