import { beforeAll, describe, expect, it } from 'vitest';
import type { Speller } from '../../src/engine/spelling/speller';
import { expectAllCorrect, expectSuggestions, fixtureWords, loadSpeller } from './helpers';

let hr: Speller;
beforeAll(async () => {
  hr = await loadSpeller('hr');
});

describe("Croatian (Debian's hunspell-hr through Hunspell)", () => {
  it('knows every word of a support reply', () => {
    expectAllCorrect(hr, fixtureWords('hr'));
  });

  it('knows inflected forms and sentence capitals', () => {
    expectAllCorrect(hr, [
      'narudžba', 'narudžbe', 'narudžbi', 'narudžbu', 'narudžbom', 'narudžbama',
      'korisnik', 'korisnika', 'korisniku', 'korisnici', 'korisnicima',
      'pošiljka', 'pošiljku', 'pošiljke',
      'odgovoriti', 'odgovorit', 'odgovorili', 'poslali', 'vratiti', 'ispričavamo',
      'Poštovana', 'HVALA', 'Zagrebu',
    ]);
  });

  it('flags misspellings and suggests the meant word', () => {
    expectSuggestions(hr, [
      ['narudzba', 'narudžba'], // typed without marks
      ['postovana', 'poštovana'],
      ['pracenje', 'praćenje'],
      ['kasnjenje', 'kašnjenje'],
      ['sljedecoj', 'sljedećoj'],
      ['odgovro', 'odgovor'], // swapped letters
      ['zahvaljuejmo', 'zahvaljujemo'],
      ['pitanaj', 'pitanja'],
      ['proizovd', 'proizvod'],
      ['Ispricavamo', 'Ispričavamo'], // a sentence's first word
    ]);
  });

  it('does not accept garbled words', () => {
    for (const w of ['narudžbba', 'pošilka', 'hvalla', 'korisnikka']) expect(hr.correct(w), w).toBe(false);
  });
});
