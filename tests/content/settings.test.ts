import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS, isDictionaryWord, parseSettings } from '../../src/shared/settings';
import { highlightCss } from '../../src/content/underlines';

describe('settings', () => {
  it('are the defaults when nothing is stored', () => {
    expect(parseSettings({})).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  it('keep valid keys and reset each invalid one on its own, reporting it', () => {
    const { settings, invalid } = parseSettings({
      settingsVersion: 1,
      words: ['Zendesk', "O'Brien", 'e-mail'],
      rules: { 'grammar/repeated-word': 'off', 'Not A Rule': 'off' },
      languages: ['en', 'xx'],
      disabledSites: ['mail.google.com'],
      underlines: 'overlay',
      unknownKey: 1,
    });
    expect(settings.words).toEqual(['Zendesk', "O'Brien", 'e-mail']);
    expect(settings.rules).toEqual({});
    expect(settings.languages).toEqual(['en']);
    expect(settings.disabledSites).toEqual(['mail.google.com']);
    expect(settings.underlines).toBe('overlay');
    expect(invalid.sort()).toEqual(['languages', 'rules']);
  });

  it('accept only one-token words in the personal dictionary', () => {
    for (const w of ['Zendesk', 'naročilo', 'asiakaspalvelu', 'e-mail', "don't", 'ÄÖ']) expect(isDictionaryWord(w), w).toBe(true);
    for (const w of ['', 'two words', '<b>', 'a'.repeat(65), "-x", 'x-']) expect(isDictionaryWord(w), w).toBe(false);
  });

  it('read stored data of an older version through the migrations', () => {
    // Version 0 (nothing recorded) is the first shape: it reads as is.
    expect(parseSettings({ words: ['Acme'] }).settings.words).toEqual(['Acme']);
  });
});

describe('content.css', () => {
  it('holds exactly the highlight styles underlines.ts describes', () => {
    const css = readFileSync(new URL('../../src/content/content.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\/\n/, '');
    expect(css.trim()).toBe(highlightCss().trim());
  });
});
