import { beforeAll, describe, expect, it } from 'vitest';
import type { Speller } from '../../src/engine/spelling/speller';
import { americanForms } from '../../src/engine/spelling/en/variants';
import { enSpeller } from './en-speller';
import { loadSpeller } from '../../src/cli/dictionaries';

let en: Speller;
beforeAll(async () => {
  en = await enSpeller();
});

describe('British spellings', () => {
  it.each([
    'colour', 'Colour', 'COLOUR', 'favourite', 'behaviour', 'behavioural', 'honourable', 'apologise', 'apologised',
    'organisation', 'realising', 'analyse', 'paralysed', 'cancelled', 'cancelling', 'travelled', 'traveller',
    'centre', 'metres', 'theatre', 'catalogue', 'dialogues', 'licence', 'defence', 'enrolment', 'fulfilment',
    'grey', 'tyre', 'cheque', 'programme', 'jewellery', 'enquiry', 'judgement', 'learnt', 'whilst',
  ])('accepts %j', (word) => {
    expect(en.correct(word)).toBe(true);
  });

  it.each(['fourty', 'colourr', 'cOLOUR', 'apologiese', 'seperate', 'realy'])('still rejects %j', (word) => {
    expect(en.correct(word)).toBe(false);
  });

  it('tries an American form only where a British suffix is', () => {
    expect(americanForms('colour')).toEqual(['color']);
    expect(americanForms('apologised')).toEqual(['apologized']);
    expect(americanForms('fourty')).toEqual([]);
    expect(americanForms('receive')).toEqual([]);
  });
});

describe("a team profile's englishVariant", () => {
  const BRITISH = ['colour', 'Colour', 'organise', 'apologised', 'cancelled', 'travelled', 'centre', 'favourite', 'analyse', 'catalogue', 'licence'];
  const AMERICAN = ['color', 'canceled', 'center', 'gray'];
  let us: Speller;
  let uk: Speller;
  beforeAll(async () => {
    us = await loadSpeller('en', 'us');
    uk = await loadSpeller('en', 'uk');
  }, 30_000);

  it('"us" flags British spellings and suggests the American one', () => {
    for (const w of BRITISH) expect(us.correct(w), w).toBe(false);
    for (const w of [...AMERICAN, 'organize']) expect(us.correct(w), w).toBe(true);
    expect(us.suggest('colour')[0]).toBe('color');
    expect(us.suggest('cancelled')).toContain('canceled');
  });

  it('"uk" checks against the en-GB dictionary: British forms are right, American ones are flagged with the British fix', () => {
    for (const w of BRITISH) expect(uk.correct(w), w).toBe(true);
    for (const w of AMERICAN) expect(uk.correct(w), w).toBe(false);
    expect(uk.suggest('color')[0]).toBe('colour');
    expect(uk.suggest('center')).toContain('centre');
    // Oxford spelling is British too: -ize is not a mistake.
    for (const w of ['organize', 'realized', 'apologizing']) expect(uk.correct(w), w).toBe(true);
    for (const w of ['fourty', 'seperate', 'colourr']) expect(uk.correct(w), w).toBe(false);
  });

  it('left out, both are accepted (most teams have not said, and reps write both)', () => {
    for (const w of [...BRITISH, ...AMERICAN]) expect(en.correct(w), w).toBe(true);
  });
});

// English (en): British spellings of dictionary-en-gb that no suffix rule covers, and British words both lack.
describe('British spellings added as words (en)', () => {
  let us: Speller;
  beforeAll(async () => {
    us = await loadSpeller('en', 'us');
  }, 30_000);

  it.each(['coeliac', 'anaesthetic', 'oesophagus', 'neighbourhood', 'paediatrician', 'marvellous', 'sceptic', 'mould', 'plough', 'speciality', 'woollen', 'glovebox', 'satnav', 'cashpoint'])(
    'accepts %j',
    (word) => {
      expect(en.correct(word)).toBe(true);
    },
  );

  it.each(['coeliak', 'anaestetic', 'neighbourhod', 'marvelous1'])('still rejects %j', (word) => {
    expect(en.correct(word)).toBe(false);
  });

  it('"us" still flags the British-only spellings', () => {
    for (const w of ['coeliac', 'anaesthetic', 'oesophagus', 'neighbourhood']) expect(us.correct(w), w).toBe(false);
  });
});
