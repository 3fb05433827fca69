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
