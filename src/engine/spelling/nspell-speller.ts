import NSpell from 'nspell';
import type { Speller } from './speller';

export interface HunspellFiles {
  aff: string | Uint8Array;
  dic: string | Uint8Array;
}

function asText(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

/** English spelling through nspell (a JavaScript Hunspell reader); loads dictionary-en in about 0.2 s. */
export function createNspellSpeller(files: HunspellFiles): Speller {
  const spell = NSpell(asText(files.aff), asText(files.dic));
  return {
    correct: (word) => spell.correct(word),
    suggest: (word) => spell.suggest(word),
    add: (word) => void spell.add(word),
  };
}
