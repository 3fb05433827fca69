// `replycheck check --profile` and `replycheck profile validate`: output and exit codes, in-process through main()
// and once through the built command the way a team lead runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fastUnlessSaid, runCli, scratchFolder } from '../helpers/cli';
import { main } from '../../src/cli/replycheck';

const STRICT = 'examples/profiles/strict.json';
const RELAXED = 'examples/profiles/relaxed.json';
const scratch = scratchFolder('replycheck-cli-');
const file = scratch.file;

const BAD = file(
  'bad.json',
  JSON.stringify({ version: 1, rules: { 'tone/nope': 'off' }, words: [7], customRules: [{ id: 'style/x', kind: 'existence', message: 'm', phrases: { en: [{ pattern: '(' }] } }] }),
);
const REPLY = file('reply.txt', 'Hi Anna,\n\nThe the refund is done. Please reply ASAP.\n\nThanks,\nMatīss\n');

const run = (...argv: string[]) => runCli(main, fastUnlessSaid(argv));

afterEach(() => vi.restoreAllMocks());
afterAll(() => scratch.remove());

describe('replycheck profile validate', () => {
  it('prints "valid" and exits 0 for a good profile', async () => {
    expect(await run('profile', 'validate', STRICT)).toEqual({ code: 0, stdout: 'valid\n', stderr: '' });
  });

  it('prints every error with its path and exits 2 for a bad one', async () => {
    const r = await run('profile', 'validate', BAD);
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '/words/0: must be text in quotes, not the number 7',
      '/customRules/0/phrases/en/0/pattern: is not a valid regular expression: Unterminated group',
    ]);
    // The hint after the reason names the registered rules of that category, which grow with the registry.
    expect(lines[2]).toMatch(/^\/rules\/tone~1nope: there is no rule called "tone\/nope"; the tone rules are .*"tone\/lecturing"/);
    expect(lines).toHaveLength(3);
    expect(r.stderr).toBe(`replycheck: ${BAD} is not a valid profile (3 problems)\n`);
  });

  it('names each file when given several', async () => {
    const r = await run('profile', 'validate', STRICT, RELAXED, BAD);
    expect(r.code).toBe(2);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([`${STRICT}: valid`, `${RELAXED}: valid`, `${BAD}: /words/0: must be text in quotes, not the number 7`]);
  });

  it('reports JSON syntax errors with line and column', async () => {
    const r = await run('profile', 'validate', file('syntax.json', '{\n  "version": 1,\n}\n'));
    expect(r).toMatchObject({ code: 2, stdout: '/: is not valid JSON (line 2, column 15): JSON allows no comma after the last entry\n' });
  });

  it('writes JSON with --format json', async () => {
    const r = await run('profile', 'validate', '--format', 'json', STRICT, BAD);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { results: { file: string; valid: boolean; errors: { path: string }[] }[] };
    expect(out.results.map((x) => [x.file, x.valid, x.errors.length])).toEqual([
      [STRICT, true, 0],
      [BAD, false, 3],
    ]);
    expect(out.results[1]!.errors[0]).toEqual({ path: '/words/0', message: 'must be text in quotes, not the number 7' });
  });

  it.each([
    [['profile'], 'replycheck: no profile command given (try "replycheck profile validate FILE")\n'],
    [['profile', 'check', STRICT], 'replycheck: unknown profile command "check" (try "replycheck profile validate FILE")\n'],
    [['profile', 'validate'], 'replycheck: no profile given (try "replycheck profile validate team.json")\n'],
    [['profile', 'validate', '--lang', 'en', STRICT], 'replycheck: --lang does not apply to "profile validate"\n'],
    [['profile', 'validate', '--profile', STRICT, STRICT], 'replycheck: --profile does not apply to "profile validate"\n'],
    [['profile', 'validate', scratch.path('missing.json')], `replycheck: cannot read profile ${scratch.path('missing.json')}: no such file\n`],
  ])('exits 2 on bad usage: %j', async (argv, stderr) => {
    expect(await run(...argv)).toEqual({ code: 2, stdout: '', stderr });
  });
});

