import { beforeAll, describe, expect, it } from 'vitest';
import rule from '../../src/engine/rules/spelling/unknown-word';
import type { Speller } from '../../src/engine/spelling/speller';
import type { Finding } from '../../src/engine/rule';
import { buildContext } from '../../src/engine/context';
import {
  MAX_SUGGESTIONS,
  SUGGESTIONS_PER_CHECK,
  matchCase,
  rankSuggestions,
  suggestBudget,
  suggestionKey,
  suggestionsFor,
  suggestionsWithin,
} from '../../src/engine/spelling/suggestions';
import { enSpeller } from './en-speller';
import { createEngine } from '../../src/engine/engine';

let base: Speller;
beforeAll(async () => {
  base = await enSpeller();
});

/** `base` behind a layer that counts every suggestion list it is asked to work out, and caches none itself. */
function counting(inner: Speller) {
  const calls: string[] = [];
  const speller: Speller = {
    correct: (w) => inner.correct(w),
    suggest: (w) => {
      calls.push(w);
      return inner.suggest(w);
    },
    add: (w) => inner.add(w),
    caseVariant: (w) => inner.caseVariant?.(w),
  };
  return { speller, calls };
}

const check = (text: string, speller: Speller): Finding[] => rule.check(buildContext({ text, language: 'en', speller }));

// 300 different misspellings: every word of a list with one letter doubled, dropped or swapped.
function misspellings(speller: Speller, count: number): string[] {
  const words = `account address answer arrive balance billing browser cancel charge checkout company confirm contact
    courier credit customer delivery discount download expire export feature invoice language manager message
    monthly number order package parcel password payment people percent picture printer problem product profile
    purchase receipt refund release replace report request return review screen section service setting shipping
    special status subject support system ticket transfer update upgrade version voucher website weekend window`
    .split(/\s+/)
    .filter(Boolean);
  const out = new Set<string>();
  for (let k = 1; out.size < count && k < 8; k++) {
    for (const w of words) {
      const i = k % w.length;
      for (const m of [w.slice(0, i) + w[i] + w.slice(i), w.slice(0, i) + w.slice(i + 1), w.slice(0, i - 1) + w[i] + w[i - 1] + w.slice(i + 1)]) {
        if (out.size < count && m.length > 2 && !speller.correct(m)) out.add(m);
      }
    }
  }
  return [...out];
}

