import { describe, expect, it } from 'vitest';
import { buildDawg } from '../../src/engine/spelling/finnish/dawg-build';
import { COMPOUND_START, Dawg, WORD } from '../../src/engine/spelling/finnish/dawg';
import { compileFinnishWords, DEFAULT_COMPILE_OPTIONS } from '../../src/engine/spelling/finnish/compile';
import { FinnishWords } from '../../src/engine/spelling/finnish/compounds';
import { searchDawg } from '../../src/engine/spelling/finnish/suggest';

// Thresholds for a list this small: two listed compounds make a compound start, ten a first part of no word.
const SMALL = { ...DEFAULT_COMPILE_OPTIONS, minCompounds: 2, minCompoundsShort: 2, minBoundStem: 2, minBound: 10, minBoundShort: 10 };
const automaton = (words: string[]) => {
  const compiled = compileFinnishWords(words, SMALL);
  return new Dawg(buildDawg(compiled.entries, compiled.alphabet));
};

describe('word automaton', () => {
  it('holds exactly the words it was built from, with their flags', () => {
    const entries: [string, number][] = [
      ['kissa', WORD],
      ['kissalla', WORD],
      ['koira', WORD | COMPOUND_START],
      ['koiralla', WORD],
      ['talo', WORD | COMPOUND_START],
    ];
    const dawg = new Dawg(buildDawg(entries, 'adiklorst'));
    expect([...dawg.entries()]).toEqual(entries);
    expect(dawg.lookup('koira')).toBe(WORD | COMPOUND_START);
    expect(dawg.has('kiss')).toBe(false);
    expect(dawg.has('kissat')).toBe(false);
    expect(dawg.has('Kissa')).toBe(false);
    // Shared endings are stored once: "-lla" after "kissa" and "koira" is one path.
    expect(dawg.header.edges).toBeLessThan('kissakissallakoirakoirallatalo'.length);
  });

  it('reads its bytes wherever they sit in a buffer', () => {
    const bytes = buildDawg([['aa', WORD], ['ab', WORD]], 'ab');
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(new Dawg(shifted.subarray(1)).has('ab')).toBe(true);
  });

  it('refuses unsorted input and foreign bytes', () => {
    expect(() => buildDawg([['b', WORD], ['a', WORD]], 'ab')).toThrow(/sorted/);
    expect(() => new Dawg(new Uint8Array(16))).toThrow(/magic/);
  });
});

describe('Finnish compounds from a word list', () => {
  // "asiakas" and "tuki" open two listed compounds each, so they become compound starts.
  const list = [
    'asiakas', 'asiakkaan', 'palvelu', 'palvelun', 'palvelussa', 'tuki', 'tukea', 'sivu', 'sivulla', 'pyyntö',
    'asiakaspalvelu', 'asiakassivu', 'tukipyyntö', 'tukisivu', 'tukisivulla',
    // "yhteis" is no word, but opens two listed compounds: a stem in -s, as compound starts of -nen words are.
    'yhteistuki', 'yhteissivu',
  ];
  const dawg = automaton(list);
  const words = new FinnishWords(dawg);

  it('learns compound starts and leaves out the compounds it can rebuild', () => {
    const compiled = compileFinnishWords(list, SMALL);
    expect(compiled.compoundStarts).toBe(3);
    expect(compiled.boundStarts).toBe(1);
    expect(dawg.lookup('asiakas') & COMPOUND_START).toBeTruthy();
    expect(dawg.lookup('palvelu') & COMPOUND_START).toBeFalsy();
    expect(dawg.has('asiakaspalvelu')).toBe(false);
    expect(dawg.lookup('yhteis')).toBe(COMPOUND_START);
    expect(compiled.dropped).toBe(7);
  });

  it('accepts compounds of known parts, and only those', () => {
    for (const w of ['asiakaspalvelu', 'asiakaspalvelussa', 'tukipalvelun', 'asiakastukipyyntö', 'Tukisivulla', 'TUKISIVU', 'yhteispalvelu']) {
      expect(words.accepts(w), w).toBe(true);
    }
    // A part that is not a compound start, a tail too short to be a word, a misspelt part, four parts.
    for (const w of ['palvelutuki', 'asiakastu', 'asiakaspalvleu', 'asiakastukiasiakastuki', 'yhteis']) {
      expect(words.accepts(w), w).toBe(false);
    }
  });

  it('finds a misspelt compound by its parts', () => {
    const { found } = searchDawg(dawg, 'asiakaspalvleu', { maxCost: 4, maxVisits: 100_000 });
    expect(found[0]).toMatchObject({ word: 'asiakaspalvelu', parts: 2 });
  });
});
