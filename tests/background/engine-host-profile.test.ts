// The engine host under a team profile: its languages limit what detection may choose and what the rep may pin, its
// englishVariant picks the English dictionary, and its locks travel with every result.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedLanguages, createEngineHost } from '../../src/background/engine-host';
import { resolveProfiles, type Profile } from '../../src/engine/profile/index';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import type { Language } from '../../src/engine/types';

const ROOT = new URL('../../', import.meta.url).pathname;

function host(languages: Language[], profile: Profile) {
  const reads: string[] = [];
  const path = (p: string) =>
    p.startsWith('dictionaries/en-gb/')
      ? join(ROOT, 'node_modules/dictionary-en-gb', p.slice('dictionaries/en-gb/'.length))
      : join(ROOT, p);
  const h = createEngineHost({
    loadSettings: async (): Promise<Settings> => ({ ...structuredClone(DEFAULT_SETTINGS), languages }),
    async readPackagedBytes(p) {
      reads.push(p);
      return new Uint8Array(await readFile(path(p)));
    },
    effectiveSettings: async (personal) => resolveProfiles({ file: { latest: profile }, personal }).settings,
  });
  return { h, reads };
}

const LATVIAN = 'Labdien, Anna!\n\nMums ļoti žēl, ka tējkanna pienāca salauzta. Jaunā tējkanna ir ceļā, un tā būs pie jums nākamnedēļ.\n\nAr cieņu,\nMarko';
const AMERICAN = 'Hi Anna,\n\nWe canceled the order; the color you chose is back in stock at the center.\n\nThanks,\nMarko';
const BRITISH = 'Hi Anna,\n\nWe cancelled the order; the colour you chose is back in stock at the centre.\n\nThanks,\nMarko';

describe('the engine host under a team profile', () => {
  it("limits detection to the team's languages: a Latvian draft is checked in English when the team writes only English", async () => {
    const free = host(['en', 'lv'], { version: 1 });
    expect((await free.h.check(LATVIAN, [], 'd')).language).toBe('lv');
    const team = host(['en', 'lv'], { version: 1, languages: ['en'] });
    expect(await team.h.check(LATVIAN, [], 'd')).toMatchObject({ language: 'en', detected: false });
    expect(await team.h.languages()).toEqual(['en']);
    expect(await team.h.teamLanguages()).toEqual(['en']);
    // A pin outside the team's languages (set before the profile arrived) is not obeyed.
    await team.h.pin('d', 'lv');
    expect((await team.h.check(LATVIAN, [], 'd')).language).toBe('en');
    expect(team.reads.some((r) => r.includes('/lv/'))).toBe(false);
  }, 30_000);

  it("takes the team's languages when the rep enabled none of them", () => {
    expect(allowedLanguages(['en'], ['lv', 'fi'])).toEqual(['lv', 'fi']);
    expect(allowedLanguages(['fi', 'en', 'lv'], ['lv', 'en'])).toEqual(['en', 'lv']);
    expect(allowedLanguages(['lv', 'en'], null)).toEqual(['lv', 'en']);
  });

  it('"uk" checks English with the en-GB dictionary, "us" with the American one and no British forms', async () => {
    const spelled = async (profile: Profile, text: string) => {
      const { h, reads } = host(['en'], profile);
      const r = await h.check(text, [], 'd');
      return { words: r.result.diagnostics.filter((d) => d.category === 'spelling').map((d) => d.actual), reads };
    };
    const uk = await spelled({ version: 1, englishVariant: 'uk' }, AMERICAN);
    expect(uk.words.sort()).toEqual(['canceled', 'center', 'color']);
    expect(uk.reads).toEqual(['dictionaries/en-gb/index.aff', 'dictionaries/en-gb/index.dic']);
    expect((await spelled({ version: 1, englishVariant: 'uk' }, BRITISH)).words).toEqual([]);
    const us = await spelled({ version: 1, englishVariant: 'us' }, BRITISH);
    expect(us.words.sort()).toEqual(['cancelled', 'centre', 'colour']);
    expect(us.reads).toEqual(['dictionaries/en/en.dawg', 'dictionaries/en/en.json']);
    expect((await spelled({ version: 1 }, BRITISH)).words).toEqual([]);
  }, 30_000);

  it('says with every result which rules the rep may not change, also from its cache', async () => {
    const { h } = host(['en'], { version: 1, rules: { 'grammar/repeated-word': { locked: true }, 'style/passive-voice': 'off' } });
    const first = await h.check('Hi Anna, the the order is here.', [], 'd');
    expect(first.locks).toEqual({ all: false, rules: ['grammar/repeated-word'] });
    expect((await h.check('Hi Anna, the the order is here.', [], 'd')).locks).toEqual(first.locks);
    const none = host(['en'], { version: 1, personal: { allowRuleChanges: false } });
    expect((await none.h.check('Hi Anna.', [], 'd')).locks).toEqual({ all: true, rules: [] });
  }, 30_000);
});
