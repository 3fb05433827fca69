// One way to get a language's speller in every environment: the caller says how to read a file of the package
// (Node: from disk, ./node-fetch-bytes.ts; the extension's worker: fetch(runtime.getURL(path))), and this module
// knows which files each language needs and which engine reads them.
//
//   lv, sl, hr: Hunspell .aff/.dic through hunspell-asm (./hunspell-speller.ts)
//   en:         dictionary-en's word forms compiled at build time, read as nspell reads them (./en/english-speller.ts)
//   fi:         the word automaton built from @cspell/dict-fi-fi (./finnish/)
import type { Language } from '../types';
import type { Speller } from './speller';
import { createHunspellSpeller } from './hunspell-speller';
import { createFinnishSpeller } from './finnish/finnish-speller';
import { createEnglishSpeller } from './en/english-speller';
import { createNspellSpeller, type EnglishVariant } from './nspell-speller';

/** Reads a file of the package by its path from the package root, e.g. "dictionaries/lv/lv.dic". */
export type FetchBytes = (path: string) => Promise<Uint8Array>;

/** Where a language's dictionary lives, from the package root (the extension's root once built). */
export const DICTIONARY_FILES: Readonly<Record<Language, readonly string[]>> = {
  en: ['dictionaries/en/en.dawg', 'dictionaries/en/en.json'],
  lv: ['dictionaries/lv/lv.aff', 'dictionaries/lv/lv.dic'],
  sl: ['dictionaries/sl/sl.aff', 'dictionaries/sl/sl.dic'],
  hr: ['dictionaries/hr/hr.aff', 'dictionaries/hr/hr.dic'],
  fi: ['dictionaries/fi/fi.dawg'],
};

/** dictionary-en-gb's files, as the extension ships them, for a team profile that says "englishVariant": "uk". */
export const BRITISH_FILES = ['dictionaries/en-gb/index.aff', 'dictionaries/en-gb/index.dic'] as const;

export interface SpellerHandle extends Speller {
  cachedSuggestions?(word: string): string[] | undefined;
  /** Frees the dictionary's memory; only Hunspell spellers hold memory outside the JavaScript heap. */
  dispose?(): void;
}

/**
 * A new speller for `language`. Each call loads the dictionary again: keep one per language for as long as it is
 * in use, and call `dispose` when dropping a Hunspell one (its memory lives in the WebAssembly heap).
 */
export async function createSpeller(
  language: Language,
  fetchBytes: FetchBytes,
  englishVariant?: EnglishVariant,
): Promise<SpellerHandle> {
  if (language === 'en' && englishVariant === 'uk') {
    const [aff, dic] = await Promise.all(BRITISH_FILES.map((path) => fetchBytes(path)));
    return createNspellSpeller({ aff: aff!, dic: dic! }, 'uk');
  }
  const files = DICTIONARY_FILES[language];
  const bytes = await Promise.all(files.map((path) => fetchBytes(path)));
  if (language === 'fi') return createFinnishSpeller(bytes[0]!);
  if (language === 'en') return createEnglishSpeller(bytes[0]!, bytes[1]!, englishVariant);
  return createHunspellSpeller(bytes[0]!, bytes[1]!);
}
