import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/engine/context';

const sentences = (text: string) => buildContext({ text, language: 'en' }).sentences.map((s) => s.text);
const words = (text: string) => buildContext({ text, language: 'en' }).words.map((w) => w.text);

describe('sentences', () => {
  it('splits on terminal punctuation but not after abbreviations, decimals or in addresses', () => {
    expect(sentences('We refunded $3.50 to you, e.g. the fee. Mr. Smith agreed! See example.com for more.')).toEqual([
      'We refunded $3.50 to you, e.g. the fee.',
      'Mr. Smith agreed!',
      'See example.com for more.',
    ]);
  });

  it('ends a sentence at a line break unless the next line continues a hard-wrapped one', () => {
    expect(sentences('Hi Anna,\nThe parcel left today and\nshould arrive soon.\nThanks')).toEqual([
      'Hi Anna,',
      'The parcel left today and\nshould arrive soon.',
      'Thanks',
    ]);
  });

  it('splits after a full stop followed by a lower-case word, so a missing capital can be found', () => {
    expect(sentences('It shipped. we will email you.')).toEqual(['It shipped.', 'we will email you.']);
  });
});

describe('words', () => {
  it('leaves out URLs, email addresses, code and references, and keeps apostrophes inside words', () => {
    expect(words("Don’t open https://ex.com/a.b or mail a.b@ex.com; run `npm ci` for #A1234 it's ok")).toEqual([
      'Don’t', 'open', 'or', 'mail', 'run', 'for', "it's", 'ok',
    ]);
  });
});

describe('sentences in numbered steps', () => {
  it('keeps a list marker with its item', () => {
    expect(sentences('Steps:\n1. Open Settings.\n2. Tap Reset.\nIt costs 2. Then more.')).toEqual([
      'Steps:',
      '1. Open Settings.',
      '2. Tap Reset.',
      'It costs 2.',
      'Then more.',
    ]);
  });
});

describe('sentences with ordinal numbers (lv, sl, hr, fi)', () => {
  const of = (language: 'lv' | 'sl' | 'hr' | 'fi' | 'en', text: string) =>
    buildContext({ text, language }).sentences.map((s) => s.text);

  it('does not end a sentence at the full stop of a date or an ordinal', () => {
    expect(of('lv', 'Līgums beidzas 2026. gada 31. martā. Pagarināt to varat jau tagad.')).toEqual([
      'Līgums beidzas 2026. gada 31. martā.',
      'Pagarināt to varat jau tagad.',
    ]);
    expect(of('sl', 'Paket bo prispel 15. 3. 2026. Obvestili Vas bomo po e-pošti.')).toEqual([
      'Paket bo prispel 15. 3. 2026.',
      'Obvestili Vas bomo po e-pošti.',
    ]);
    expect(of('hr', 'Narudžba stiže 1. siječnja, a račun šaljemo 2. veljače.')).toEqual([
      'Narudžba stiže 1. siječnja, a račun šaljemo 2. veljače.',
    ]);
    expect(of('fi', 'Lento lähtee 3. maaliskuuta klo 7.15. Lähtöselvitys avautuu edellisenä päivänä.')).toEqual([
      'Lento lähtee 3. maaliskuuta klo 7.15.',
      'Lähtöselvitys avautuu edellisenä päivänä.',
    ]);
  });

  it('still ends a sentence after a number before a capital, and English is unchanged', () => {
    expect(of('lv', 'Jūsu pasūtījuma numurs ir 4521. Paldies!')).toEqual(['Jūsu pasūtījuma numurs ir 4521.', 'Paldies!']);
    expect(of('en', 'It arrived in 2024. we checked it.')).toEqual(['It arrived in 2024.', 'we checked it.']);
  });
});
