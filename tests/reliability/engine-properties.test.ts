// Property-based tests: random and hostile drafts through the real engine, with every registered rule and the real
// English dictionary. A draft is the rep's work in progress: whatever it holds, checking it must never throw, and
// every underline and fix must land on whole characters of exactly that draft.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CheckResult, Range } from '../../src/engine/types';
import type { Speller } from '../../src/engine/spelling/speller';
import { createEngine, type Engine } from '../../src/engine/engine';
import { buildContext } from '../../src/engine/context';
import { applyEdit } from '../../src/engine/edit';
import { RULES } from '../../src/engine/rules/index';
import { SUPPORTED_LANGUAGES } from '../../src/engine/lang/pack';
import { loadSpeller } from '../../src/cli/dictionaries';
import { SUGGESTIONS_PER_CHECK } from '../../src/engine/spelling/suggestions';
import { anyDraft } from './arbitraries';
import { PROPERTY_TIMEOUT, RUNS } from './budget';
import { expectSoundFindings, expectSoundResult } from './invariants';

let speller: Speller;
let engine: Engine;
// Every rule, the ones off by default included: a rule a team lead turns on must be as safe as the rest.
const everyRule = Object.fromEntries(RULES.map((r) => [r.id, r.meta.defaultSeverity]));

beforeAll(async () => {
  speller = await loadSpeller('en');
  engine = createEngine({ language: 'en', speller, rules: everyRule });
});

/**
 * Two checks of one draft agree on every finding, fix and score, but for one thing by design: spelling suggestions
 * the first check had no budget left to work out (the card asks for them when it opens) may be there the second
 * time. Suggestions that were there never change.
 */
function expectSameAnswer(first: CheckResult, again: CheckResult): void {
  const deferred = (r: CheckResult) =>
    r.diagnostics.map((d) => (d.ruleId === 'spelling/unknown-word' ? { ...d, suggestions: [], suggestionsPending: undefined } : d));
  expect(deferred(again)).toEqual(deferred(first));
  first.diagnostics.forEach((d, i) => {
    if (d.suggestions.length > 0) expect(again.diagnostics[i]!.suggestions).toEqual(d.suggestions);
  });
  expect(again.truncated).toEqual(first.truncated);
  expect(again.score).toBe(first.score);
}

/** The checkable ranges of exactly the text the engine checked. */
function checkableOf(text: string, hints?: readonly Range[]): Range[] {
  return buildContext({ text, language: 'en', hints }).email.checkable;
}

