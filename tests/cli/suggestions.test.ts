// `replycheck check --format json` gives every misspelling its suggestions: the CLI is not interactive, so nothing is
// left "pending" for a card to ask for later, as the extension's checks do beyond their budget.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fastUnlessSaid, runCli, scratchFolder } from '../helpers/cli';
import { main } from '../../src/cli/replycheck';
import { SUGGESTIONS_PER_CHECK } from '../../src/engine/spelling/suggestions';

const scratch = scratchFolder('replycheck-suggestions-');
afterEach(() => vi.restoreAllMocks());
afterAll(() => scratch.remove());

type Json = {
  results: { diagnostics: { ruleId: string; actual?: string; suggestions: { label: string }[]; suggestionsPending?: boolean }[] }[];
};

// More misspellings than one interactive check works out suggestions for, and one longer than it ever tries.
const TYPOS = ['recieve', 'seperate', 'adress', 'accomodate', 'definately', 'occured', 'untill', 'wich', 'beleive', 'tommorow', 'goverment', 'acheive'];
const LONG = 'internationalizationn';

describe('replycheck check --format json: suggestions', () => {
  it('works out suggestions for every misspelling, however many, and marks none pending', async () => {
    expect(TYPOS.length).toBeGreaterThan(SUGGESTIONS_PER_CHECK);
    const text = `Hi Anna,\n\n${TYPOS.map((w) => `We ${w} it here.`).join(' ')} The ${LONG} team will call.\n\nBest regards,\nMark\n`;
    const { stdout } = await runCli(main, fastUnlessSaid(['check', '--format', 'json', '--lang', 'en', scratch.file('typos.txt', text)]));
    const spelling = (JSON.parse(stdout) as Json).results[0]!.diagnostics.filter((d) => d.ruleId === 'spelling/unknown-word');
    expect(spelling.map((d) => d.actual)).toEqual([...TYPOS, LONG]);
    expect(spelling.every((d) => d.suggestions.length > 0)).toBe(true);
    expect(spelling.some((d) => 'suggestionsPending' in d)).toBe(false);
    expect(spelling.find((d) => d.actual === 'acheive')!.suggestions[0]!.label).toBe('achieve');
    expect(spelling.find((d) => d.actual === LONG)!.suggestions[0]!.label).toBe('internationalization');
  });
});
