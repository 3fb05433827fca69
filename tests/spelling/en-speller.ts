// One English speller per test file: loading dictionary-en takes ~0.3 s and 50 MB, so each file shares one.
import type { Speller } from '../../src/engine/spelling/speller';
import { loadSpeller } from '../../src/cli/dictionaries';

let loading: Promise<Speller> | null = null;

export function enSpeller(): Promise<Speller> {
  loading ??= loadSpeller('en');
  return loading;
}
