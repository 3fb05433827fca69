import { describe, expect, it } from 'vitest';
import { chooseLanguage, DETECTION_CHARS, enabledLanguages } from '../../src/engine/lang/choose';
import { languageLine, pinChoices, spellingNote } from '../../src/popup/language';
import type { Range } from '../../src/engine/types';

const LATVIAN =
  'Labdien, Anna!\n\nMums ļoti žēl, ka tējkanna pienāca salauzta. Mēs jau esam nosūtījuši jaunu tējkannu, un tā būs pie jums nākamnedēļ.\n\nAr cieņu,\nMarko';
const QUOTE =
  '\n\nOn Mon, 23 Nov 2026 at 09:12, Anna <anna@example.com> wrote:\n> Hello, I ordered a kettle two weeks ago and it arrived broken. I receive nothing but excuses and the support is slow. Please send me a new one as soon as possible.';

describe('chooseLanguage', () => {
  it('detects the reply from the rep\'s own paragraphs, not the quoted customer message', () => {
    const text = LATVIAN + QUOTE;
    const hint: Range = [LATVIAN.length, text.length];
    expect(chooseLanguage(text, [hint], ['en', 'lv'])).toEqual({ language: 'lv', detected: true });
    // Without the hint the quote is still found by its header line.
    expect(chooseLanguage(text, [], ['en', 'lv'])).toEqual({ language: 'lv', detected: true });
  });

  it('reads an English reply as English', () => {
    const text = 'Hi Anna,\n\nI am sorry the kettle arrived broken. A new one is on its way and should reach you next week.\n\nBest regards,\nMarko';
    expect(chooseLanguage(text, [], ['lv', 'en'])).toEqual({ language: 'en', detected: true });
  });

  it('picks only among the enabled languages', () => {
    // Latvian text, Latvian not enabled: the rep's first language.
    expect(chooseLanguage(LATVIAN, [], ['en', 'fi']).language).toBe('en');
    expect(chooseLanguage(LATVIAN, [], ['fi', 'en']).language).toBe('fi');
  });

  it('keeps a pin whatever the text says, and does not detect with one language enabled', () => {
    expect(chooseLanguage(LATVIAN, [], ['en', 'lv'], 'en')).toEqual({ language: 'en', detected: false });
    expect(chooseLanguage(LATVIAN, [], ['en'])).toEqual({ language: 'en', detected: false });
  });

  it('reads only the start of a very long draft', () => {
    // An English first part longer than detection reads, then a longer Latvian part: the start decides.
    const english = 'I am sorry the kettle arrived broken. A new one is on its way and should reach you next week.\n\n';
    const text = english.repeat(Math.ceil(DETECTION_CHARS / english.length) + 1) + LATVIAN.repeat(60);
    expect(chooseLanguage(text, [], ['lv', 'en']).language).toBe('en');
  });

  it('falls back to the first language on a draft with nothing to go on', () => {
    expect(chooseLanguage('', [], ['hr', 'en'])).toEqual({ language: 'hr', detected: true });
    expect(chooseLanguage('Ok!', [], ['hr', 'en']).language).toBe('hr');
  });
});

describe('enabledLanguages', () => {
  it('keeps the order, drops duplicates, and is never empty', () => {
    expect(enabledLanguages(['lv', 'en', 'lv'])).toEqual(['lv', 'en']);
    expect(enabledLanguages([])).toEqual(['en']);
  });
});

describe('the popup\'s language line', () => {
  it('says how the language was chosen', () => {
    expect(languageLine({ language: 'lv', detected: true, pinned: null })).toBe('Language: Latvian (detected)');
    expect(languageLine({ language: 'en', detected: false, pinned: 'en' })).toBe('Language: English (pinned)');
    expect(languageLine({ language: 'en', detected: false, pinned: null })).toBe('Language: English');
  });

  it('says when spelling could not be loaded', () => {
    expect(spellingNote({ language: 'fi', spellingUnavailable: true })).toBe('Spelling for Finnish is unavailable.');
    expect(spellingNote({ language: 'fi', spellingUnavailable: false })).toBeNull();
  });

  it('offers automatic, then the rep\'s languages, then the rest', () => {
    expect(pinChoices(['lv', 'en']).map((c) => c.value)).toEqual(['', 'lv', 'en', 'sl', 'hr', 'fi']);
  });

  it("offers only the team's languages when the team profile names some", () => {
    expect(pinChoices(['lv', 'en'], ['en', 'fi']).map((c) => c.value)).toEqual(['', 'en', 'fi']);
  });
});
