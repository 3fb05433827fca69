// The language-detection set (tests/corpus/detect/paragraphs.json): paragraphs from support emails, each labelled
// with its language, and how many of them the detector gets right. Long paragraphs (20+ words) carry the target;
// short ones (3-8 words: "Thanks for the quick reply!") show how far a paragraph alone can be trusted.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES, type Language, type Range } from '../../src/engine/types';

export interface LabelledParagraph {
  language: Language;
  text: string;
}

/** The shortest paragraph the target is measured on, and the range of the short ones that are only reported. */
export const LONG_WORDS = 20;
export const SHORT_WORDS = { min: 3, max: 8 } as const;

/** Words as a reader counts them: whitespace-separated tokens with a letter in them ("Nr.", "iPhone", "Wi-Fi"). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /\p{L}/u.test(token)).length;
}

export function paragraphKind(text: string): 'long' | 'short' | null {
  const n = wordCount(text);
  if (n >= LONG_WORDS) return 'long';
  if (n >= SHORT_WORDS.min && n <= SHORT_WORDS.max) return 'short';
  return null;
}

/** Every problem with the detection set, one line each; empty when it is well-formed. */
export function validateDetectionSet(data: unknown): string[] {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { paragraphs?: unknown }).paragraphs)) {
    return ['the detection set must be an object with a "paragraphs" array'];
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  (data as { paragraphs: unknown[] }).paragraphs.forEach((entry, i) => {
    const at = `paragraphs[${i}]`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${at}: must be an object`);
      return;
    }
    const p = entry as Record<string, unknown>;
    if (!LANGUAGES.includes(p.language as Language)) problems.push(`${at}: "language" must be one of ${LANGUAGES.join(', ')}`);
    if (typeof p.text !== 'string' || p.text.trim() === '') {
      problems.push(`${at}: "text" must be non-empty`);
    } else {
      // A paragraph of 9-19 words is neither kind: it would silently count towards neither figure.
      if (paragraphKind(p.text) === null) {
        problems.push(`${at}: has ${wordCount(p.text)} words; a paragraph has ${LONG_WORDS} or more, or ${SHORT_WORDS.min} to ${SHORT_WORDS.max}`);
      }
      if (seen.has(p.text)) problems.push(`${at}: listed twice`);
      seen.add(p.text);
    }
    for (const key of Object.keys(p)) if (!['language', 'text'].includes(key)) problems.push(`${at}: unknown field "${key}"`);
  });
  return problems;
}

export class DetectionSetError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export function detectionSetPath(root: string): string {
  return join(root, 'detect', 'paragraphs.json');
}

/** Loads the set; null when there is none (a corpus without one still measures its replies). */
export async function loadDetectionSet(root: string): Promise<LabelledParagraph[] | null> {
  const path = detectionSetPath(root);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new DetectionSetError([`${path}: ${(err as Error).message}`]);
  }
  const problems = validateDetectionSet(data);
  if (problems.length) throw new DetectionSetError(problems.map((p) => `${path}: ${p}`));
  return (data as { paragraphs: LabelledParagraph[] }).paragraphs;
}

export interface Rate {
  right: number;
  total: number;
  /** right / total, or null when there is nothing to measure. */
  rate: number | null;
}

export interface DetectionFigures {
  long: Rate;
  short: Rate;
  /** What the wrong answers were: the paragraph and the language given (null: no answer). */
  wrong: { text: string; kind: 'long' | 'short'; detected: Language | null }[];
}

function rate(right: number, total: number): Rate {
  return { right, total, rate: total ? right / total : null };
}

/** How many of `language`'s paragraphs `detect` labels right, long and short apart. */
export function measureDetection(
  paragraphs: readonly LabelledParagraph[],
  language: Language,
  detect: (text: string) => Language | null,
): DetectionFigures {
  const counts = { long: { right: 0, total: 0 }, short: { right: 0, total: 0 } };
  const wrong: DetectionFigures['wrong'] = [];
  for (const p of paragraphs) {
    if (p.language !== language) continue;
    const kind = paragraphKind(p.text);
    if (!kind) continue;
    const detected = detect(p.text);
    counts[kind].total++;
    if (detected === language) counts[kind].right++;
    else wrong.push({ text: p.text, kind, detected });
  }
  return { long: rate(counts.long.right, counts.long.total), short: rate(counts.short.right, counts.short.total), wrong };
}

/** The blank-line-separated paragraphs of a reply, as ranges, the way a reader (and detectParagraphs) sees them. */
export function blankLineParagraphs(text: string): Range[] {
  const ranges: Range[] = [];
  const separator = /\n[ \t]*\r?\n\s*/g;
  let start = 0;
  for (const m of text.matchAll(separator)) {
    if (m.index > start) ranges.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (text.trim() && start < text.length && text.slice(start).trim()) ranges.push([start, text.trimEnd().length]);
  return ranges;
}