describe('any draft through the whole engine', () => {
  it('never throws; every range and fix is sound, outside quotes and signature; results are plain data', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(anyDraft, ({ text, unchecked }) => {
        const result = engine.check(text);
        const checked = text.slice(0, result.truncated?.checkedLength ?? text.length);
        expectSoundResult(checked, result, checkableOf(checked), unchecked);
      }),
      { numRuns: RUNS.engineInvariants },
    );
  });

  it('against any customer message (a name or none, any attachment count) never throws; every range and fix is sound', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(
        anyDraft,
        anyDraft,
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        ({ text, unchecked }, message, name, attachments) => {
          const customer = name === undefined ? { text: message.text } : { text: message.text, name };
          const result = engine.check(text, { customer, attachments });
          const checked = text.slice(0, result.truncated?.checkedLength ?? text.length);
          expectSoundResult(checked, result, checkableOf(checked), unchecked);
        },
      ),
      { numRuns: RUNS.withCustomer },
    );
  });

  it('gives the same answer for the same draft, twice and from a second engine', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(anyDraft, ({ text }) => {
        const first = engine.check(text);
        expectSameAnswer(first, engine.check(text));
        expectSameAnswer(first, createEngine({ language: 'en', speller, rules: everyRule }).check(text));
      }),
      { numRuns: RUNS.deterministic },
    );
  });

  it('gives the same answer for a draft with more new misspellings than one check works out suggestions for', () => {
    // Fresh words each run, so none are in the dictionary's suggestion cache yet.
    const words = Array.from({ length: 3 * SUGGESTIONS_PER_CHECK }, (_, i) => `recieve${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${i}x`.replace(/\d/g, ''));
    const text = `Hi Anna,\n\n${words.map((w) => `I ${w} it.`).join(' ')}\n\nBest regards,\nMark`;
    const first = engine.check(text);
    const spelling = first.diagnostics.filter((d) => d.ruleId === 'spelling/unknown-word');
    expect(spelling.length).toBeGreaterThan(SUGGESTIONS_PER_CHECK);
    expect(spelling.filter((d) => d.suggestions.length === 0).length).toBeGreaterThan(0);
    expectSameAnswer(first, engine.check(text));
  });

  it('honours the quoted and signature blocks the compose box marks', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(anyDraft, fc.array(fc.boolean()), fc.array(fc.nat(), { maxLength: 3 }), ({ text, unchecked }, keep, picks) => {
        // What an adapter marks: the quoted and signature blocks it knows (some of them), and blocks the text parser
        // cannot tell are quoted (a forwarded message without a header), here whole paragraphs.
        const paragraphs = buildContext({ text, language: 'en' }).paragraphs;
        const marked: Range[] = [
          ...unchecked.filter((_, i) => keep[i] ?? true),
          ...(paragraphs.length > 0 ? picks.map((p) => paragraphs[p % paragraphs.length]!.range) : []),
        ];
        const result = engine.check(text, { hints: marked });
        const checked = text.slice(0, result.truncated?.checkedLength ?? text.length);
        expectSoundResult(checked, result, checkableOf(checked, marked), [...unchecked, ...marked]);
      }),
      { numRuns: RUNS.hints },
    );
  });

  it('survives nonsense marks from the page: out of range, backwards, not whole numbers', { timeout: PROPERTY_TIMEOUT }, () => {
    const bound = fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.constantFrom(NaN, Infinity, -Infinity, 0.5, 1e12));
    fc.assert(
      fc.property(anyDraft, fc.array(fc.tuple(bound, bound), { maxLength: 4 }), ({ text }, hints) => {
        const result = engine.check(text, { hints: hints as Range[] });
        const checked = text.slice(0, result.truncated?.checkedLength ?? text.length);
        expectSoundResult(checked, result, checkableOf(checked, hints as Range[]), []);
      }),
      { numRuns: RUNS.nonsenseHints },
    );
  });

  it('checks a fixed draft as safely as the draft: apply any fix, check again', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(anyDraft, fc.nat(), fc.nat(), ({ text }, pickFinding, pickFix) => {
        const withFixes = engine.check(text).diagnostics.filter((d) => d.suggestions.length > 0);
        fc.pre(withFixes.length > 0);
        const d = withFixes[pickFinding % withFixes.length]!;
        const fixed = applyEdit(text, d.suggestions[pickFix % d.suggestions.length]!.edit);
        const again = engine.check(fixed);
        const checked = fixed.slice(0, again.truncated?.checkedLength ?? fixed.length);
        expectSoundResult(checked, again, checkableOf(checked), []);
      }),
      { numRuns: RUNS.recheckAfterFix },
    );
  });
});

describe('the other languages', () => {
  // Their rules and text packs see the same hostile drafts (English-shaped ones, which is hostile enough for them);
  // spelling is left out, as the browser does until a language's dictionary has loaded.
  for (const language of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language}: never throws; every range and fix is sound`, { timeout: PROPERTY_TIMEOUT }, () => {
      const every = Object.fromEntries(RULES.filter((r) => r.meta.languages.includes(language)).map((r) => [r.id, r.meta.defaultSeverity]));
      const other = createEngine({ language, rules: every });
      fc.assert(
        fc.property(anyDraft, ({ text }) => {
          const result = other.check(text);
          const checked = text.slice(0, result.truncated?.checkedLength ?? text.length);
          const ctx = buildContext({ text: checked, language });
          expectSoundResult(checked, result, ctx.email.checkable, []);
          // The engine would log and carry on past a rule that throws; on its own, a rule must not throw at all.
          for (const rule of RULES.filter((r) => r.meta.languages.includes(language))) {
            expectSoundFindings(checked, rule.check(ctx), rule.id);
          }
        }),
        { numRuns: RUNS.otherLanguages },
      );
    });
  }
});

describe('each rule on its own', () => {
  it('never throws and reports only sound ranges and fixes, before the engine filters anything', { timeout: PROPERTY_TIMEOUT }, () => {
    fc.assert(
      fc.property(anyDraft, ({ text }) => {
        const ctx = buildContext({ text, language: 'en', speller });
        // A rule may report anywhere in the text; the engine drops what falls outside the checkable parts.
        for (const rule of RULES) {
          let findings;
          try {
            findings = rule.check(ctx);
          } catch (err) {
            throw new Error(`${rule.id} threw on ${JSON.stringify(text).slice(0, 200)}: ${(err as Error).stack}`);
          }
          expect(Array.isArray(findings), `${rule.id} returned ${typeof findings}`).toBe(true);
          expectSoundFindings(text, findings, rule.id);
        }
      }),
      { numRuns: RUNS.eachRuleAlone },
    );
  });
});
