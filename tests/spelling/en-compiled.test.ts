// The English dictionary that ships (dictionaries/en/en.dawg + en.json, compiled at build time) must answer exactly
// as nspell reading dictionary-en's .aff/.dic at start-up did: same words accepted, same forms in the same order
// (suggestion ranking breaks ties by it), same suggestions.
import { readFileSync } from 'node:fs';
import NSpell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileEnglish, type EnglishTables } from '../../src/engine/spelling/en/compile';
import { createEnglishSpeller, englishLexicon } from '../../src/engine/spelling/en/english-speller';
import { createNspellSpeller, nspellLexicon } from '../../src/engine/spelling/nspell-speller';
import type { EnglishLexicon } from '../../src/engine/spelling/english-layer';
import enWords from '../../src/engine/spelling/en/words.json';

const ROOT = new URL('../../', import.meta.url).pathname;
const aff = readFileSync(`${ROOT}dictionaries/en/en.aff`, 'utf8');
const dic = readFileSync(`${ROOT}dictionaries/en/en.dic`, 'utf8');
const shippedDawg = new Uint8Array(readFileSync(`${ROOT}dictionaries/en/en.dawg`));
const shippedTables = JSON.parse(readFileSync(`${ROOT}dictionaries/en/en.json`, 'utf8')) as EnglishTables;

let reference: EnglishLexicon;
let compiled: EnglishLexicon;
beforeAll(() => {
  reference = nspellLexicon(NSpell(aff, dic));
  compiled = englishLexicon(shippedDawg, shippedTables);
});

describe('the compiled English dictionary', () => {
  it('is what dictionaries/en/en.aff and en.dic compile to now (rebuild: npx vite-node scripts/build-dictionaries.ts en)', () => {
    const fresh = compileEnglish(aff, dic, shippedTables.source);
    expect(fresh.tables).toEqual(shippedTables);
    expect(Buffer.from(fresh.dawg).equals(Buffer.from(shippedDawg))).toBe(true);
  });

  it('lists the same forms in the same order as nspell, with the words added at run time', () => {
    const added = [...enWords.extra, '42', 'Zendesk', 'receive'];
    for (const w of added) {
      reference.add(w);
      compiled.add(w);
    }
    expect(compiled.forms()).toEqual(reference.forms());
    for (const w of reference.forms().filter((f) => (reference.codes(f)?.length ?? 0) > 0)) {
      // Only the flags nspell's correct() and the layer read are kept; a form with none reads as no flags.
      const kept = compiled.codes(w)!;
      expect(kept.length === 0 || kept === reference.codes(w) || kept.join() === reference.codes(w)!.join(), w).toBe(true);
    }
  });

  it('knows the same NOSUGGEST forms as nspell', () => {
    const flag = String(shippedTables.flags.NOSUGGEST);
    const all = reference.forms().filter((w) => reference.codes(w)?.includes(flag));
    expect(all.length).toBeGreaterThan(5);
    expect(compiled.formsWithFlag!(flag).sort()).toEqual(all.sort());
  });

  it('accepts exactly the words nspell accepts, in every case', () => {
    const words = [...reference.forms(), '1st', '22nd', '11th', '1th', '123rd', '4567th', '12', 'don’t', "DON'T", ' ', '',
      'constructor', '__proto__', 'toString', 'hasOwnProperty', 'iPhone', 'IPHONE', 'Iphone', 'recieve', 'teh', 'McDonald'];
    const variants = (w: string) => [w, w.toLowerCase(), w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), `${w}x`, w.slice(1)];
    const differ: string[] = [];
    for (const w of words) for (const v of variants(w)) if (compiled.correct(v) !== reference.correct(v)) differ.push(v);
    expect(differ).toEqual([]);
  });

  it('gives the same suggestions as the nspell-built speller', () => {
    const viaNspell = createNspellSpeller({ aff, dic });
    const viaCompiled = createEnglishSpeller(shippedDawg, shippedTables);
    const misspelled = ['recieve', 'seperate', 'definately', 'accomodate', 'adress', 'untill', 'occured', 'beleive',
      'garantee', 'inconvienence', 'thankyou', 'Paypal', 'refund', 'teh', 'wierd', 'fuckin', 'colour', 'shipt', 'ordr'];
    for (const w of misspelled) {
      expect(viaCompiled.suggest(w), w).toEqual(viaNspell.suggest(w));
      expect(viaCompiled.correct(w), w).toBe(viaNspell.correct(w));
      expect(viaCompiled.caseVariant?.(w), w).toBe(viaNspell.caseVariant?.(w));
    }
  });
});
