import { beforeAll, describe, expect, it } from 'vitest';
import rule from '../../src/engine/rules/spelling/unknown-word';
import type { Speller } from '../../src/engine/spelling/speller';
import { buildContext } from '../../src/engine/context';
import { createEngine } from '../../src/engine/engine';
import { withWords } from '../../src/engine/spelling/personal';
import { suggestionsFor } from '../../src/engine/spelling/suggestions';
import { enSpeller } from './en-speller';

let base: Speller;
beforeAll(async () => {
  base = await enSpeller();
});

const flagged = (text: string, speller: Speller) =>
  rule.check(buildContext({ text, language: 'en', speller })).map((f) => ({
    actual: f.actual,
    first: f.suggestions?.[0]?.edit.text,
  }));

describe('withWords', () => {
  it('accepts a lower-case entry in any case and a capitalised entry as written (or in capitals)', () => {
    const team = withWords(base, ['zorvex', 'NordVPN', 'Siobhan']);
    for (const ok of ['zorvex', 'Zorvex', 'ZORVEX', 'NordVPN', 'NORDVPN', 'Siobhan', 'SIOBHAN']) {
      expect(team.correct(ok), ok).toBe(true);
    }
    for (const bad of ['nordvpn', 'Nordvpn', 'NordVpn', 'siobhan', 'zorvexx']) expect(team.correct(bad), bad).toBe(false);
    expect(team.correct('receive')).toBe(true); // the dictionary still answers
  });

  it('normalises curly apostrophes in entries and in words', () => {
    const team = withWords(base, ['O’Rourke', "flexi'plan"]);
    expect(team.correct("O'Rourke")).toBe(true);
    expect(team.correct('O’Rourke')).toBe(true);
    expect(team.correct('flexi’plan')).toBe(true);
  });

  it('leaves the shared base speller untouched, and one profile does not see another', () => {
    const a = withWords(base, ['zorvex']);
    const b = withWords(base, ['klarnix']);
    a.add('brightdesk');
    expect(a.correct('zorvex') && a.correct('brightdesk')).toBe(true);
    expect(b.correct('zorvex') || b.correct('brightdesk')).toBe(false);
    expect(base.correct('zorvex') || base.correct('klarnix') || base.correct('brightdesk')).toBe(false);
  });

  it('offers team words as suggestions, in their own spelling', () => {
    const team = withWords(base, ['zorvex', 'NordVPN']);
    expect(suggestionsFor(team, 'zorvez')[0]).toBe('zorvex');
    expect(suggestionsFor(team, 'nordvpn')[0]).toBe('NordVPN');
    expect(suggestionsFor(team, 'recieve')[0]).toBe('receive');
    expect(team.caseVariant?.('Nordvpn')).toBe('NordVPN');
    expect(team.caseVariant?.('Paypal')).toBe('PayPal'); // the dictionary's own, through the layer
  });

  it('lets the rule accept team words and correct their case', () => {
    const team = withWords(base, ['zorvex', 'NordVPN']);
    expect(flagged('Our zorvex plan covers NordVPN too.', team)).toEqual([]);
    expect(flagged('Our zorvex plan covers nordvpn too.', team)).toEqual([{ actual: 'nordvpn', first: 'NordVPN' }]);
    expect(flagged('Our zorvex plan covers Nordvpn too.', team)).toEqual([{ actual: 'Nordvpn', first: 'NordVPN' }]);
    expect(flagged('Zorvez covers it.', team)).toEqual([{ actual: 'Zorvez', first: 'Zorvex' }]);
    expect(flagged('Our zorvex plan covers nordvpn too.', base).map((f) => f.actual)).toEqual(['zorvex', 'nordvpn']);
  });

  it('is what the engine uses for the words of its config', () => {
    const engine = createEngine({ language: 'en', speller: base, words: ['zorvex'], extraRules: [rule] });
    const ids = (text: string) =>
      engine.check(text).diagnostics.filter((d) => d.ruleId === rule.id).map((d) => d.actual);
    expect(ids('The zorvex plan is ready.')).toEqual([]);
    expect(ids('The zorvez plan is ready.')).toEqual(['zorvez']);
    expect(base.correct('zorvex')).toBe(false);
  });
});

describe('withWords over a speller that does not cache', () => {
  it('still gets its suggestions cached, once per word', () => {
    let calls = 0;
    const plain: Speller = {
      correct: (w) => w === 'receive',
      suggest: () => {
        calls++;
        return ['receive'];
      },
      add: () => {},
    };
    const team = withWords(plain, ['zorvex']);
    expect(team.cachedSuggestions).toBeUndefined();
    expect(suggestionsFor(team, 'recieve')).toEqual(['receive']);
    expect(suggestionsFor(team, 'recieve')).toEqual(['receive']);
    expect(calls).toBe(1);
  });
});
