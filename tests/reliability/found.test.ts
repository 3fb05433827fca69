// The drafts the properties found wrong, kept as plain examples so each stays fixed whatever the random runs draw.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Range } from '../../src/engine/types';
import type { Speller } from '../../src/engine/spelling/speller';
import { createEngine, type Engine } from '../../src/engine/engine';
import { buildContext } from '../../src/engine/context';
import { RULES } from '../../src/engine/rules/index';
import { loadSpeller } from '../../src/cli/dictionaries';
import { expectSoundFindings, expectSoundResult } from './invariants';

let speller: Speller;
let engine: Engine;

beforeAll(async () => {
  speller = await loadSpeller('en');
  engine = createEngine({ language: 'en', speller });
});

function expectSound(text: string, hints?: Range[]): void {
  const result = engine.check(text, { hints });
  expectSoundResult(text, result, buildContext({ text, language: 'en', hints }).email.checkable, []);
  const ctx = buildContext({ text, language: 'en', speller, hints });
  for (const rule of RULES) expectSoundFindings(text, rule.check(ctx), rule.id);
}

describe('drafts the properties found', () => {
  it('a sentence opening with a letter that has no capital is left alone (the fix changed nothing)', () => {
    const text = 'Hi Sarah,\n\nꬰ is the symbol we use. ĸ too.';
    expect(engine.check(text).diagnostics.filter((d) => d.ruleId === 'grammar/sentence-capital')).toEqual([]);
    expectSound(text);
  });

  it('a password followed by emoji past the 200-character look-ahead is flagged on whole characters', () => {
    const text = `The password is hunter2.???👍🏽${'𝐀'.repeat(100)} more`;
    expectSound(text);
  });

  it('a fix is never offered inside a block the page marks as quoted', () => {
    const text =
      'Hi Anna,\n\nThank you for getting in touch with us.\n\nThanks for waiting.\n\nBest regards,\nMark Jones\nBrightcart Customer Care';
    // The page marks the middle of the body, the closing line's first character included.
    const marked: Range = [text.indexOf('Thank you'), text.indexOf('Best') + 1];
    const result = engine.check(text, { hints: [marked] });
    for (const d of result.diagnostics) {
      for (const s of d.suggestions) {
        const [es, ee] = s.edit.range;
        expect(ee <= marked[0] || es >= marked[1], `${d.ruleId} ${JSON.stringify(s.edit)}`).toBe(true);
      }
    }
    expectSound(text, [marked]);
  });

  it('marks that split an emoji, run backwards or are not numbers do not break the check', () => {
    const text = 'Hi Anna,\n\n😀 Thanks 👍 for the report.\n\nBest regards,\nMark';
    const at = text.indexOf('😀') + 1;
    for (const hints of [[[at, at + 10]], [[at + 10, at]], [[NaN, 5]], [[-3, 1e9]], [[0.5, 2.5]]] as Range[][]) {
      expect(() => engine.check(text, { hints })).not.toThrow();
      const result = engine.check(text, { hints });
      expectSoundResult(text, result, buildContext({ text, language: 'en', hints }).email.checkable, []);
    }
  });
});
