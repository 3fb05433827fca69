// A pasted log or a wall of made-up words must not stall the checker: the rule works out each distinct word once
// per check and reads the email's names and lines once, so its cost grows with the draft's length, not its square.
import { beforeAll, describe, expect, it } from 'vitest';
import rule from '../../src/engine/rules/spelling/unknown-word';
import type { Speller } from '../../src/engine/spelling/speller';
import { buildContext } from '../../src/engine/context';
import { enSpeller } from './en-speller';

let en: Speller;
beforeAll(async () => {
  en = await enSpeller();
});

const PIECES = ['Zorvex. ', 'zorvex ', 'recieve ', 'Zorvex\n', 'ZORVEXX QWERTYU ', 'Zor-vex ', 'a-b-c-d-e-f-', 'Qa. Qb. Qc. '];

describe('spelling/unknown-word on 100,000 characters of one repeated piece', () => {
  for (const piece of PIECES) {
    it(`${JSON.stringify(piece)} × ${Math.ceil(100_000 / piece.length)}`, { timeout: 5_000 }, () => {
      const text = piece.repeat(Math.ceil(100_000 / piece.length));
      const ctx = buildContext({ text, language: 'en', speller: en });
      const findings = rule.check(ctx);
      expect(findings.length).toBeLessThanOrEqual(ctx.words.length);
    });
  }
});
