// Node-side dictionary loading for the CLI, the tests and the scripts: the package's dictionaries/ read from disk.
// The browser fetches the same files from the extension's own package instead.
import type { Language } from '../engine/types';
import type { Speller } from '../engine/spelling/speller';
import { createSpeller } from '../engine/spelling/load';
import { nodeFetchBytes } from '../engine/spelling/node-fetch-bytes';

export async function loadSpeller(language: Language): Promise<Speller> {
  return createSpeller(language, nodeFetchBytes());
}
