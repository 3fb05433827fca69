import { beforeAll, describe, expect, it } from 'vitest';
import type { Speller } from '../../src/engine/spelling/speller';
import { expectAllCorrect, expectSuggestions, fixtureWords, loadSpeller } from './helpers';

let fi: Speller;
beforeAll(async () => {
  fi = await loadSpeller('fi');
});

describe('Finnish (the @cspell/dict-fi-fi word automaton, with compounds)', () => {
  it('knows every word of a support reply', () => {
    expectAllCorrect(fi, fixtureWords('fi'));
  });

  it('knows inflected forms, clitics, possessive suffixes and capitals', () => {
    expectAllCorrect(fi, [
      'tilaus', 'tilauksen', 'tilausta', 'tilauksessa', 'tilaukseen', 'tilaukset', 'tilauksia',
      'asiakas', 'asiakkaan', 'asiakkaalle', 'asiakkaita', 'asiakkaille',
      'tilauksenne', 'tilauksesi', 'asiakkaamme', 'yhteydenotostanne', 'talossaan', // possessive suffixes
      'tilauksenkin', 'onko', 'voisitteko', 'huomaathan', 'asiakkaammekin', 'yhteydenotostanneko', // clitics
      'Kiitos', 'KIITOS', 'Helsingissä', 'Helsingissäkin',
    ]);
  });

  it('knows compounds of known words that the list does not hold', () => {
    expectAllCorrect(fi, [
      'asiakaspalvelu', 'asiakaspalvelutyöntekijöillä', 'asiakaspalvelutiimimme', 'palautusosoitteeseen',
      'toimitusaikataulu', 'laskutusosoitteen', 'tilausvahvistuksen', 'Asiakaspalveluumme', 'takuukorjauksesta',
    ]);
  });

  it('flags misspellings and suggests the meant word', () => {
    expectSuggestions(fi, [
      ['paiva', 'päivä'], // typed without dots
      ['lahetimme', 'lähetimme'],
      ['sahkopostiviestissa', 'sähköpostiviestissä'],
      ['kiiots', 'kiitos'], // swapped letters
      ['yhteydenototsasi', 'yhteydenotostasi'],
      ['valitettavsti', 'valitettavasti'], // a letter left out
      ['pahoitelemme', 'pahoittelemme'],
      ['osoitteesen', 'osoitteeseen'],
      ['mahdollisimmman', 'mahdollisimman'], // a letter doubled
      ['asiakaspalvlu', 'asiakaspalvelu'], // inside a compound
      ['toimitsuaika', 'toimitusaika'],
      ['verkkokaupasamme', 'verkkokaupassamme'],
      ['Kiiots', 'Kiitos'], // a sentence's first word
      ['helsingissä', 'Helsingissä'], // a name written in lower case
    ]);
  });

  it('does not accept garbled words or misspelt compound parts', () => {
    for (const w of ['kiitoss', 'tilaukssen', 'asiakaspalvleu', 'asikaspalvelu', 'lähetyksennen', 'HElsinki', 'helsinki']) {
      expect(fi.correct(w), w).toBe(false);
    }
  });

  it('accepts words the rep adds', () => {
    expect(fi.correct('Zendeskissä')).toBe(false);
    fi.add('Zendeskissä');
    expect(fi.correct('Zendeskissä')).toBe(true);
    expect(fi.suggest('Zendeskissä')).toEqual([]);
  });
});
