import { describe, expect, it } from 'vitest';
import { createEditSuggester, readAffixHints } from '../../src/engine/spelling/hunspell-suggest';

const AFF = `SET UTF-8
TRY aeiouskltmnpdrāēīūšž
KEY qwertyuiop|asdfghjkl|zxcvbnm
REP 2
REP ks x
REP f ph
MAP 3
MAP aā
MAP sš
MAP đ(dj)
`;

// A dictionary that knows these words exactly (Hunspell would also accept "Paldies" and "PALDIES").
function speller(words: string[]) {
  const known = new Set(words);
  const asked: string[] = [];
  const spell = (w: string) => {
    asked.push(w);
    if (known.has(w)) return true;
    const lower = w.toLowerCase();
    return (w === w.toUpperCase() || w === lower.charAt(0).toUpperCase() + lower.slice(1)) && known.has(lower);
  };
  return { spell, asked };
}

describe('one-slip suggestions from an .aff file', () => {
  it('reads TRY, KEY, REP and MAP, with parenthesised MAP members', () => {
    const hints = readAffixHints(AFF);
    expect(hints.tryLetters).toBe('aeiouskltmnpdrāēīūšž');
    expect(hints.keyRows).toEqual(['qwertyuiop', 'asdfghjkl', 'zxcvbnm']);
    expect(hints.replacements).toEqual([['ks', 'x'], ['f', 'ph']]);
    expect(hints.maps).toEqual([['a', 'ā'], ['s', 'š'], ['đ', 'dj']]);
  });

  it('restores left-out marks before anything else, even several at once', () => {
    const { spell } = speller(['sāpāš', 'sapas', 'sāpas']);
    const suggest = createEditSuggester({ spell, hints: readAffixHints(AFF) });
    expect(suggest('sapaš')[0]).toBe('sapas');
    expect(suggest('sapas').slice(0, 2)).toEqual(['sāpas', 'sāpāš']);
  });

  it('prefers the left-out letter to a changed one, and keeps the word’s own case', () => {
    const { spell } = speller(['paldies', 'paudis']);
    const suggest = createEditSuggester({ spell, hints: readAffixHints(AFF) });
    expect(suggest('paldis')).toEqual(['paldies', 'paudis']);
    expect(suggest('Paldis')[0]).toBe('Paldies');
    expect(suggest('PALDIS')[0]).toBe('PALDIES');
  });

  it('uses the replacement table and finds a name typed in lower case', () => {
    const { spell } = speller(['taxi', 'Sāra']);
    const suggest = createEditSuggester({ spell, hints: readAffixHints(AFF) });
    expect(suggest('taksi')).toContain('taxi');
    expect(suggest('sara')).toEqual(['Sāra']);
  });

  it('gives nothing, after a bounded number of questions, when no slip makes a word', () => {
    const { spell, asked } = speller(['paldies']);
    const suggest = createEditSuggester({ spell, hints: readAffixHints(AFF) });
    expect(suggest('xyzzyxyzzyxyzzyxyzzyxyzzy')).toEqual([]);
    expect(asked.length).toBeLessThanOrEqual(2500);
  });
});
