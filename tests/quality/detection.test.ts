import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/engine/types';
import {
  LONG_WORDS,
  SHORT_WORDS,
  blankLineParagraphs,
  loadDetectionSet,
  measureDetection,
  paragraphKind,
  validateDetectionSet,
  wordCount,
} from '../../scripts/quality/detection';

const ROOT = fileURLToPath(new URL('../corpus', import.meta.url));

describe('the language-detection set', async () => {
  const set = (await loadDetectionSet(ROOT))!;

  it('exists and is well-formed', () => {
    expect(set).not.toBeNull();
  });

  for (const language of LANGUAGES) {
    it(`${language}: has 40+ paragraphs of ${LONG_WORDS}+ words and 30+ short ones`, () => {
      const mine = set.filter((p) => p.language === language);
      expect(mine.filter((p) => paragraphKind(p.text) === 'long').length).toBeGreaterThanOrEqual(40);
      expect(mine.filter((p) => paragraphKind(p.text) === 'short').length).toBeGreaterThanOrEqual(30);
    });
  }

  it('mixes in what support email carries besides words: URLs, numbers and English product names', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      const long = set.filter((p) => p.language === language && paragraphKind(p.text) === 'long').map((p) => p.text);
      expect(long.filter((t) => /https?:\/\//.test(t)).length, language).toBeGreaterThanOrEqual(1);
      expect(long.filter((t) => /\d/.test(t)).length, language).toBeGreaterThanOrEqual(10);
      expect(long.filter((t) => /Microsoft|Google|Android|Netflix|Zoom|Wi-Fi|Samsung/.test(t)).length, language).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('wordCount and paragraphKind', () => {
  it('count whitespace-separated tokens with a letter, so numbers and prices are not words', () => {
    expect(wordCount('Order no. 58231 costs 9,99 EUR')).toBe(4);
    expect(wordCount('  Wi-Fi  iPhone\n15 ')).toBe(2);
    expect(wordCount('')).toBe(0);
  });
  it('tells long from short, and leaves the middle to neither', () => {
    expect(paragraphKind('word '.repeat(LONG_WORDS))).toBe('long');
    expect(paragraphKind('word '.repeat(SHORT_WORDS.max))).toBe('short');
    expect(paragraphKind('word '.repeat(SHORT_WORDS.min))).toBe('short');
    expect(paragraphKind('word '.repeat(SHORT_WORDS.min - 1))).toBeNull();
    expect(paragraphKind('word '.repeat(SHORT_WORDS.max + 1))).toBeNull();
  });
});

describe('validateDetectionSet', () => {
  it('reports every problem', () => {
    const long = 'word '.repeat(25).trim();
    expect(
      validateDetectionSet({
        paragraphs: [
          { language: 'en', text: long },
          { language: 'de', text: 'Vielen Dank für Ihre Nachricht' },
          { language: 'lv', text: 'Paldies par ziņu, mēs drīz sazināsimies ar Jums un atrisināsim problēmu' },
          { language: 'en', text: long, extra: true },
          { language: 'fi', text: '' },
        ],
      }),
    ).toEqual([
      'paragraphs[1]: "language" must be one of en, lv, sl, hr, fi',
      'paragraphs[2]: has 11 words; a paragraph has 20 or more, or 3 to 8',
      'paragraphs[3]: listed twice',
      'paragraphs[3]: unknown field "extra"',
      'paragraphs[4]: "text" must be non-empty',
    ]);
    expect(validateDetectionSet([])).toEqual(['the detection set must be an object with a "paragraphs" array']);
  });
});

describe('measureDetection', () => {
  const long = (w: string) => `${w} `.repeat(LONG_WORDS).trim();
  const set = [
    { language: 'lv' as Language, text: long('labdien') },
    { language: 'lv' as Language, text: long('sveiki') },
    { language: 'lv' as Language, text: 'Paldies par atbildi!' },
    { language: 'fi' as Language, text: long('kiitos') },
  ];
  it('counts right answers per kind for one language and lists the wrong ones', () => {
    const detect = (t: string): Language | null => (t.startsWith('labdien') ? 'lv' : t.startsWith('Paldies') ? null : 'fi');
    const m = measureDetection(set, 'lv', detect);
    expect(m.long).toEqual({ right: 1, total: 2, rate: 0.5 });
    expect(m.short).toEqual({ right: 0, total: 1, rate: 0 });
    expect(m.wrong.map((w) => [w.kind, w.detected])).toEqual([
      ['long', 'fi'],
      ['short', null],
    ]);
    expect(measureDetection(set, 'hr', detect).long).toEqual({ right: 0, total: 0, rate: null });
  });
});

describe('blankLineParagraphs', () => {
  it('splits on blank lines, with ranges into the text', () => {
    const text = 'Hi Ann,\n\nAll done.\nThanks.\n \n\nBest,\nBo\n\n';
    const parts = blankLineParagraphs(text).map(([s, e]) => text.slice(s, e));
    expect(parts).toEqual(['Hi Ann,', 'All done.\nThanks.', 'Best,\nBo']);
    expect(blankLineParagraphs('')).toEqual([]);
    expect(blankLineParagraphs('one line')).toEqual([[0, 8]]);
  });
});
