// Spelling through real Hunspell compiled to WebAssembly (hunspell-asm): the same engine LibreOffice and Firefox
// use, so Latvian, Slovenian and Croatian dictionaries behave as their authors meant — which nspell cannot do for
// them (it had not finished loading dictionary-lv after 11 minutes and 1.1 GB). Its wasm is embedded in its
// JavaScript: there is no separate file to ship, and one module serves every language loaded.
import { loadModule } from 'hunspell-asm/dist/cjs/index.js';
import type { Hunspell, HunspellFactory } from 'hunspell-asm';
import type { Speller } from './speller';
import { Lru } from './lru';
import { createEditSuggester, readAffixHints, type AffixHints } from './hunspell-suggest';
import { normalizeApostrophes } from '../text/tokens';

/** How many words' suggestions one speller remembers. */
export const SUGGESTION_CACHE_SIZE = 2000;
/** How many words' yes/no answers one speller remembers. */
export const CORRECT_CACHE_SIZE = 20_000;

/** Longest word handed to Hunspell: its suggestion search grows with length, and nothing that long is a word. */
const MAX_WORD_LENGTH = 60;

export interface HunspellSpeller extends Speller {
  /** Suggestions already worked out for `word`, without working them out; undefined if none yet. */
  cachedSuggestions(word: string): string[] | undefined;
  /** Frees the dictionary's memory in the shared WebAssembly heap. The speller must not be used afterwards. */
  dispose(): void;
}

let factory: Promise<HunspellFactory> | undefined;

/** How long the module may take to compile and start before loading counts as failed. */
const MODULE_TIMEOUT_MS = 30_000;

// The smallest valid WebAssembly module: compiling it answers at once whether this context may run WebAssembly.
const EMPTY_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * The one Hunspell module of this process or worker, loaded on first use. Its `loadModule` gives up after 3 s by
 * default, which a busy service worker starting cold can exceed, so it gets longer; a failure is not remembered,
 * so a later call tries again.
 */
export function hunspellModule(): Promise<HunspellFactory> {
  factory ??= startModule().catch((err: unknown) => {
    factory = undefined;
    throw err;
  });
  return factory;
}

async function startModule(): Promise<HunspellFactory> {
  // An extension page or worker whose Content Security Policy lacks 'wasm-unsafe-eval' refuses to compile
  // WebAssembly, and hunspell-asm then waits for its runtime without end ("still waiting on run dependencies:
  // wasm-instantiate") instead of failing: ask first, and say why.
  try {
    new WebAssembly.Module(EMPTY_MODULE);
  } catch (err) {
    throw new Error(
      `WebAssembly is not allowed here, so Hunspell cannot run (an extension needs 'wasm-unsafe-eval' in its content_security_policy): ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Hunspell did not start within ${MODULE_TIMEOUT_MS / 1000} s`)), MODULE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([loadModule({ timeout: MODULE_TIMEOUT_MS }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let mounted = 0;

/**
 * A speller over one Hunspell dictionary. `aff` and `dic` must be UTF-8 (scripts/build-dictionaries.ts converts
 * the ones that are not): hunspell-asm hands words to Hunspell as UTF-8 whatever the dictionary's SET says.
 */
export async function createHunspellSpeller(aff: Uint8Array, dic: Uint8Array): Promise<HunspellSpeller> {
  const hunspellFactory = await hunspellModule();
  const id = ++mounted;
  const affPath = hunspellFactory.mountBuffer(aff, `dictionary-${id}.aff`);
  const dicPath = hunspellFactory.mountBuffer(dic, `dictionary-${id}.dic`);
  let hunspell: Hunspell;
  try {
    hunspell = hunspellFactory.create(affPath, dicPath);
  } finally {
    // Hunspell has read both files into its own tables; the mounted copies would only hold memory.
    hunspellFactory.unmount(affPath);
    hunspellFactory.unmount(dicPath);
  }
  // The .aff's suggestion hints are read when the first suggestion is asked for, not while the rep waits on the first
  // check (Latvian's 130 KB .aff costs tens of milliseconds to read).
  return wrapHunspell(hunspell, () => readAffixHints(new TextDecoder().decode(aff)));
}

/** Suggestions returned at most. */
const MAX_SUGGESTIONS = 8;

/**
 * The Speller interface over a created Hunspell instance. Suggestions come first from the slips one edit away
 * (./hunspell-suggest.ts, a few milliseconds); Hunspell's own search, which can take a few hundred, runs only
 * when none of those is a word.
 */
export function wrapHunspell(hunspell: Hunspell, hints: AffixHints | (() => AffixHints)): HunspellSpeller {
  const cache = new Lru<string, string[]>(SUGGESTION_CACHE_SIZE);
  let quickSuggester: ((word: string) => string[]) | null = null;
  const quick = (word: string): string[] => {
    quickSuggester ??= createEditSuggester({ spell: (w) => hunspell.spell(w), hints: typeof hints === 'function' ? hints() : hints });
    return quickSuggester(word);
  };
  let disposed = false;

  // A reply is checked again at every pause in typing, and most of its words are the ones checked last time:
  // remembering answers keeps Hunspell (tens of microseconds a word in Latvian and Croatian, more before the
  // browser has optimised its WebAssembly) out of the way of a re-check.
  let known = new Lru<string, boolean>(CORRECT_CACHE_SIZE);
  // Dictionaries write the apostrophe straight ("don't", Croatian "ne'ko"); a typed curly one must match it.
  const correct = (raw: string): boolean => {
    const word = normalizeApostrophes(raw);
    // Nothing to flag in an empty token, and nothing that long is a word.
    if (!word || word.length > MAX_WORD_LENGTH) return true;
    let answer = known.get(word);
    if (answer === undefined) {
      answer = hunspell.spell(word);
      known.set(word, answer);
    }
    return answer;
  };

  return {
    correct,
    suggest(raw) {
      const word = normalizeApostrophes(raw);
      const hit = cache.get(word);
      if (hit) return [...hit];
      let fresh: string[] = [];
      if (!correct(word)) {
        fresh = quick(word);
        if (fresh.length === 0) fresh = hunspell.suggest(word);
        fresh = fresh.slice(0, MAX_SUGGESTIONS);
      }
      cache.set(word, fresh);
      return [...fresh];
    },
    cachedSuggestions(raw) {
      const hit = cache.get(normalizeApostrophes(raw));
      return hit ? [...hit] : undefined;
    },
    add(raw) {
      const word = normalizeApostrophes(raw.trim());
      if (!word) return;
      hunspell.addWord(word);
      // Answers given before may have changed: the word's case variants are accepted now too.
      known = new Lru<string, boolean>(CORRECT_CACHE_SIZE);
      cache.set(word, []);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      hunspell.dispose();
    },
  };
}
