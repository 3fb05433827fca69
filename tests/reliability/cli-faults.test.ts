// The command line when things go wrong: a dictionary that will not load, and a file longer than the engine checks.
// Run in-process through main(), with the dictionary loader replaced so it can be made to fail.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fastUnlessSaid, runCli, scratchFolder } from '../helpers/cli';
import { MAX_CHECKED_LENGTH } from '../../src/engine/engine';

const loader = vi.hoisted(() => ({ fail: null as Error | null }));
vi.mock('../../src/cli/dictionaries', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/cli/dictionaries')>();
  return {
    ...real,
    loadSpeller: async (...args: Parameters<typeof real.loadSpeller>) => {
      if (loader.fail) throw loader.fail;
      return real.loadSpeller(...args);
    },
  };
});

const { main } = await import('../../src/cli/replycheck');

const scratch = scratchFolder('replycheck-faults-');
const file = scratch.file;

const run = (...argv: string[]) => runCli(main, fastUnlessSaid(argv));

afterEach(() => {
  loader.fail = null;
  vi.restoreAllMocks();
});
afterAll(() => scratch.remove());

const REPLY = file('reply.txt', 'Hi Anna,\n\nThe the refund was sent. I recieve your note.\n\nIs there anything else I can help with?\n\nBest regards,\nMark\n');

describe('replycheck check with a dictionary that fails to load', () => {
  it('checks everything else and says on stderr, once, that spelling is unavailable', async () => {
    loader.fail = new Error('index.dic: unexpected end of file');
    const r = await run('check', '--lang', 'en', REPLY, REPLY);
    expect(r.stdout).toContain('grammar/repeated-word');
    expect(r.stdout).not.toContain('spelling/unknown-word');
    const notes = r.stderr.trimEnd().split('\n');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/spelling.*not available.*unexpected end of file/);
    // The exit status still follows the findings that were made: "The the" is an error.
    expect(r.code).toBe(1);
  });

  it('with the dictionary loading, the same reply gets its spelling finding and no note', async () => {
    const r = await run('check', '--lang', 'en', REPLY);
    expect(r.stdout).toContain('spelling/unknown-word');
    expect(r.stderr).toBe('');
  });
});

describe('replycheck check on a file longer than the engine checks', () => {
  const long = file('long.txt', `Hi Anna,\n\n${'The order ships today and arrives on Thursday.\n'.repeat(Math.ceil((MAX_CHECKED_LENGTH + 5_000) / 47))}`);

  it('says in text mode, on stderr, how much was checked', async () => {
    const r = await run('check', '--lang', 'en', long);
    expect(r.stderr).toMatch(/long\.txt is too long to check whole; only its first [\d,]+ characters \(to line \d+\) were checked/);
  });

  it('carries it in JSON', async () => {
    const r = await run('check', '--lang', 'en', '--format', 'json', long);
    const [result] = JSON.parse(r.stdout).results;
    expect(result.truncated.checkedLength).toBeLessThanOrEqual(MAX_CHECKED_LENGTH);
  });

  it('says nothing for a reply that fits', async () => {
    expect((await run('check', '--lang', 'en', REPLY)).stderr).toBe('');
  });
});
