// Trimming a Hunspell dictionary for a faster start (scripts/lib/trim-dictionary.ts): fewer lines, exactly the same
// words accepted, checked here with Hunspell itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldBareEntries, trimCoveredEntries } from '../../scripts/lib/trim-dictionary';
import { hunspellModule } from '../../src/engine/spelling/hunspell-speller';
import { loadSpeller } from '../../src/cli/dictionaries';

let n = 0;
async function hunspell(aff: string, dic: string) {
  const f = await hunspellModule();
  const enc = new TextEncoder();
  const id = `trim-test-${++n}`;
  const a = f.mountBuffer(enc.encode(aff), `${id}.aff`);
  const d = f.mountBuffer(enc.encode(dic), `${id}.dic`);
  const h = f.create(a, d);
  f.unmount(a);
  f.unmount(d);
  return h;
}

const AFF = `SET UTF-8
TRY aeiou
PFX B Y 1
PFX B 0 po .
SFX A Y 3
SFX A 0 a .
SFX A 0 e .
SFX A 0 o .
`;
const DIC = `12
obletnic/A
obletnicah
obletnicam
obletnicama
neresnic/AB
neresnicah
neresnicam
neresnicama
Ljubljan/A
Ljubljanah
obletnice
knjiga
`;

const WORDS = [
  'obletnic', 'obletnica', 'obletnice', 'obletnicah', 'obletnicam', 'obletnicama', 'Obletnicama', 'OBLETNICAMA',
  'obletnicami', 'obletnicamah', 'poobletnicah', 'neresnicah', 'poneresnicah', 'poneresnica', 'Neresnicam',
  'Ljubljana', 'Ljubljanah', 'ljubljanah', 'LJUBLJANAH', 'knjiga', 'knjigah', 'Knjiga',
];

describe('trimming a Hunspell dictionary', () => {
  it('folds bare word forms into a suffix class of their own, and Hunspell accepts exactly the same words', async () => {
    const covered = trimCoveredEntries(AFF, DIC);
    expect(covered.removed).toEqual(['obletnice']); // "obletnic/A" makes it
    const folded = foldBareEntries(AFF, covered.dic);
    expect(folded.classes).toBe(1);
    expect(folded.removed.sort()).toEqual(['neresnicah', 'neresnicam', 'neresnicama', 'obletnicah', 'obletnicam', 'obletnicama']);
    expect(folded.dic.split('\n').slice(0, 1)).toEqual(['5']);
    expect(folded.dic).toContain('obletnic/Aa\n');
    expect(folded.dic).toContain('neresnic/ABa\n');
    expect(folded.dic).toContain('Ljubljanah\n'); // one root with those endings: not worth a class
    expect(folded.aff).toContain('SFX a N 3\nSFX a 0 ah .\nSFX a 0 am .\nSFX a 0 ama .\n');

    const before = await hunspell(AFF, DIC);
    const after = await hunspell(folded.aff, folded.dic);
    const judged = (h: typeof before) => WORDS.map((w) => [w, h.spell(w)]);
    expect(judged(after)).toEqual(judged(before));
    expect(before.spell('poneresnicah')).toBe(false); // the new class takes no prefix: no word is gained
    before.dispose();
    after.dispose();
    // A second run finds nothing more to do.
    expect(foldBareEntries(folded.aff, folded.dic).removed).toEqual([]);
  });

  it('leaves a dictionary alone whose .aff gives bare entries more meaning (compounds, long flags)', () => {
    for (const option of ['COMPOUNDFLAG Z', 'FLAG long', 'NEEDAFFIX Z', 'FORBIDDENWORD Z']) {
      const aff = `${AFF}${option}\n`;
      expect(trimCoveredEntries(aff, DIC)).toEqual({ dic: DIC, removed: [] });
      expect(foldBareEntries(aff, DIC)).toEqual({ aff, dic: DIC, removed: [], classes: 0 });
    }
  });

  it('the shipped Slovenian dictionary is trimmed, and still knows the forms it folded', async () => {
    const aff = readFileSync('dictionaries/sl/sl.aff', 'utf8');
    const dic = readFileSync('dictionaries/sl/sl.dic', 'utf8');
    expect(aff).toContain('# Added by ReplyCheck (scripts/trim-dictionaries.ts)');
    expect(Number(dic.slice(0, dic.indexOf('\n')))).toBeLessThan(200_000);
    expect(dic).not.toMatch(/^obletnicama$/m);
    const sl = await loadSpeller('sl');
    for (const w of ['obletnicama', 'Obletnicami', 'OBLETNICAH', 'neresnicam', 'obletnica']) expect(sl.correct(w), w).toBe(true);
    for (const w of ['obletnicamah', 'obletnicamii']) expect(sl.correct(w), w).toBe(false);
  });
});
