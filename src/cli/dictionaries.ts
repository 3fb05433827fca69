// Node-side dictionary loading for the CLI, the tests and the scripts: the package's dictionaries/ read from disk.
// The browser fetches the same files from the extension's own package instead.
import type { Language } from '../engine/types';
import type { Speller } from '../engine/spelling/speller';
import type { EnglishVariant } from '../engine/spelling/nspell-speller';
import { createNspellSpeller } from '../engine/spelling/nspell-speller';
import { createSpeller } from '../engine/spelling/load';
import { nodeFetchBytes } from '../engine/spelling/node-fetch-bytes';

/**
 * `englishVariant` is the team profile's, as in the extension. "uk" reads dictionary-en-gb from its npm package (the
 * extension ships the same two files); every other case reads the package's dictionaries/ through createSpeller.
 */
export async function loadSpeller(language: Language, englishVariant?: EnglishVariant): Promise<Speller> {
  if (language === 'en' && englishVariant === 'uk') {
    const { default: files } = await import('dictionary-en-gb');
    return createNspellSpeller(files, 'uk');
  }
  return createSpeller(language, nodeFetchBytes(), englishVariant);
}
