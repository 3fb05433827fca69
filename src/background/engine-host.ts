// The one place the worker holds the engine: dictionary loading, the engine built from the settings, and a result
// cache keyed by content. Harper (deep grammar) joins here later as a second checker behind the same `check`.
//
// An MV3 service worker can be stopped whenever it is idle, so nothing here is precious: a restart costs one
// dictionary reload (about 0.2 s for English) and an empty cache.
import { createEngine, MAX_CHECKED_LENGTH, type Engine } from '../engine/engine';
import { SUPPORTED_LANGUAGES } from '../engine/lang/pack';
import { createNspellSpeller } from '../engine/spelling/nspell-speller';
import type { Speller } from '../engine/spelling/speller';
import type { CheckResult, Language, Range } from '../engine/types';
import type { Settings } from '../shared/settings';

export interface HostedCheck {
  result: CheckResult;
  /** The draft was longer than the engine checks; only its start was checked. */
  truncated: boolean;
}

export interface EngineHostDeps {
  loadSettings(): Promise<Settings>;
  /** Reads one file shipped in the extension (dictionaries/…). */
  readPackaged(path: string): Promise<string>;
}

const CACHE_SIZE = 64;

/** Spelling dictionaries shipped in the extension, by language. Others check without spelling until they land. */
const DICTIONARIES: Partial<Record<Language, { aff: string; dic: string }>> = {
  en: { aff: 'dictionaries/en/index.aff', dic: 'dictionaries/en/index.dic' },
};

export function createEngineHost(deps: EngineHostDeps) {
  const spellers = new Map<Language, Promise<Speller | null>>();
  let current: Promise<{ engine: Engine; key: string }> | null = null;
  const cache = new Map<string, HostedCheck>();

  function speller(language: Language): Promise<Speller | null> {
    let p = spellers.get(language);
    if (!p) {
      const files = DICTIONARIES[language];
      p = files
        ? Promise.all([deps.readPackaged(files.aff), deps.readPackaged(files.dic)]).then(([aff, dic]) =>
            createNspellSpeller({ aff, dic }),
          )
        : Promise.resolve(null);
      // A failed load is retried on the next check rather than remembered forever.
      p.catch(() => spellers.delete(language));
      spellers.set(language, p);
    }
    return p;
  }

  async function build(): Promise<{ engine: Engine; key: string }> {
    const settings = await deps.loadSettings();
    const language = settings.languages.find((l) => SUPPORTED_LANGUAGES.includes(l)) ?? 'en';
    const engine = createEngine({
      language,
      rules: settings.rules,
      speller: await speller(language),
      words: settings.words,
    });
    return { engine, key: JSON.stringify([language, settings.rules, settings.words]) };
  }

  function engine() {
    // Checks that arrive while the dictionary loads all wait on this one promise: the queue retext-spell keeps.
    if (!current) {
      current = build();
      current.catch(() => (current = null));
    }
    return current;
  }

  return {
    /** Drops the engine so the next check rebuilds it from fresh settings (the dictionary itself is kept). */
    invalidate() {
      current = null;
      cache.clear();
    },

    /** Builds the engine (and loads the dictionary) now, so the next check does not wait for it. */
    async warm(): Promise<void> {
      await engine();
    },

    async check(text: string, hints: readonly Range[]): Promise<HostedCheck> {
      const { engine: e, key } = await engine();
      const cacheKey = `${key}\u0000${JSON.stringify(hints)}\u0000${await digest(text)}`;
      const hit = cache.get(cacheKey);
      if (hit) {
        cache.delete(cacheKey);
        cache.set(cacheKey, hit);
        return hit;
      }
      const checked: HostedCheck = {
        result: e.check(text, { hints }),
        truncated: text.length > MAX_CHECKED_LENGTH,
      };
      cache.set(cacheKey, checked);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return checked;
    },
  };
}

export type EngineHost = ReturnType<typeof createEngineHost>;

/** SHA-256 of the text: the cache holds digests, not drafts. */
async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}