describe('suggestion cost', () => {
  it('works out at most a few suggestion lists per check, and still flags every misspelling', () => {
    const { speller, calls } = counting(base);
    const words = misspellings(base, 300);
    expect(words).toHaveLength(300);
    const text = words.map((w) => `Please check the ${w} now.`).join(' ');

    const first = check(text, speller);
    expect(first.map((f) => f.actual)).toEqual(words);
    expect(calls).toHaveLength(SUGGESTIONS_PER_CHECK);
    expect(first.filter((f) => f.suggestions!.length > 0)).toHaveLength(SUGGESTIONS_PER_CHECK);
    expect(first.slice(SUGGESTIONS_PER_CHECK).every((f) => f.suggestions!.length === 0)).toBe(true);
    // Those without say more is to come, so the card asks for them; those with say nothing of the kind.
    expect(first.slice(SUGGESTIONS_PER_CHECK).every((f) => f.suggestionsPending === true)).toBe(true);
    expect(first.slice(0, SUGGESTIONS_PER_CHECK).some((f) => f.suggestionsPending)).toBe(false);

    // The next check works out the next few; the first few come back from the cache, unchanged.
    const second = check(text, speller);
    expect(calls).toHaveLength(2 * SUGGESTIONS_PER_CHECK);
    expect(second.slice(0, SUGGESTIONS_PER_CHECK)).toEqual(first.slice(0, SUGGESTIONS_PER_CHECK));
    expect(second.filter((f) => f.suggestions!.length > 0)).toHaveLength(2 * SUGGESTIONS_PER_CHECK);
  });

  it('works out one list for a misspelling repeated many times', () => {
    const { speller, calls } = counting(base);
    const findings = check(Array(200).fill('We will recieve it.').join(' '), speller);
    expect(findings).toHaveLength(200);
    expect(calls).toEqual(['recieve']);
    expect(findings.every((f) => f.suggestions![0]!.edit.text === 'receive')).toBe(true);
  });

  it('shares one cached list between "Recieve", "recieve" and "RECIEVE"', () => {
    const { speller, calls } = counting(base);
    const budget = suggestBudget();
    expect(suggestionsWithin(speller, 'Recieve', budget)?.[0]).toBe('Receive');
    expect(suggestionsWithin(speller, 'recieve', budget)?.[0]).toBe('receive');
    expect(suggestionsWithin(speller, 'RECIEVE', budget)?.[0]).toBe('RECEIVE');
    expect(calls).toEqual(['recieve']);
    expect(budget.computed).toBe(1);
  });

  it('leaves a very long word without suggestions during a check, and spends no budget on it', () => {
    const { speller, calls } = counting(base);
    const long = 'supercalifragilisticexpialidocious';
    const [f] = check(`That was ${long}.`, speller);
    expect(f!.actual).toBe(long);
    expect(f!.suggestions).toEqual([]);
    expect(f!.suggestionsPending).toBe(true);
    expect(calls).toEqual([]);
  });

  it('works out every list, long words too, when the budget is unlimited (the CLI)', () => {
    const { speller, calls } = counting(base);
    const words = misspellings(base, 3 * SUGGESTIONS_PER_CHECK);
    const long = 'internationalizationn';
    const text = `${words.map((w) => `Please check the ${w} now.`).join(' ')} See the ${long}.`;
    const all = rule.check(buildContext({ text, language: 'en', speller, suggestionsPerCheck: Infinity }));
    expect(all.map((f) => f.actual)).toEqual([...words, long]);
    expect(calls).toHaveLength(words.length + 1);
    expect(all.every((f) => f.suggestions!.length > 0 && !f.suggestionsPending)).toBe(true);
  });

  it('works out no more lists than a smaller budget allows (a cold worker\'s first check)', () => {
    const { speller, calls } = counting(base);
    const words = misspellings(base, 10);
    const found = rule.check(buildContext({ text: words.map((w) => `The ${w} is here.`).join(' '), language: 'en', speller, suggestionsPerCheck: 2 }));
    expect(calls).toHaveLength(2);
    expect(found.filter((f) => f.suggestionsPending)).toHaveLength(8);
  });

  it('gives the card the suggestions a capped check left out, the same as a check would have', () => {
    const { speller } = counting(base);
    const budget = suggestBudget(0);
    expect(suggestionsWithin(speller, 'seperate', budget)).toBeNull();
    const later = suggestionsFor(speller, 'seperate');
    expect(later[0]).toBe('separate');
    expect(suggestionsWithin(speller, 'seperate', budget)).toEqual(later); // now cached: no budget needed
  });

  it('keeps a cached check of a 250-word reply to dictionary lookups', () => {
    const { speller, calls } = counting(base);
    const reply = Array(25)
      .fill('Thank you for your patience while we recieve and check your order details today.')
      .join(' ');
    expect(reply.split(' ').length).toBeGreaterThanOrEqual(250);
    check(reply, speller);
    calls.length = 0;
    check(reply, speller);
    expect(calls).toEqual([]);
  });
});

