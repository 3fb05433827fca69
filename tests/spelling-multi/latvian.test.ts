import { beforeAll, describe, expect, it } from 'vitest';
import type { Speller } from '../../src/engine/spelling/speller';
import { expectAllCorrect, expectSuggestions, fixtureWords, loadSpeller } from './helpers';

let lv: Speller;
beforeAll(async () => {
  lv = await loadSpeller('lv');
});

describe('Latvian (dictionary-lv through Hunspell)', () => {
  it('knows every word of a support reply', () => {
    expectAllCorrect(lv, fixtureWords('lv'));
  });

  it('knows inflected forms and sentence capitals', () => {
    expectAllCorrect(lv, [
      'pasūtījums', 'pasūtījuma', 'pasūtījumu', 'pasūtījumam', 'pasūtījumā', 'pasūtījumi', 'pasūtījumiem',
      'klients', 'klienta', 'klientam', 'klientiem', 'klientu',
      'atbildēt', 'atbildu', 'atbildēsim', 'atbildējām', 'saņēmām', 'nosūtīsim',
      'Paldies', 'PALDIES', 'Rīgā',
    ]);
  });

  it('flags misspellings and suggests the meant word', () => {
    expectSuggestions(lv, [
      ['pasutijums', 'pasūtījums'], // typed without marks
      ['neertibam', 'neērtībām'],
      ['vestuli', 'vēstuli'],
      ['kompensaciju', 'kompensāciju'],
      ['jautajumiem', 'jautājumiem'],
      ['klinetu', 'klientu'], // swapped letters
      ['paldis', 'paldies'], // a letter left out
      ['atbalstaa', 'atbalsta'], // a letter doubled
      ['Informejiet', 'Informējiet'], // a sentence's first word
    ]);
  });

  it('does not accept garbled words', () => {
    for (const w of ['pasūtjums', 'paldiesz', 'klientuu', 'sūtījumss']) expect(lv.correct(w), w).toBe(false);
  });
});
