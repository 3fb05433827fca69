import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Language } from '../../src/engine/types';
import type { Speller } from '../../src/engine/spelling/speller';
import { createSpeller } from '../../src/engine/spelling/load';
import { nodeFetchBytes } from '../../src/engine/spelling/node-fetch-bytes';
import { tokenize } from '../../src/engine/text/tokens';

export const loadSpeller = (language: Language) => createSpeller(language, nodeFetchBytes());

/** A natural support reply in `language` (tests/spelling-multi/fixtures), every word spelt right. */
export function fixtureWords(language: Language): string[] {
  const text = readFileSync(join(__dirname, 'fixtures', `${language}.txt`), 'utf8');
  return tokenize(text, [0, text.length]).map((w) => w.text);
}

export function expectAllCorrect(speller: Speller, words: readonly string[]) {
  expect(words.filter((w) => !speller.correct(w))).toEqual([]);
}

/** Each misspelling is flagged and the meant word is among the first three suggestions. */
export function expectSuggestions(speller: Speller, pairs: readonly (readonly [typed: string, meant: string])[]) {
  const wrong = pairs
    .map(([typed, meant]) => ({ typed, meant, flagged: !speller.correct(typed), top3: speller.suggest(typed).slice(0, 3) }))
    .filter((r) => !r.flagged || !r.top3.includes(r.meant));
  expect(wrong).toEqual([]);
}
