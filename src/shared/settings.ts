// The rep's own settings, kept in storage.local. Defaults are the type and migrations are an ordered list
// (refined-github options-storage.ts); stored values are validated key by key (Dark Reader utils/validation.ts), so
// one bad key falls back to its default and is reported, and the rest survive. Team profiles (managed storage, a
// profile URL) come later and sit below these settings; this module is the one place that reads or writes them.
import type { Language } from '../engine/types';
import { LANGUAGES } from '../engine/types';
import type { RuleSetting } from '../engine/engine';
import { ext } from './ext';

export const DEFAULT_SETTINGS = {
  /** Languages the rep writes in; the first is used until language detection lands. */
  languages: ['en'] as Language[],
  /** The personal dictionary: words spelling accepts on top of the dictionary. */
  words: [] as string[],
  /** Rule id → severity or 'off'; rules not named keep their defaults. */
  rules: {} as Record<string, RuleSetting>,
  /** Hosts where the rep turned the extension off. */
  disabledSites: [] as string[],
  /** 'auto' uses the CSS Custom Highlight API where it exists; 'overlay' always draws underlines in an overlay. */
  underlines: 'auto' as 'auto' | 'overlay',
  /** Harper's deep English grammar pass after the fast checks (about 200-250 MB of memory while it is loaded). */
  deepGrammar: true as boolean,
};

export type Settings = typeof DEFAULT_SETTINGS;
export type SettingsKey = keyof Settings;

/** Bumped whenever a migration is added; stored next to the settings as `settingsVersion`. */
export const SETTINGS_VERSION = 1;

type Stored = Record<string, unknown>;
/** Migration n turns version n-1's stored object into version n's. Never edit one once shipped; add the next. */
const MIGRATIONS: ReadonlyArray<(old: Stored) => Stored> = [
  // 1: the first stored shape; nothing to change.
  (old) => old,
];

export const MAX_WORDS = 5000;
export const MAX_WORD_LENGTH = 64;
const SEVERITY_SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A word the personal dictionary may hold: one token of letters (apostrophes and hyphens inside), bounded. */
export function isDictionaryWord(word: string): boolean {
  return word.length > 0 && word.length <= MAX_WORD_LENGTH && /^[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*$/u.test(word);
}

export function isHost(host: string): boolean {
  return host.length <= 253 && /^[a-z0-9.-]+(?::\d{1,5})?$/i.test(host);
}

const VALIDATORS: { [K in SettingsKey]: (v: unknown) => v is Settings[K] } = {
  languages: (v): v is Language[] =>
    isStringArray(v) && v.length > 0 && v.every((l) => (LANGUAGES as readonly string[]).includes(l)),
  words: (v): v is string[] => isStringArray(v) && v.length <= MAX_WORDS && v.every(isDictionaryWord),
  rules: (v): v is Record<string, RuleSetting> =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.entries(v).every(([k, s]) => /^[a-z]+\/[a-z0-9-]+$/.test(k) && SEVERITY_SETTINGS.includes(s as string)),
  disabledSites: (v): v is string[] => isStringArray(v) && v.every(isHost),
  underlines: (v): v is 'auto' | 'overlay' => v === 'auto' || v === 'overlay',
  deepGrammar: (v): v is boolean => typeof v === 'boolean',
};

export interface LoadedSettings {
  settings: Settings;
  /** Keys whose stored value was invalid and fell back to the default. */
  invalid: SettingsKey[];
}

/** Stored data (any shape, any version) → valid settings. Pure: the tests call it without a browser. */
export function parseSettings(stored: Stored): LoadedSettings {
  let data: Stored = { ...stored };
  const from = typeof data.settingsVersion === 'number' ? data.settingsVersion : 0;
  for (let v = Math.max(from, 0); v < MIGRATIONS.length; v++) data = MIGRATIONS[v]!(data);
  const settings = structuredClone(DEFAULT_SETTINGS);
  const invalid: SettingsKey[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as SettingsKey[]) {
    if (!(key in data)) continue;
    const value = data[key];
    if (VALIDATORS[key](value)) (settings as Record<SettingsKey, unknown>)[key] = value;
    else invalid.push(key);
  }
  return { settings, invalid };
}

/** The storage.local keys of the team profile (src/background/profile-sources.ts owns them). */
export const PROFILE_KEYS: readonly string[] = ['profileUrl', 'profileState'];

/** The keys this module owns in storage.local (the worker keeps other, non-setting data there too). */
const STORAGE_KEYS = [...Object.keys(DEFAULT_SETTINGS), 'settingsVersion'];

export async function loadSettings(): Promise<Settings> {
  const stored = (await ext.storage.local.get(STORAGE_KEYS)) as Stored;
  const { settings, invalid } = parseSettings(stored);
  if (invalid.length > 0) console.warn(`replycheck: settings ${invalid.join(', ')} were invalid and were reset`);
  return settings;
}

/** Writes some settings; every value is validated first, so storage never holds a bad one. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  for (const [key, value] of Object.entries(patch) as [SettingsKey, unknown][]) {
    if (!VALIDATORS[key](value)) throw new Error(`invalid value for setting "${key}"`);
  }
  try {
    await ext.storage.local.set({ ...patch, settingsVersion: SETTINGS_VERSION });
  } catch (err) {
    throw storageWriteError(err);
  }
}

/**
 * A failed storage write, said so a rep knows what happened. A write either lands whole or not at all, so what was
 * stored before is still there. Chromium's message for a full storage.local is "QUOTA_BYTES quota exceeded" (10 MB,
 * without the unlimitedStorage permission); storage.sync has smaller per-item quotas named the same way.
 */
export function storageWriteError(err: unknown): Error {
  const why = err instanceof Error ? err.message : String(err);
  if (/quota|QUOTA_BYTES|storage is full|NS_ERROR_DOM_QUOTA/i.test(why)) {
    return new Error(`Not saved: the browser's storage for ReplyCheck is full (${why}). Everything saved before is unchanged.`);
  }
  return new Error(`Not saved: the browser could not store it (${why}). Everything saved before is unchanged.`);
}

/** Calls `listener` with fresh settings whenever any of them changes. Returns the unsubscribe function. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    // A team profile change (policy, URL, imported file) changes the effective settings as much as the rep's own.
    if (area === 'managed') {
      void loadSettings().then(listener);
      return;
    }
    const watched = [...STORAGE_KEYS, ...PROFILE_KEYS];
    if (area !== 'local' || !Object.keys(changes).some((k) => watched.includes(k))) return;
    void loadSettings().then(listener);
  };
  ext.storage.onChanged.addListener(handler);
  return () => ext.storage.onChanged.removeListener(handler);
}
