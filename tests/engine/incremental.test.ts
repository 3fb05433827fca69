// The engine re-checks by paragraph: an edit re-runs the paragraph-scoped rules on the edited paragraph only, and
// what decides a paragraph's findings from outside it (the greeting above it, a colon ending the paragraph before it,
// the page's quoted marks) is part of what the cache remembers it by. tests/reliability/incremental.test.ts checks
// the same against a whole-draft check on random drafts and edits.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '../../src/engine/types';
import { createEngine, type Engine } from '../../src/engine/engine';
import { RULES } from '../../src/engine/rules/index';

const reply = [
  'Hi Anna,',
  'Thanks for getting in touch about your order. I checked it this morning and it is on its way.',
  'The courier will deliver it an hour after noon on Friday. You can follow it with the link in the email we sent.',
  'If anything else comes up, just reply to this message.',
  'Best regards,\nDaniel',
].join('\n\n');

const paragraphRules = (engine: Engine) => RULES.filter((r) => r.meta.scope === 'paragraph' && r.meta.languages.includes(engine.language) && !r.meta.defaultOff);

function found(result: CheckResult, ruleId: string): string[] {
  return result.diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.actual ?? '');
}

function delta(engine: Engine, fn: () => void) {
  const before = { ...engine.stats };
  fn();
  return {
    checked: engine.stats.paragraphsChecked - before.paragraphsChecked,
    reused: engine.stats.paragraphsReused - before.paragraphsReused,
    ruleRuns: engine.stats.paragraphRuleRuns - before.paragraphRuleRuns,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('re-checking by paragraph', () => {
  it('some rules are paragraph-scoped, and a rule reading the whole email is not', () => {
    const scoped = new Set(RULES.filter((r) => r.meta.scope === 'paragraph').map((r) => r.id));
    expect(scoped.has('grammar/a-an')).toBe(true);
    expect(scoped.has('grammar/repeated-word')).toBe(true);
    // Names used elsewhere in the email (the quoted thread included) decide whether a capitalised word is a typo.
    expect(scoped.has('spelling/unknown-word')).toBe(false);
    expect(scoped.has('structure/missing-greeting')).toBe(false);
    expect(scoped.has('style/cliche')).toBe(false); // a phrase's spaces match across a blank line
  });

  it('an edit in one paragraph re-runs the paragraph rules on that paragraph only', () => {
    const engine = createEngine({ language: 'en' });
    const first = delta(engine, () => engine.check(reply));
    expect(first).toEqual({ checked: 5, reused: 0, ruleRuns: 5 * paragraphRules(engine).length });
    const edited = reply.replace('an hour after noon', 'a hour after noon');
    let result!: CheckResult;
    const again = delta(engine, () => (result = engine.check(edited)));
    expect(again).toEqual({ checked: 1, reused: 4, ruleRuns: paragraphRules(engine).length });
    expect(found(result, 'grammar/a-an')).toEqual(['a hour']);
    // Typing at the end of a paragraph leaves the next one alone too.
    const typed = delta(engine, () => engine.check(edited.replace('this morning', 'this morning.')));
    expect(typed).toEqual({ checked: 1, reused: 4, ruleRuns: paragraphRules(engine).length });
  });

  it('a paragraph moved or repeated elsewhere is not checked again, and its findings move with it', () => {
    const engine = createEngine({ language: 'en' });
    const paras = reply.replace('an hour', 'a hour').split('\n\n');
    engine.check(paras.join('\n\n'));
    // Not next to the greeting, which the paragraph right after it is checked with.
    const moved = [paras[0], paras[1], paras[3], paras[2], paras[4]].join('\n\n');
    let result!: CheckResult;
    expect(delta(engine, () => (result = engine.check(moved))).checked).toBe(0);
    const at = result.diagnostics.find((d) => d.ruleId === 'grammar/a-an')!;
    expect(moved.slice(at.range[0], at.range[1])).toBe('a hour');
    expect(moved.slice(...at.suggestions[0]!.edit.range)).toBe('a');
    expect(result).toEqual(createEngine({ language: 'en', incremental: false }).check(moved));
  });

  it('a paragraph after one that ends in ":" is checked again when that colon comes or goes', () => {
    const engine = createEngine({ language: 'en' });
    const list = 'Hi Anna,\n\nPlease try this:\n\nrestart the app and sign in again.';
    expect(found(engine.check(list), 'grammar/sentence-capital')).toEqual([]);
    const sentence = list.replace('this:', 'this.');
    expect(found(engine.check(sentence), 'grammar/sentence-capital')).toEqual(['restart']);
    expect(found(engine.check(list), 'grammar/sentence-capital')).toEqual([]);
  });

  it('the line after the greeting starts the message, whether or not the cache saw the paragraph as a greeting', () => {
    const engine = createEngine({ language: 'en' });
    const opening = '\nHi Anna,\nthanks for the update. it helps.';
    const later = `We are on it.\n\n${opening}`; // the same paragraph, but not the reply's greeting here
    for (const text of [later, opening, later, opening]) {
      expect(engine.check(text)).toEqual(createEngine({ language: 'en', incremental: false }).check(text));
    }
    expect(found(engine.check(opening), 'grammar/sentence-capital')).toEqual(['thanks', 'it']);
    expect(found(engine.check(later), 'grammar/sentence-capital')).toEqual(['it']);
  });

  it("what the page marks as quoted changes a paragraph's findings even when its text does not", () => {
    const engine = createEngine({ language: 'en' });
    const text = 'Hi Anna,\n\nIt takes a hour to arrive.\n\nBest,\nDaniel';
    expect(found(engine.check(text), 'grammar/a-an')).toEqual(['a hour']);
    const start = text.indexOf('It takes');
    const hinted = engine.check(text, { hints: [[start, start + 26]] });
    expect(found(hinted, 'grammar/a-an')).toEqual([]);
    expect(found(engine.check(text), 'grammar/a-an')).toEqual(['a hour']);
  });

  it('a rule that throws on one paragraph is left out, as it is when the whole draft is checked', () => {
    const rule = RULES.find((r) => r.id === 'grammar/a-an')!;
    const check = rule.check.bind(rule);
    vi.spyOn(rule, 'check').mockImplementation((ctx) => {
      if (ctx.paragraphs.some((p) => ctx.text.slice(...p.range).includes('boom'))) throw new Error('boom');
      return check(ctx);
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const text = 'It takes a hour.\n\nIt goes boom.';
    const engine = createEngine({ language: 'en' });
    expect(found(engine.check(text), 'grammar/a-an')).toEqual([]);
    expect(engine.check(text)).toEqual(createEngine({ language: 'en', incremental: false }).check(text));
    expect(found(engine.check('It takes a hour.\n\nIt goes well.'), 'grammar/a-an')).toEqual(['a hour']);
  });

  it('settings and personal words belong to the engine, so a new engine is built with an empty cache', () => {
    const text = 'It takes a hour to arrive, Zorvexa.';
    const engine = createEngine({ language: 'en' });
    expect(found(engine.check(text), 'grammar/a-an')).toEqual(['a hour']);
    const off = createEngine({ language: 'en', rules: { 'grammar/a-an': 'off' } });
    expect(found(off.check(text), 'grammar/a-an')).toEqual([]);
    const hint = createEngine({ language: 'en', rules: { 'grammar/a-an': 'info' } });
    expect(hint.check(text).diagnostics.find((d) => d.ruleId === 'grammar/a-an')?.severity).toBe('info');
    expect(hint.stats.paragraphsReused).toBe(0);
  });

  it('incremental: false runs every rule on the whole draft', () => {
    const engine = createEngine({ language: 'en', incremental: false });
    engine.check(reply);
    engine.check(reply);
    expect(engine.stats.paragraphRuleRuns).toBe(0);
    expect(engine.stats.documentRuleRuns).toBe(2 * RULES.filter((r) => r.meta.languages.includes('en') && !r.meta.defaultOff).length);
  });
});

describe('re-checking by paragraph, beside long lines', () => {
  it('a paragraph whose line goes on far outside it is checked every time, with the same answer', () => {
    // One long line, most of it marked quoted by the page: the rep's part is a paragraph in the middle of the line.
    const quoted = 'x'.repeat(600);
    const text = `${quoted} It takes a hour. ${quoted}`;
    const hints: [number, number][] = [
      [0, 600],
      [text.length - 600, text.length],
    ];
    const engine = createEngine({ language: 'en' });
    const reference = createEngine({ language: 'en', incremental: false }).check(text, { hints });
    expect(found(reference, 'grammar/a-an')).toEqual(['a hour']);
    for (let i = 0; i < 2; i++) {
      const d = delta(engine, () => expect(engine.check(text, { hints })).toEqual(reference));
      expect(d.reused).toBe(0);
    }
  });
});
