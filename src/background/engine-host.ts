// The one place the worker holds the engine: dictionary loading, one engine per language built from the settings,
// the language of each draft (pinned or detected), and a result cache keyed by content. Harper (deep grammar) joins
// here later as a second checker behind the same `check`.
//
// An MV3 service worker can be stopped whenever it is idle, so nothing here is precious: a restart costs one
// dictionary reload per language in use (about 0.2 s for English, about 1 s for Latvian) and an empty cache.
import { createEngine, type Engine } from '../engine/engine';
import { createNspellSpeller } from '../engine/spelling/nspell-speller';
import { createSpeller } from '../engine/spelling/load';
import type { Speller } from '../engine/spelling/speller';
import type { CheckResult, Language, Range } from '../engine/types';
import type { Settings } from '../shared/settings';
import { chooseLanguage, enabledLanguages } from '../engine/lang/choose';
import { toEngineConfig } from '../engine/profile/index';
import { effectiveSettings } from './profile-host';
import type { HarperOptions } from '../engine/grammar/harper/provider';

export interface HostedCheck {
  result: CheckResult;
  /** The draft was longer than the engine checks; only its start was checked. */
  truncated: boolean;
  /** The language the draft was checked in. */
  language: Language;
  /** Detected from the rep's own paragraphs (false: pinned by the rep, or the only language enabled). */
  detected: boolean;
  /** The language's dictionary could not be loaded: the draft was checked without spelling. */
  spellingUnavailable: boolean;
}

export interface EngineHostDeps {
  loadSettings(): Promise<Settings>;
  /** Reads one file shipped in the extension (dictionaries/…) as text. */
  readPackaged(path: string): Promise<string>;
  /** Reads one file shipped in the extension as bytes. */
  readPackagedBytes(path: string): Promise<Uint8Array>;
  /**
   * Where pinned languages outlive the worker (storage.session: the browser stops an idle worker after 30 s, and a
   * pin lasts as long as its compose box). Without it, pins live in memory only.
   */
  pinStore?: {
    load(): Promise<[string, Language][]>;
    save(pins: [string, Language][]): Promise<void>;
  };
}

const CACHE_SIZE = 64;
/** Compose boxes whose pinned language is remembered; the oldest pin goes first. */
const MAX_PINS = 64;

/**
 * English stays on nspell with dictionary-en's files (its suggestion layer is tuned on nspell); the other languages
 * load through createSpeller (Hunspell in WebAssembly, Finnish through its word automaton).
 */
const ENGLISH = { aff: 'dictionaries/en/index.aff', dic: 'dictionaries/en/index.dic' };

