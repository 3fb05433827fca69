// The fast check, then Harper's findings merged in: what the CLI prints and what the extension shows once Harper
// has answered. Only English replies go to Harper.
import type { CheckInput, Engine } from '../../engine';
import type { CheckResult } from '../../types';
import type { HarperOptions, HarperProvider } from './provider';
import { mergeDeep } from './merge';

export async function checkDeep(
  engine: Engine,
  harper: HarperProvider | null,
  text: string,
  input: CheckInput = {},
  options: HarperOptions = {},
): Promise<CheckResult> {
  const fast = engine.check(text, input);
  if (!harper || fast.language !== 'en') return fast;
  return mergeDeep(fast, await harper.check(text, input, options));
}