describe('ranking', () => {
  it.each([
    ['teh', 'the'],
    ['Teh', 'The'],
    ['RECIEVE', 'RECEIVE'],
    ['hte', 'the'],
    ['adn', 'and'],
    ['taht', 'that'],
    ['wiht', 'with'],
    ['thnak', 'thank'],
    ['becuase', 'because'],
    ['wich', 'which'],
    ['refered', 'referred'],
    ['garantee', 'guarantee'],
    ['aknowledge', 'acknowledge'],
    ['dont', "don't"],
    ['londn', 'London'],
    ['Alot', 'A lot'],
    ['everytime', 'every time'],
    ['paypal', 'PayPal'],
  ])('suggests for %j first %j', (word, best) => {
    expect(suggestionsFor(base, word)[0]).toBe(best);
  });

  it('offers at most five, without repeats', () => {
    const s = suggestionsFor(base, 'sory');
    expect(s.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(new Set(s.map((x) => x.toLowerCase())).size).toBe(s.length);
    expect(s[0]).toBe('sorry');
  });

  it('never offers words the dictionary marks as not to suggest', () => {
    const offered = ['fcuk', 'shitt', 'cunts', 'fukc', 'nigga', 'shtty'].flatMap((w) => suggestionsFor(base, w));
    expect(offered.filter((w) => /fuck|shit|cunt|nigg/i.test(w))).toEqual([]);
  });

  it('ranks raw suggestions by edit distance, keeping the speller order among equals', () => {
    expect(rankSuggestions('recieve', ['recover', 'receive', 'relieve'])).toEqual(['receive', 'relieve', 'recover']);
    // "The" twice (from "the" and "The") is shown once; "tehran" is further away than all the others.
    expect(rankSuggestions('Teh', ['tehran', 'ten', 'the', 'The', 'tea', 'tech', 'ted', 'tee'])).toEqual([
      'Ten', 'The', 'Tea', 'Tech', 'Ted',
    ]);
  });

  it('matches the written case', () => {
    expect(matchCase('the', 'Teh')).toBe('The');
    expect(matchCase('receive', 'RECIEVE')).toBe('RECEIVE');
    expect(matchCase('London', 'londn')).toBe('London');
    expect(matchCase('iPhone', 'Iphone')).toBe('iPhone');
    expect(matchCase("don't", "DONT")).toBe("DON'T");
    expect(matchCase('a', 'A')).toBe('A');
  });

  it('works out suggestions for one case-neutral form', () => {
    expect(suggestionKey('Recieve')).toBe('recieve');
    expect(suggestionKey('RECIEVE')).toBe('recieve');
    expect(suggestionKey('PayPall')).toBe('PayPall');
  });
});

describe('the engine completing pending suggestions', () => {
  it('marks the misspellings beyond the budget pending, and gives their suggestions when asked, team words included', () => {
    const words = misspellings(base, SUGGESTIONS_PER_CHECK + 3);
    // Its own suggestion cache: the lists other tests worked out with `base` are not there.
    const { speller } = counting(base);
    const engine = createEngine({ language: 'en', speller, words: ['Zorvex'] });
    const text = `Hi Anna,\n\n${words.map((w) => `Please check the ${w} now.`).join(' ')} Your zorvez is ready.\n\nBest regards,\nMark`;
    const spelling = engine.check(text).diagnostics.filter((d) => d.ruleId === 'spelling/unknown-word');
    expect(spelling.map((d) => d.actual)).toEqual([...words, 'zorvez']);
    const pending = spelling.filter((d) => d.suggestionsPending);
    expect(pending.length).toBeGreaterThanOrEqual(3);
    expect(pending.every((d) => d.suggestions.length === 0)).toBe(true);
    const last = pending[pending.length - 1]!;
    expect(last.actual).toBe('zorvez');
    expect(engine.suggestions('zorvez')[0]).toBe('Zorvex');
    // What the card is given is what a check without a budget gives.
    const unbudgeted = createEngine({ language: 'en', speller: counting(base).speller, words: ['Zorvex'] })
      .check(text, { suggestionsPerCheck: Infinity })
      .diagnostics.filter((d) => d.ruleId === 'spelling/unknown-word');
    for (const d of pending) {
      const full = unbudgeted.find((u) => u.range[0] === d.range[0])!;
      expect(engine.suggestions(d.actual!)).toEqual(full.suggestions.map((s) => s.label));
    }
    // Worked out once for the card, they come with the next check of the same draft.
    const again = engine.check(text).diagnostics.find((d) => d.range[0] === last.range[0])!;
    expect(again.suggestionsPending).toBeUndefined();
    expect(again.suggestions[0]!.label).toBe('Zorvex');
  });

  it('has no suggestions without a dictionary', () => {
    expect(createEngine({ language: 'en' }).suggestions('recieve')).toEqual([]);
  });
});
