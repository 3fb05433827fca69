// The one registry of built-in rules, sorted by id. tests/engine/registry.test.ts fails when this list, the rule
// files under this folder and the README's rule table disagree. No filesystem scanning at run time.
import type { Rule } from '../rule';
import grammarRepeatedWord from './grammar/repeated-word';
import privacyCardNumber from './privacy/card-number';

export const RULES: readonly Rule[] = [
  grammarRepeatedWord,
  privacyCardNumber,
];
