// Language detection with eld (Apache-2.0), restricted at build time to our five languages.
// eld's package "exports" hide createEld, which is the only way to load a database of our own; the relative import
// reaches the same file the package ships.
// @ts-expect-error eld ships no types for its internal module
import { createEld } from '../../../../node_modules/eld/src/languageDetector.js';
import type { Language, Range } from '../../types';
import subset from './ngrams.json';

interface EldResult {
  language: string;
  getScores(): Record<string, number>;
  isReliable(): boolean;
}
interface Eld {
  detect(text: string): EldResult;
}

let detector: Eld | null = null;
function eld(): Eld {
  if (!detector) {
    const { instance, loadData } = createEld() as { instance: Eld; loadData(data: unknown): string };
    loadData(subset);
    detector = instance;
  }
  return detector;
}

export interface Detection {
  language: Language | null;
  /** eld's own judgement: enough distinctive n-grams and a clear winner. */
  reliable: boolean;
}

/** The language of one piece of text, or null when there is nothing to go on. */
export function detectText(text: string): Detection {
  // Numbers, codes and addresses say nothing about the language and mislead on short texts.
  const clean = text
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/[\p{L}]*\p{N}[\p{L}\p{N}]*/gu, ' ');
  if (!/\p{L}{2}/u.test(clean)) return { language: null, reliable: false };
  const r = eld().detect(clean);
  const language = (r.language || null) as Language | null;
  return { language, reliable: language !== null && r.isReliable() };
}

export interface ParagraphLanguage {
  range: Range;
  language: Language;
}

/**
 * The language of each paragraph, and of the whole: a paragraph too short to tell (under `minWords` words, or not
 * reliable) takes the language of the text around it, so "Thanks!" in a Latvian reply stays Latvian.
 */
export function detectParagraphs(
  text: string,
  paragraphs: readonly Range[],
  fallback: Language = 'en',
  minWords = 4,
): { language: Language; paragraphs: ParagraphLanguage[] } {
  const found = paragraphs.map((range) => {
    const slice = text.slice(range[0], range[1]);
    const words = slice.match(/\p{L}+/gu)?.length ?? 0;
    const d = words >= minWords ? detectText(slice) : { language: null, reliable: false };
    return { range, words, language: d.reliable || words >= 8 ? d.language : null };
  });
  // The reply's language: the one with the most words among the paragraphs that could be told.
  const weight = new Map<Language, number>();
  for (const p of found) if (p.language) weight.set(p.language, (weight.get(p.language) ?? 0) + p.words);
  let language = fallback;
  let best = 0;
  for (const [l, w] of weight) if (w > best) [language, best] = [l, w];
  if (best === 0) {
    const whole = detectText(paragraphs.map((r) => text.slice(r[0], r[1])).join('\n'));
    if (whole.language) language = whole.language;
  }
  return { language, paragraphs: found.map((p) => ({ range: p.range, language: p.language ?? language })) };
}
