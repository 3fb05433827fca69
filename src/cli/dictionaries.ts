// Node-side dictionary loading for the CLI, the tests and the scripts. The browser fetches the same .aff/.dic files
// from the extension's own package instead (dictionary-en's index.js reads them with node:fs).
import type { Language } from '../engine/types';
import type { Speller } from '../engine/spelling/speller';
import { createNspellSpeller, type EnglishVariant } from '../engine/spelling/nspell-speller';
import { createSpeller } from '../engine/spelling/load';
import { nodeFetchBytes } from '../engine/spelling/node-fetch-bytes';

/** `englishVariant` is the team profile's: "uk" loads dictionary-en-gb, as the extension does. */
export async function loadSpeller(language: Language, englishVariant?: EnglishVariant): Promise<Speller> {
  switch (language) {
    case 'en': {
      const { default: files } = englishVariant === 'uk' ? await import('dictionary-en-gb') : await import('dictionary-en');
      return createNspellSpeller(files, englishVariant);
    }
    // Latvian, Slovenian, Croatian through Hunspell in WebAssembly; Finnish through its build-time word automaton.
    default:
      return createSpeller(language, nodeFetchBytes());
  }
}
