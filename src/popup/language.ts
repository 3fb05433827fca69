// What the popup says about the draft's language; kept apart from the DOM so it can be tested on its own.
import { LANGUAGES, type Language } from '../engine/types';
import type { DraftLanguage } from '../shared/protocol';

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  lv: 'Latvian',
  sl: 'Slovenian',
  hr: 'Croatian',
  fi: 'Finnish',
};

/** "Language: Latvian (detected)", "Language: English (pinned)", or just the name when there was nothing to choose. */
export function languageLine(d: Pick<DraftLanguage, 'language' | 'detected' | 'pinned'>): string {
  const how = d.pinned ? ' (pinned)' : d.detected ? ' (detected)' : '';
  return `Language: ${LANGUAGE_NAMES[d.language]}${how}`;
}

/** Said when the draft was checked without spelling because its dictionary could not be loaded. */
export function spellingNote(d: Pick<DraftLanguage, 'language' | 'spellingUnavailable'>): string | null {
  return d.spellingUnavailable ? `Spelling for ${LANGUAGE_NAMES[d.language]} is unavailable.` : null;
}

/**
 * The choices of the pin select: automatic first, then the rep's own languages, then the rest the engine knows
 * (a rep may answer one customer in a language they do not usually write) — only the team's, when its profile names
 * them.
 */
export function pinChoices(enabled: readonly Language[], team?: readonly Language[]): { value: Language | ''; label: string }[] {
  const known = LANGUAGES.filter((l) => !team || team.includes(l));
  const ordered = [...enabled.filter((l) => known.includes(l)), ...known.filter((l) => !enabled.includes(l))];
  return [{ value: '', label: 'Automatic' }, ...ordered.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))];
}
