// Which language a draft is checked in: the one the rep pinned for that compose box, or the one the rep's own
// paragraphs are written in. The quoted customer message and the signature are left out of the detection, so a
// Latvian reply quoting an English message is checked as Latvian.
import { detectParagraphs } from './detect/detect';
import { anyLanguagePack, SUPPORTED_LANGUAGES } from './pack';
import { paragraphs } from '../text/sentences';
import { parseEmail } from '../text/regions';
import type { Language, Range } from '../types';

/**
 * How much of the rep's own text detection reads. A reply's start tells its language; reading a whole very long
 * draft (150 ms at 90,000 characters) on every keystroke would not tell it better.
 */
export const DETECTION_CHARS = 4000;

function firstParagraphs(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let read = 0;
  for (const r of ranges) {
    if (read >= DETECTION_CHARS) break;
    out.push(r);
    read += r[1] - r[0];
  }
  return out;
}

export interface LanguageChoice {
  language: Language;
  /** false when the rep pinned it (or only one language is enabled, so there was nothing to choose). */
  detected: boolean;
}

/** The enabled languages the engine supports, in the rep's order; English when none is left. */
export function enabledLanguages(settingsLanguages: readonly Language[]): Language[] {
  const out = settingsLanguages.filter((l, i) => SUPPORTED_LANGUAGES.includes(l) && settingsLanguages.indexOf(l) === i);
  return out.length > 0 ? out : ['en'];
}

/**
 * The language to check `text` in. Detection only picks among `enabled`: a paragraph the detector puts in another
 * language does not count, and a draft with nothing to go on takes the rep's first language.
 */
export function chooseLanguage(
  text: string,
  hints: readonly Range[],
  enabled: readonly Language[],
  pinned: Language | null = null,
): LanguageChoice {
  const fallback = enabled[0] ?? 'en';
  if (pinned && SUPPORTED_LANGUAGES.includes(pinned)) return { language: pinned, detected: false };
  if (enabled.length <= 1) return { language: fallback, detected: false };
  const own = firstParagraphs(paragraphs(text, parseEmail(text, anyLanguagePack(), hints).checkable).map((p) => p.range));
  if (own.length === 0) return { language: fallback, detected: true };
  const found = detectParagraphs(text, own, fallback);
  if (enabled.includes(found.language)) return { language: found.language, detected: true };
  // The reply as a whole reads as a language the rep does not write in: weigh only the paragraphs in theirs.
  const weight = new Map<Language, number>();
  for (const p of found.paragraphs) {
    if (!enabled.includes(p.language)) continue;
    const words = text.slice(p.range[0], p.range[1]).match(/\p{L}+/gu)?.length ?? 0;
    weight.set(p.language, (weight.get(p.language) ?? 0) + words);
  }
  let language = fallback;
  let best = 0;
  for (const [l, w] of weight) if (w > best) [language, best] = [l, w];
  return { language, detected: true };
}
