// Node-side dictionary loading for the CLI, the tests and the scripts. The browser fetches the same .aff/.dic files
// from the extension's own package instead (dictionary-en's index.js reads them with node:fs).
import type { Language } from '../engine/types';
import type { Speller } from '../engine/spelling/speller';
import { createNspellSpeller } from '../engine/spelling/nspell-speller';
import { createSpeller } from '../engine/spelling/load';
import { nodeFetchBytes } from '../engine/spelling/node-fetch-bytes';

export async function loadSpeller(language: Language): Promise<Speller> {
  switch (language) {
    case 'en': {
      const { default: files } = await import('dictionary-en');
      return createNspellSpeller(files);
    }
    // Latvian, Slovenian, Croatian through Hunspell in WebAssembly; Finnish through its build-time word automaton.
    default:
      return createSpeller(language, nodeFetchBytes());
  }
}
