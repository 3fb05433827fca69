import { beforeAll, describe, expect, it } from 'vitest';
import type { Speller } from '../../src/engine/spelling/speller';
import { expectAllCorrect, expectSuggestions, fixtureWords, loadSpeller } from './helpers';

let sl: Speller;
beforeAll(async () => {
  sl = await loadSpeller('sl');
});

describe("Slovenian (Debian's hunspell-sl through Hunspell)", () => {
  it('knows every word of a support reply', () => {
    expectAllCorrect(sl, fixtureWords('sl'));
  });

  it('knows inflected forms and sentence capitals', () => {
    expectAllCorrect(sl, [
      'naročilo', 'naročila', 'naročilu', 'naročilom', 'naročil', 'naročili',
      'stranka', 'stranke', 'stranki', 'strankam', 'strankami',
      'pošiljka', 'pošiljko', 'pošiljke', 'pošiljkah',
      'odgovoriti', 'odgovorimo', 'odgovorili', 'poslali', 'vrnili',
      'Spoštovani', 'HVALA', 'Ljubljani',
    ]);
  });

  it('flags misspellings and suggests the meant word', () => {
    expectSuggestions(sl, [
      ['narocilo', 'naročilo'], // typed without marks
      ['posiljko', 'pošiljko'],
      ['skladisce', 'skladišče'],
      ['vprasanja', 'vprašanja'],
      ['opravicujemo', 'opravičujemo'],
      ['odgovro', 'odgovor'], // swapped letters
      ['zahtveo', 'zahtevo'],
      ['prejeil', 'prejeli'],
      ['trgovni', 'trgovini'], // a letter left out
      ['Spostovani', 'Spoštovani'], // a sentence's first word
    ]);
  });

  it('does not accept garbled words', () => {
    for (const w of ['naročiloo', 'pošilko', 'hvalla', 'strankamm']) expect(sl.correct(w), w).toBe(false);
  });
});
