import { beforeAll, describe, expect, it } from 'vitest';
import type { Speller } from '../../src/engine/spelling/speller';
import { americanForms } from '../../src/engine/spelling/en/variants';
import { enSpeller } from './en-speller';

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
