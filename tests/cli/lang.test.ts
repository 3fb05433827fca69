// `replycheck check --lang`: each reply is checked in the language of the rep's own paragraphs, and the language is
// reported in JSON and in the text summary. In-process through main(), like tests/cli/profile.test.ts.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fastUnlessSaid, runCli, scratchFolder } from '../helpers/cli';
import { main } from '../../src/cli/replycheck';

const scratch = scratchFolder('replycheck-lang-');
const file = scratch.file;

const run = (entry: (argv: string[]) => Promise<number>, ...argv: string[]) => runCli(entry, fastUnlessSaid(argv));

afterEach(() => vi.restoreAllMocks());
afterAll(() => scratch.remove());

type Json = {
  results: { file: string; language: string; score: number; diagnostics: { ruleId: string; actual?: string; range: [number, number] }[] }[];
};

// A short Latvian reply under a long English customer message: the quote outweighs the reply, so reading the whole
// text would say English. The reply says "Kā jau teicu" ("as I already said"), which only the Latvian rules know.
const CUSTOMER =
  'Hello, I ordered a pair of running shoes three weeks ago and they still have not arrived. The tracking page has ' +
  'said "in transit" for ten days now and nobody answers the phone. I would like to know where my parcel is, and if ' +
  'it is lost, I want a full refund as soon as possible. Thank you for looking into this.';
const LATVIAN_REPLY = file(
  'lv-quoting-en.txt',
  'Labdien, Anna!\n\nPaldies par vēstuli. Kā jau teicu, paku saņemsiet rīt, jo kurjers to jau ir paņēmis no noliktavas.\n\n' +
    'Vai varu vēl kā palīdzēt?\n\nAr cieņu,\nMārtiņš\n\n' +
    `On Mon, 3 Feb 2025 at 10:04, Anna Berzina <anna@example.com> wrote:\n> ${CUSTOMER}\n`,
);
const SLOVENIAN = file(
  'sl.txt',
  'Pozdravljeni,\n\nhvala za vaše sporočilo. Vaše naročilo smo danes poslali, prispelo bo v dveh do treh delovnih dneh.\n\n' +
    'Vam lahko še kako pomagam?\n\nLep pozdrav,\nMaja\n',
);
const CROATIAN = file(
  'hr.txt',
  'Poštovani,\n\nHvala Vam na poruci. Vaša narudžba je danas poslana i stići će za dva do tri radna dana.\n\n' +
    'Mogu li Vam još nečim pomoći?\n\nLijep pozdrav,\nMarko\n',
);
const FINNISH = file(
  'fi.txt',
  'Hei Matti,\n\nKiitos viestistäsi. Tilauksesi lähti tänään, ja se saapuu kahden tai kolmen arkipäivän kuluessa.\n\n' +
    'Voinko auttaa vielä jossakin muussa?\n\nYstävällisin terveisin\nLiisa\n',
);
const ENGLISH = file(
  'en.txt',
  'Hi Anna,\n\nThanks for your message. Your order went out today and should arrive within two to three working days.\n\n' +
    'Is there anything else I can help you with?\n\nBest regards,\nMark\n',
);

describe('replycheck check --lang auto', () => {
  it('checks a Latvian reply quoting an English message as Latvian', async () => {
    const r = await run(main, 'check', '--format', 'json', LATVIAN_REPLY);
    const result = (JSON.parse(r.stdout) as Json).results[0]!;
    expect(result.language).toBe('lv');
    // Latvian rules ran on the reply …
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.actual}`)).toContain('tone/lecturing Kā jau teicu');
    // … and nothing was read in the quoted English message.
    const quoteStart = (await import('node:fs')).readFileSync(LATVIAN_REPLY, 'utf8').indexOf('On Mon');
    expect(result.diagnostics.filter((d) => d.range[0] >= quoteStart)).toEqual([]);
  }, 60_000);

  it('detects each file on its own and says so in the text summary', async () => {
    const r = await run(main, 'check', '--format', 'json', SLOVENIAN, CROATIAN, FINNISH, ENGLISH);
    expect((JSON.parse(r.stdout) as Json).results.map((x) => x.language)).toEqual(['sl', 'hr', 'fi', 'en']);
    const text = await run(main, 'check', LATVIAN_REPLY);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`\\(${LATVIAN_REPLY}: lv \\(detected\\), \\d+/100\\)$`));
  }, 120_000);

  it("detects only among the profile's languages", async () => {
    const profile = file('lv-en.json', JSON.stringify({ version: 1, languages: ['lv', 'en'] }));
    const r = await run(main, 'check', '--profile', profile, '--format', 'json', LATVIAN_REPLY, ENGLISH, FINNISH);
    const languages = (JSON.parse(r.stdout) as Json).results.map((x) => x.language);
    expect(languages.slice(0, 2)).toEqual(['lv', 'en']);
    // A Finnish reply from a team that writes Latvian and English is checked in one of those.
    expect(['lv', 'en']).toContain(languages[2]);
  }, 120_000);
});

describe('replycheck check --lang <language>', () => {
  it('pins the language for every file, and the summary does not say "detected"', async () => {
    const r = await run(main, 'check', '--lang', 'sl', '--format', 'json', SLOVENIAN, ENGLISH);
    expect((JSON.parse(r.stdout) as Json).results.map((x) => x.language)).toEqual(['sl', 'sl']);
    const text = await run(main, 'check', '--lang', 'hr', CROATIAN);
    expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`\\(${CROATIAN}: hr, \\d+/100\\)$`));
  }, 120_000);

  it('accepts every language and refuses others with exit 2', async () => {
    for (const lang of ['en', 'lv', 'sl', 'hr', 'fi']) {
      const r = await run(main, 'check', '--lang', lang, '--format', 'json', ENGLISH);
      // Checked as Latvian, the English words are spelling errors: exit 1 is expected there.
      expect([0, 1], lang).toContain(r.code);
      expect((JSON.parse(r.stdout) as Json).results[0]!.language).toBe(lang);
    }
    expect(await run(main, 'check', '--lang', 'de', ENGLISH)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'replycheck: --lang must be auto, en, lv, sl, hr, fi; "de" is not one of them\n',
    });
  }, 120_000);
});

describe('a language without its spelling dictionary', () => {
  it('checks everything else and says once that spelling is missing', async () => {
    vi.resetModules();
    vi.doMock('../../src/cli/dictionaries', () => ({
      loadSpeller: async () => {
        throw new Error('no dictionary installed');
      },
    }));
    try {
      const { main: mocked } = await import('../../src/cli/replycheck');
      const second = file('lv-2.txt', 'Labdien!\n\nKā jau teicu, pasūtījums ir ceļā un pienāks rīt no rīta.\n\nAr cieņu,\nMārtiņš\n');
      const r = await run(mocked, 'check', '--lang', 'lv', '--format', 'json', LATVIAN_REPLY, second);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(
        'replycheck: note: spelling for lv is not available yet (no dictionary installed); the other checks still run\n',
      );
      const results = (JSON.parse(r.stdout) as Json).results;
      expect(results.flatMap((x) => x.diagnostics).filter((d) => d.ruleId.startsWith('spelling/'))).toEqual([]);
      expect(results[1]!.diagnostics.map((d) => `${d.ruleId} ${d.actual}`)).toContain('tone/lecturing Kā jau teicu');
    } finally {
      vi.doUnmock('../../src/cli/dictionaries');
      vi.resetModules();
    }
  }, 60_000);
});