describe('replycheck check --profile', () => {
  type Json = { results: { file: string; language: string; score: number; diagnostics: { ruleId: string; severity: string; actual?: string }[] }[] };
  const findings = (stdout: string, prefix = '') =>
    (JSON.parse(stdout) as Json).results[0]!.diagnostics
      .filter((d) => d.ruleId.includes('/team-') || d.ruleId === 'grammar/repeated-word')
      .map((d) => `${d.severity} ${d.ruleId}${d.actual ? ` ${d.actual}` : ''}`)
      .filter((s) => s.startsWith(prefix));

  it('applies the profile: its own rules, its severities, its exit code', async () => {
    const strict = await run('check', '--profile', STRICT, '--format', 'json', REPLY);
    expect(strict.code).toBe(1);
    expect(findings(strict.stdout)).toEqual([
      'warning structure/team-sign-off',
      'warning structure/team-ticket-reference',
      'error grammar/repeated-word The the',
      'warning style/team-plain-words ASAP',
    ]);

    const relaxed = await run('check', '--profile', RELAXED, '--format', 'json', REPLY);
    expect(findings(relaxed.stdout)).toEqual(['warning grammar/repeated-word The the']);
  });

  it('keeps the text format and its exit codes', async () => {
    const r = await run('check', '--profile', STRICT, REPLY);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${REPLY}:3:38  warning  Our style: write "as soon as possible" rather than "ASAP".  style/team-plain-words\n`);
    expect(r.stdout).toContain(`${REPLY}:1:1  warning  End with the team sign-off, "The HelioVPN Support Team".  structure/team-sign-off\n`);
  });

  it('refuses an invalid profile with exit 2 and one line naming the first problem', async () => {
    const r = await run('check', '--profile', BAD, REPLY);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `replycheck: ${BAD} is not a valid profile: /words/0: must be text in quotes, not the number 7 (and 2 more; "replycheck profile validate ${BAD}" lists them all)\n`,
    });
  });

  it('refuses a profile it cannot read', async () => {
    const missing = scratch.path('nope.json');
    expect(await run('check', '--profile', missing, REPLY)).toEqual({
      code: 2,
      stdout: '',
      stderr: `replycheck: cannot read profile ${missing}: no such file\n`,
    });
  });

  it('checks in the profile\'s languages, and an explicit --lang outside them with a note', async () => {
    const latvian = file('lv.json', JSON.stringify({ version: 1, languages: ['lv'] }));
    // A profile with one language checks every reply in it, whatever the reply's own language.
    const only = await run('check', '--profile', latvian, '--format', 'json', REPLY);
    expect((JSON.parse(only.stdout) as Json).results[0]!.language).toBe('lv');
    expect(only.stderr).toBe('');
    const r = await run('check', '--profile', latvian, '--lang', 'en', '--format', 'json', REPLY);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Json).results[0]!.language).toBe('en');
    expect(r.stderr).toBe("replycheck: note: the profile's languages are lv; checking in en as --lang says\n");
  });

  it('lets a rep\'s words through spelling: the team words reach the engine', async () => {
    const team = file('words.json', JSON.stringify({ version: 1, words: ['Kalniņa', 'Zorblax'] }));
    const reply = file('words.txt', 'Hi Anna,\n\nZorblax and Kalniņa will call you tomorrow.\n\nThanks,\nIlze\n');
    const withWords = await run('check', '--profile', team, '--format', 'json', reply);
    const without = await run('check', '--format', 'json', reply);
    const spelled = (out: string) =>
      (JSON.parse(out) as Json).results[0]!.diagnostics.filter((d) => d.ruleId.startsWith('spelling/')).map((d) => d.actual);
    expect(spelled(withWords.stdout)).not.toContain('Zorblax');
    // Only meaningful once a spelling rule is in the registry; then the word must be flagged without the profile.
    if (spelled(without.stdout).length > 0) expect(spelled(without.stdout)).toContain('Zorblax');
  });
});

describe('the built command', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['build.mjs', '--cli-only'], { stdio: 'pipe' });
  }, 120_000);

  const cli = (...argv: string[]) => spawnSync(process.execPath, ['bin/replycheck.mjs', ...argv], { encoding: 'utf8' });

  it('validates a profile', () => {
    expect(cli('profile', 'validate', STRICT)).toMatchObject({ status: 0, stdout: 'valid\n', stderr: '' });
    const bad = cli('profile', 'validate', BAD);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toContain('/words/0: must be text in quotes, not the number 7\n');
  });

  it('checks under a profile', () => {
    const r = cli('check', '--profile', RELAXED, REPLY);
    expect(r.stdout).toContain('warning  "The" is written twice.  grammar/repeated-word');
    const bad = cli('check', '--profile', BAD, REPLY);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    // Two processes, the first loading Harper's wasm (deep grammar is the default): room for a loaded machine.
  }, 90_000);
});

describe("replycheck check --profile with the profile's englishVariant", () => {
  const BRITISH_REPLY = file('british.txt', 'Hi Anna,\n\nWe have cancelled the order and will organise a refund in your favourite colour.\n\nThanks,\nMatīss\n');
  const AMERICAN_REPLY = file('american.txt', 'Hi Anna,\n\nWe have canceled the order and will organize a refund in your favorite color.\n\nThanks,\nMatīss\n');
  const UK = file('uk.json', JSON.stringify({ version: 1, languages: ['en'], englishVariant: 'uk' }));
  const US = file('us.json', JSON.stringify({ version: 1, languages: ['en'], englishVariant: 'us' }));
  const spelling = async (...argv: string[]) => {
    const r = await run('check', '--format', 'json', ...argv);
    const [result] = JSON.parse(r.stdout).results as { diagnostics: { ruleId: string; actual: string; suggestions: { edit: { text: string } }[] }[] }[];
    return result!.diagnostics.filter((d) => d.ruleId === 'spelling/unknown-word');
  };

  it('"uk" accepts British spellings and flags American ones with the British fix', async () => {
    expect(await spelling('--profile', UK, BRITISH_REPLY)).toEqual([]);
    const found = await spelling('--profile', UK, AMERICAN_REPLY);
    expect(found.map((d) => d.actual).sort()).toEqual(['canceled', 'color', 'favorite']);
    expect(found.find((d) => d.actual === 'color')!.suggestions[0]!.edit.text).toBe('colour');
  }, 30_000);

  it('"us" flags British spellings; with no variant both are accepted', async () => {
    expect(await spelling('--profile', US, AMERICAN_REPLY)).toEqual([]);
    const found = await spelling('--profile', US, BRITISH_REPLY);
    expect(found.map((d) => d.actual).sort()).toEqual(['cancelled', 'colour', 'favourite', 'organise']);
    expect(await spelling(BRITISH_REPLY)).toEqual([]);
    expect(await spelling(AMERICAN_REPLY)).toEqual([]);
  }, 30_000);
});
