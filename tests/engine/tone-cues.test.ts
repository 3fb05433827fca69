// The cue lexicons are what the tone model sees of a language: these tests hold the matcher to its format (exact
// forms, stems, suffixes, word sequences, accents folded) and every shipped lexicon to the checker's rules.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUE_CATEGORIES, CueLexicon, foldWord } from '../../src/engine/tone/cues';
import { featureNames, features, probability, strongestFeatures } from '../../src/engine/tone/model';
import { tokenize } from '../../src/engine/text/tokens';

const words = (text: string) => tokenize(text, [0, text.length]);
const cuesIn = (lex: CueLexicon, text: string) =>
  lex
    .find(words(text))
    .map((h) => `${h.cue}:${words(text).slice(h.from, h.to + 1).map((w) => w.text).join(' ')}`)
    .sort();

describe('CueLexicon', () => {
  const lex = new CueLexicon({
    you: ['you', 'jūs', 'jūsu'],
    negation: ["didn't", 'ni', 'ne*'],
    customer_failure: ['nepa*'],
    attention: ['read*', 'instructions'],
    repetition: ['as i said', 'once more'],
    you_verb: ['*ste'],
  });

  it('finds exact forms, stems and suffixes, ignoring case', () => {
    expect(cuesIn(lex, 'You didn’t read the Instructions.')).toEqual([
      "attention:Instructions",
      'attention:read',
      "negation:didn’t",
      'you:You',
    ]);
    expect(cuesIn(lex, 'Niste prebrali')).toEqual(['you_verb:Niste']);
    expect(cuesIn(lex, 'Tas ir nepareizi')).toEqual(['customer_failure:nepareizi', 'negation:nepareizi']);
  });

  it('folds accents on both sides, so a reply typed without them is read the same', () => {
    expect(foldWord('Jūsu')).toBe('jusu');
    expect(cuesIn(lex, 'jusu pasutijums')).toEqual(['you:jusu']);
  });

  it('matches word sequences only when the words follow one another', () => {
    expect(cuesIn(lex, 'As I said before')).toEqual(['repetition:As I said']);
    expect(cuesIn(lex, 'As I have said')).toEqual([]);
  });

  it('lets the longest entry at a place speak for the words it covers', () => {
    const phrases = new CueLexicon({ reproach: ['should have'], informing: ['should have received'], you: ['you'] });
    expect(cuesIn(phrases, 'You should have received it')).toEqual(['informing:should have received', 'you:You']);
    expect(cuesIn(phrases, 'You should have read it')).toEqual(['reproach:should have', 'you:You']);
  });

  it('does not let a suffix match a whole word of its own length', () => {
    expect(cuesIn(lex, 'ste')).toEqual([]);
  });
});

describe('the tone model features', () => {
  const lex = new CueLexicon({ you: ['you'], negation: ['not'], attention: ['read'], warmth: ['please'], imperative: ['send'] });
  const names = featureNames(CUE_CATEGORIES);
  const of = (text: string) => features(CUE_CATEGORIES, { hits: lex.find(words(text)), wordCount: words(text).length, text });

  it('names one value per feature, single cues first, then pairs and shape', () => {
    expect(of('You did not read it.')).toHaveLength(names.length);
    expect(names.slice(0, CUE_CATEGORIES.length)).toEqual([...CUE_CATEGORIES]);
  });

  it('sets a pair only when both kinds are in the sentence', () => {
    const at = (text: string, name: string) => of(text)[names.indexOf(name)];
    expect(at('You did not read it.', 'you+negation+attention')).toBe(1);
    expect(at('We did not read it.', 'you+negation+attention')).toBe(0);
    expect(at('Send it now!', 'imperative+no_warmth')).toBe(1);
    expect(at('Please send it now.', 'imperative+no_warmth')).toBe(0);
    expect(at('Send it now!', 'imperative_first')).toBe(1);
    expect(at('Send it now!', 'exclamation')).toBe(1);
  });

  it('turns weights into a probability and names the features that pushed it up', () => {
    const model = { weights: { 'you+negation': 3, warmth: -2 }, bias: -1, threshold: 0.8 };
    const v = of('You did not read it.');
    expect(probability(model, names, v)).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(strongestFeatures(model, names, v)).toEqual(['you+negation']);
    expect(probability(model, names, of('Please read it.'))).toBeLessThan(0.1);
  });
});

describe('the shipped cue lexicons', () => {
  it('pass scripts/check-cues.mjs, whose list of kinds is the engine’s', () => {
    const script = readFileSync(new URL('../../scripts/check-cues.mjs', import.meta.url), 'utf8');
    const listed = [...script.match(/CUE_CATEGORIES = \[([\s\S]*?)\]/)![1]!.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
    expect(listed).toEqual([...CUE_CATEGORIES]);
    const out = execFileSync('node', ['scripts/check-cues.mjs'], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' });
    expect(out.match(/: \d+ entries, ok/g)).toHaveLength(5);
  });
});