export function createEngineHost(deps: EngineHostDeps) {
  const spellers = new Map<Language, Promise<Speller | null>>();
  /** Languages whose dictionary failed to load in this worker's life: checked without spelling, not retried. */
  const unavailable = new Set<Language>();
  let settings: Promise<Settings> | null = null;
  const engines = new Map<Language, Promise<{ engine: Engine; key: string }>>();
  const cache = new Map<string, HostedCheck>();
  const pins = new Map<string, Language>();
  let pinsLoaded: Promise<void> | null = null;

  function loadPins(): Promise<void> {
    if (!pinsLoaded) {
      pinsLoaded = (deps.pinStore?.load() ?? Promise.resolve([]))
        .then((stored) => {
          // Pins set before the stored ones arrived are newer: they win.
          for (const [doc, language] of stored) if (!pins.has(doc)) pins.set(doc, language);
        })
        .catch(() => {});
    }
    return pinsLoaded;
  }

  function savePins() {
    void deps.pinStore?.save([...pins]).catch(() => {});
  }

  function loadSpeller(language: Language): Promise<Speller> {
    if (language === 'en') {
      return Promise.all([deps.readPackaged(ENGLISH.aff), deps.readPackaged(ENGLISH.dic)]).then(([aff, dic]) =>
        createNspellSpeller({ aff, dic }),
      );
    }
    return createSpeller(language, (path) => deps.readPackagedBytes(path));
  }

  function speller(language: Language): Promise<Speller | null> {
    let p = spellers.get(language);
    if (!p) {
      // A dictionary that cannot be read now (missing file, no WebAssembly) will not be readable on the next
      // keystroke either: the draft is checked without spelling rather than every check waiting on a retry.
      p = loadSpeller(language).catch((err: unknown) => {
        console.warn(`ReplyCheck: spelling for "${language}" is unavailable:`, err);
        unavailable.add(language);
        return null;
      });
      spellers.set(language, p);
    }
    return p;
  }

  function currentSettings(): Promise<Settings> {
    if (!settings) {
      settings = deps.loadSettings();
      settings.catch(() => (settings = null));
    }
    return settings;
  }

  async function build(language: Language): Promise<{ engine: Engine; key: string }> {
    const s = await currentSettings();
    // The team profile in force with the rep's settings on top where it allows (src/background/profile-host.ts).
    const profile = toEngineConfig(await effectiveSettings({ rules: s.rules, words: s.words }), language);
    const engine = createEngine({
      language,
      rules: profile.rules,
      speller: await speller(language),
      words: profile.words,
      extraRules: profile.extraRules,
    });
    const custom = profile.extraRules?.map((r) => r.id);
    return { engine, key: JSON.stringify([language, profile.rules, profile.words, custom]) };
  }

  function engine(language: Language) {
    // Checks that arrive while a dictionary loads all wait on this one promise: the queue retext-spell keeps.
    let p = engines.get(language);
    if (!p) {
      p = build(language);
      p.catch(() => engines.delete(language));
      engines.set(language, p);
    }
    return p;
  }

  return {
    /** Drops the engines so the next check rebuilds them from fresh settings (the dictionaries themselves are kept). */
    invalidate() {
      settings = null;
      engines.clear();
      cache.clear();
    },

    /** Builds the engine for the rep's first language (and loads its dictionary) now, so a check need not wait. */
    async warm(): Promise<void> {
      const s = await currentSettings();
      await engine(enabledLanguages(s.languages)[0]!);
    },

    /** Pins a compose box to a language, or (null) goes back to detecting it. */
    async pin(doc: string, language: Language | null): Promise<void> {
      await loadPins();
      pins.delete(doc);
      if (language) pins.set(doc, language);
      if (pins.size > MAX_PINS) pins.delete(pins.keys().next().value!);
      savePins();
    },

    async pinned(doc: string): Promise<Language | null> {
      await loadPins();
      return pins.get(doc) ?? null;
    },

    async forget(doc: string): Promise<void> {
      await loadPins();
      if (pins.delete(doc)) savePins();
    },

    /** What Harper follows: the English rule settings in force (profile and rep) and the profile's English variant. */
    async deepOptions(): Promise<HarperOptions & { enabled: boolean }> {
      const s = await currentSettings();
      const profile = toEngineConfig(await effectiveSettings({ rules: s.rules, words: s.words }), 'en');
      const options: HarperOptions & { enabled: boolean } = { enabled: s.deepGrammar, rules: profile.rules ?? {} };
      if (profile.englishVariant) options.englishVariant = profile.englishVariant;
      return options;
    },

    /** The languages the rep writes in (from the options), in their order. */
    async languages(): Promise<Language[]> {
      return enabledLanguages((await currentSettings()).languages);
    },

    async check(text: string, hints: readonly Range[], doc?: string): Promise<HostedCheck> {
      const enabled = enabledLanguages((await currentSettings()).languages);
      await loadPins();
      const { language, detected } = chooseLanguage(text, hints, enabled, doc ? (pins.get(doc) ?? null) : null);
      const { engine: e, key } = await engine(language);
      const cacheKey = `${key}\u0000${JSON.stringify(hints)}\u0000${await digest(text)}`;
      const hit = cache.get(cacheKey);
      if (hit) {
        cache.delete(cacheKey);
        cache.set(cacheKey, hit);
        return { ...hit, detected };
      }
      const result = e.check(text, { hints });
      const checked: HostedCheck = {
        result,
        // The engine says when the rep's own writing went on past what it checked (a long quoted thread does not count).
        truncated: result.truncated !== undefined,
        language,
        detected,
        spellingUnavailable: unavailable.has(language),
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
