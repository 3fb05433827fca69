// `replycheck check --grammar deep|fast`: deep (the default) adds Harper's English grammar findings to the fast ones,
// as the extension shows them; fast leaves Harper out. In-process through main(), like tests/cli/lang.test.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli, scratchFolder } from '../helpers/cli';
import { main } from '../../src/cli/replycheck';

const scratch = scratchFolder('replycheck-grammar-');
const file = scratch.file;

const run = (...argv: string[]) => runCli(main, argv);

afterEach(() => vi.restoreAllMocks());
afterAll(() => scratch.remove());

type Json = { results: { diagnostics: { ruleId: string; severity: string; actual?: string }[] }[] };
const ids = (stdout: string) => (JSON.parse(stdout) as Json).results[0]!.diagnostics.map((d) => d.ruleId);

const REPLY = file(
  'reply.txt',
  'Hi Anna,\n\nThanks for your patience. He go to the warehouse on Mondays, so your parcel leaves then.\n\n' +
    'Is there anything else I can help you with?\n\nBest regards,\nTom\n',
);

describe('replycheck check --grammar', () => {
  it('runs Harper by default: a slip only Harper knows is reported with its rule id', async () => {
    const { code, stdout } = await run('check', REPLY, '--lang', 'en', '--format', 'json');
    expect(code).toBe(0);
    expect(ids(stdout)).toContain('grammar/harper-pronoun-verb-agreement');
  }, 60_000);

  it('prints the Harper finding in the text format at its line and column', async () => {
    const { stdout } = await run('check', REPLY, '--lang', 'en', '--grammar', 'deep');
    expect(stdout).toContain(`${REPLY}:3:30  warning  The form of the verb must agree`);
  }, 60_000);

  it('--grammar fast skips Harper', async () => {
    const { code, stdout } = await run('check', REPLY, '--lang', 'en', '--grammar', 'fast', '--format', 'json');
    expect(code).toBe(0);
    expect(ids(stdout).filter((id) => id.includes('/harper-'))).toEqual([]);
  });

  it("follows the profile's settings for Harper rules", async () => {
    const loud = file('loud.json', JSON.stringify({ version: 1, rules: { 'grammar/harper-pronoun-verb-agreement': 'error' } }));
    const off = file('off.json', JSON.stringify({ version: 1, rules: { 'grammar/harper-pronoun-verb-agreement': 'off' } }));
    const a = await run('check', REPLY, '--lang', 'en', '--profile', loud, '--format', 'json');
    expect(a.code).toBe(1); // an error-level finding now
    const b = await run('check', REPLY, '--lang', 'en', '--profile', off, '--format', 'json');
    expect(ids(b.stdout)).not.toContain('grammar/harper-pronoun-verb-agreement');
  }, 60_000);

  it('rejects anything but deep or fast, and --grammar on profile validate', async () => {
    const bad = await run('check', REPLY, '--grammar', 'slow');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--grammar must be deep or fast, not "slow"');
    const misplaced = await run('profile', 'validate', REPLY, '--grammar', 'fast');
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain('--grammar does not apply to "profile validate"');
  });
});

describe('the built command', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['build.mjs', '--cli-only'], { stdio: 'pipe' });
  }, 120_000);

  it("finds Harper's wasm from dist/cli and reports what only Harper catches", () => {
    const r = spawnSync(process.execPath, ['bin/replycheck.mjs', 'check', '--lang', 'en', REPLY], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('grammar/harper-pronoun-verb-agreement');
  }, 90_000);
});
