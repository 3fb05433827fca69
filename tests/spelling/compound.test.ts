import { beforeAll, describe, expect, it } from 'vitest';
import type { Speller } from '../../src/engine/spelling/speller';
import { isCompound, nearSlip } from '../../src/engine/spelling/compound';
import enWords from '../../src/engine/spelling/en/words.json';
import { enSpeller } from './en-speller';

let en: Speller;
beforeAll(async () => {
  en = await enSpeller();
});
const options = () => ({ common: new Set(enWords.common), prefixes: new Set(enWords.prefixes), vowels: 'aeiouy' });

describe('isCompound', () => {
  it.each(['rebooked', 'rebook', 'reconnection', 'serverless', 'unrepairable', 'overbilled', 'multiroom'])(
    'accepts %j, two known words joined',
    (word) => {
      expect(en.correct(word)).toBe(false);
      expect(isCompound(en, word, options())).toBe(true);
    },
  );

  it.each([
    ['untill', 'a slip of "until"'],
    ['pasword', 'a slip of "password"'],
    ['cofirm', 'a slip of "confirm"'],
    ['reguarding', 'a slip of "regarding"'],
    ['adviced', 'only splits into short words'],
    ['thankyou', 'two everyday words run together'],
    ['everytime', 'two everyday words run together'],
    ['Rebooked', 'not lower case'],
    ['reb00ked', 'not letters'],
  ])('rejects %j: %s', (word) => {
    expect(isCompound(en, word, options())).toBe(false);
  });

  it('finds classic slips', () => {
    expect(nearSlip(en, 'untill', 'aeiouy')).toBe(true);
    expect(nearSlip(en, 'teh', 'aeiouy')).toBe(true);
    expect(nearSlip(en, 'rebook', 'aeiouy')).toBe(false); // "reboot" is a consonant changed: not a slip here
  });
});
