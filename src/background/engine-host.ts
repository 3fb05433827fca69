// The one place the worker holds the engine: dictionary loading, one engine per language built from the settings,
// the language of each draft (pinned or detected), and a result cache keyed by content. Harper (deep grammar) joins
// here later as a second checker behind the same `check`.
//
// An MV3 service worker can be stopped whenever it is idle, so nothing here is precious: a restart costs one
// dictionary reload per language in use (tens of milliseconds for English, a few hundred for Latvian) and an empty cache.
import { createEngine, type Engine } from '../engine/engine';
import type { CustomerMessage } from '../engine/rule';
import type { EnglishVariant } from '../engine/spelling/nspell-speller';
import { createSpeller } from '../engine/spelling/load';
import { SUGGESTIONS_FIRST_CHECK, SUGGESTIONS_PER_CHECK } from '../engine/spelling/suggestions';
import type { Speller } from '../engine/spelling/speller';
import type { CheckResult, Language, Range } from '../engine/types';
import type { Settings } from '../shared/settings';
import { chooseLanguage, enabledLanguages } from '../engine/lang/choose';
import { ruleLocks, toEngineConfig, type EffectiveSettings, type PersonalSettings, type RuleLocks } from '../engine/profile/index';
import { effectiveSettings as profileSettings } from './profile-host';
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
  /** The rules the team profile does not let the rep change (the card offers no "Turn off this rule" for them). */
  locks: RuleLocks;
}

export interface EngineHostDeps {
  loadSettings(): Promise<Settings>;
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
  /** The team profile in force with the rep's settings on top; the worker's profile host unless a test gives one. */
  effectiveSettings?(personal: PersonalSettings): Promise<EffectiveSettings>;
}

/** What the page knows around a draft: the customer's message it answers, the attachments in its compose window. */
export interface DraftContext {
  customer?: CustomerMessage;
  attachments?: number;
}

const CACHE_SIZE = 64;
/** Compose boxes whose pinned language is remembered; the oldest pin goes first. */
const MAX_PINS = 64;

/** The languages a draft may be checked in: the rep's, within the team profile's when it names some. */
export function allowedLanguages(rep: readonly Language[], team: readonly Language[] | null): Language[] {
  if (!team) return enabledLanguages(rep);
  const both = rep.filter((l) => team.includes(l));
  // The rep enabled none of the team's languages: the team's decide, or every draft would be checked in English.
  return enabledLanguages(both.length > 0 ? both : team);
}

