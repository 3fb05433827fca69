import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectParagraphs, detectText } from '../../src/engine/lang/detect/detect';
import type { Range } from '../../src/engine/types';

describe('detectText', () => {
  it.each([
    ['en', 'Thank you for contacting us about your order, it will arrive on Friday.'],
    ['lv', 'Paldies, ka sazinājāties ar mums par savu pasūtījumu, tas pienāks piektdien.'],
    ['sl', 'Hvala, ker ste nas kontaktirali glede vašega naročila, prispelo bo v petek.'],
    ['hr', 'Hvala što ste nas kontaktirali u vezi s vašom narudžbom, stići će u petak.'],
    ['fi', 'Kiitos, että otit meihin yhteyttä tilauksestasi, se saapuu perjantaina.'],
  ])('knows %s', (language, text) => {
    expect(detectText(text)).toEqual({ language, reliable: true });
  });

  it('says nothing for text with no words', () => {
    expect(detectText('#48213 — 12.50 € https://example.com').language).toBeNull();
  });
});

describe('detectParagraphs', () => {
  const paras = (text: string): Range[] =>
    [...text.matchAll(/[^\n]+/g)].map((m) => [m.index!, m.index! + m[0].length] as Range);

  it('gives a short paragraph the language of the reply around it', () => {
    const text =
      'Labdien, Anna!\nPaldies par jūsu vēstuli. Esam pārbaudījuši jūsu pasūtījumu, un tas jau ir nosūtīts.\nOK, thanks!\nAr cieņu,\nJānis';
    const r = detectParagraphs(text, paras(text));
    expect(r.language).toBe('lv');
    expect(r.paragraphs.map((p) => p.language)).toEqual(['lv', 'lv', 'lv', 'lv', 'lv']);
  });

  it('keeps a long paragraph in another language as that language', () => {
    const text =
      'Pozdravljeni, gospa Novak. Vaše naročilo smo danes poslali in prispelo bo v dveh do treh delovnih dneh.\n' +
      'For our English-speaking colleagues: the parcel was shipped today and should arrive within three days.';
    const r = detectParagraphs(text, paras(text));
    expect(r.paragraphs.map((p) => p.language)).toEqual(['sl', 'en']);
  });
});

it('the committed n-gram subset is what scripts/build-language-subset.mjs makes from the installed eld', async () => {
  // @ts-expect-error plain .mjs script
  const { buildSubset } = await import('../../scripts/build-language-subset.mjs');
  const committed = readFileSync('src/engine/lang/detect/ngrams.json', 'utf8');
  expect(`${JSON.stringify(await buildSubset())}\n` === committed).toBe(true);
});