export function createEngineHost(deps: EngineHostDeps) {
  /** By language; English's key says which dictionary and variant ("en", "en:us", "en:uk"). */
  const spellers = new Map<string, Promise<Speller | null>>();
  /** Languages whose dictionary failed to load in this worker's life: checked without spelling, not retried. */
  const unavailable = new Set<Language>();
  let settings: Promise<Settings> | null = null;
  const engines = new Map<Language, Promise<{ engine: Engine; key: string; locks: RuleLocks }>>();
  let effective: Promise<EffectiveSettings> | null = null;
  const effectiveSettings = deps.effectiveSettings ?? profileSettings;
  const cache = new Map<string, HostedCheck>();
  /** Languages checked at least once in this worker's life. */
  const checkedLanguages = new Set<Language>();
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

  function loadSpeller(language: Language, variant: EnglishVariant | undefined): Promise<Speller> {
    // English from its compiled word forms (dictionary-en-gb through nspell for a "uk" team), Latvian, Slovenian and
    // Croatian through Hunspell in WebAssembly, Finnish through its word automaton (src/engine/spelling/load.ts).
    return createSpeller(language, (path) => deps.readPackagedBytes(path), variant);
  }

  function speller(language: Language, variant: EnglishVariant | undefined): Promise<Speller | null> {
    const key = language === 'en' && variant ? `en:${variant}` : language;
    let p = spellers.get(key);
    if (!p) {
      // One English dictionary at a time (74 MB each): the team's variant changed, so the other one goes.
      if (language === 'en') for (const k of spellers.keys()) if (k.startsWith('en') && k !== key) spellers.delete(k);
      // A dictionary that cannot be read now (missing file, no WebAssembly) will not be readable on the next
      // keystroke either: the draft is checked without spelling rather than every check waiting on a retry.
      p = loadSpeller(language, variant).catch((err: unknown) => {
        console.warn(`ReplyCheck: spelling for "${language}" is unavailable:`, err);
        unavailable.add(language);
        return null;
      });
      spellers.set(key, p);
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

  /** The team profile in force with the rep's settings on top where it allows (src/background/profile-host.ts). */
  function currentEffective(): Promise<EffectiveSettings> {
    if (!effective) {
      effective = currentSettings().then((s) => effectiveSettings({ rules: s.rules, words: s.words }));
      effective.catch(() => (effective = null));
    }
    return effective;
  }

  async function build(language: Language): Promise<{ engine: Engine; key: string; locks: RuleLocks }> {
    const team = await currentEffective();
    const profile = toEngineConfig(team, language);
    const engine = createEngine({
      language,
      rules: profile.rules,
      speller: await speller(language, team.englishVariant),
      words: profile.words,
      extraRules: profile.extraRules,
    });
    const custom = profile.extraRules?.map((r) => r.id);
    const key = JSON.stringify([language, team.englishVariant ?? null, profile.rules, profile.words, custom]);
    return { engine, key, locks: ruleLocks(team) };
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
      effective = null;
      engines.clear();
      cache.clear();
    },

    /** Builds the engine for the rep's first language (and loads its dictionary) now, so a check need not wait. */
    async warm(): Promise<void> {
      const [s, team] = await Promise.all([currentSettings(), currentEffective()]);
      await engine(allowedLanguages(s.languages, team.languages)[0]!);
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

    /** The team profile in force with the rep's allowed settings on top. */
    effective: currentEffective,

    /** What Harper follows: the English rule settings in force (profile and rep) and the profile's English variant. */
    async deepOptions(): Promise<HarperOptions & { enabled: boolean }> {
      const [s, team] = await Promise.all([currentSettings(), currentEffective()]);
      const profile = toEngineConfig(team, 'en');
      const options: HarperOptions & { enabled: boolean } = { enabled: s.deepGrammar, rules: profile.rules ?? {} };
      if (profile.englishVariant) options.englishVariant = profile.englishVariant;
      return options;
    },

    /** The languages the rep writes in (from the options), in their order. */
    async languages(): Promise<Language[]> {
      const [s, team] = await Promise.all([currentSettings(), currentEffective()]);
      return allowedLanguages(s.languages, team.languages);
    },

    /** The team profile's languages, or null when it does not restrict them. */
    async teamLanguages(): Promise<Language[] | null> {
      return (await currentEffective()).languages;
    },

    /**
     * Spelling suggestions for a word a check flagged with `suggestionsPending`, from the engine (and so the dictionary,
     * with the team's and the rep's words) that `language` is checked with; cached by the dictionary. Only a language
     * drafts are checked in (the rep's, one already in use, or the one `doc` is pinned to): a page cannot make the
     * worker load the others.
     */
    async suggestions(doc: string, language: Language, word: string): Promise<string[]> {
      const [s, team] = await Promise.all([currentSettings(), currentEffective()]);
      await loadPins();
      const pinned = pins.get(doc) === language && (!team.languages || team.languages.includes(language));
      if (!engines.has(language) && !pinned && !allowedLanguages(s.languages, team.languages).includes(language)) {
        throw new Error(`Drafts are not checked in "${language}" here.`);
      }
      const { engine: e } = await engine(language);
      return e.suggestions(word);
    },

    /** `context`: the customer's message the draft answers and the compose window's attachment count, when known. */
    async check(text: string, hints: readonly Range[], doc?: string, context: DraftContext = {}): Promise<HostedCheck> {
      const [s, team] = await Promise.all([currentSettings(), currentEffective()]);
      const enabled = allowedLanguages(s.languages, team.languages);
      await loadPins();
      const pin = doc ? (pins.get(doc) ?? null) : null;
      // A pin outside the team's languages (set before the profile arrived) is not obeyed.
      const allowedPin = pin && (!team.languages || team.languages.includes(pin)) ? pin : null;
      const { language, detected } = chooseLanguage(text, hints, enabled, allowedPin);
      const { engine: e, key, locks } = await engine(language);
      const { customer, attachments } = context;
      const about = customer ? `${customer.name ?? ''}\u0000${await digest(customer.text)}` : '-';
      const cacheKey = `${key}\u0000${JSON.stringify([hints, attachments ?? null])}\u0000${await digest(text)}\u0000${about}`;
      const hit = cache.get(cacheKey);
      if (hit) {
        cache.delete(cacheKey);
        cache.set(cacheKey, hit);
        return { ...hit, detected, locks };
      }
      // A worker that has just started (the browser stops an idle one) has kept the rep waiting on the dictionary
      // already: its first check with a language works out fewer suggestion lists, and the card asks for the rest.
      const first = !checkedLanguages.has(language);
      checkedLanguages.add(language);
      const result = e.check(text, {
        hints,
        suggestionsPerCheck: first ? SUGGESTIONS_FIRST_CHECK : SUGGESTIONS_PER_CHECK,
        ...(customer ? { customer: { text: customer.text, ...(customer.name !== undefined ? { name: customer.name } : {}) } } : {}),
        ...(attachments !== undefined ? { attachments } : {}),
      });
      const checked: HostedCheck = {
        result,
        // The engine says when the rep's own writing went on past what it checked (a long quoted thread does not count).
        truncated: result.truncated !== undefined,
        language,
        detected,
        spellingUnavailable: unavailable.has(language),
        locks,
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
