// The tone model: a logistic regression over the cue kinds a sentence holds (./cues.ts) and a few pairs of them
// ("you" with a negation, "our system" with "useless"), the same in every language. Its weights are learnt by
// scripts/train-tone.ts from the labelled sentences of the development sets and saved in ./model.json; the rule
// tone/harsh-sentence runs it. It sees no word, only kinds of words, so what it learns in one language carries to
// the others, and a wording nobody wrote down is judged by the kinds of words it is made of.
import type { Cue, CueHit } from './cues';

/** What the features read of a sentence: its cue hits, its words' count and its text. */
export interface SentenceCues {
  hits: readonly CueHit[];
  wordCount: number;
  text: string;
}

type Has = (cue: Cue) => boolean;

const you: (has: Has) => boolean = (has) => has('you') || has('you_verb');

/**
 * The pairs the model weighs beyond single cues. Each is a way a sentence turns on the customer, the company or the
 * rep's patience, written down before training so that the data only weighs them and cannot invent them.
 */
const PAIRS: ReadonlyArray<[string, (has: Has) => boolean]> = [
  ['you+negation', (has) => you(has) && has('negation')],
  ['you+customer_failure', (has) => you(has) && has('customer_failure')],
  ['you+attention', (has) => you(has) && has('attention')],
  ['you+negation+attention', (has) => you(has) && has('negation') && has('attention')],
  ['you+obligation', (has) => you(has) && has('obligation')],
  ['you+reproach', (has) => you(has) && has('reproach')],
  ['you+condescension', (has) => you(has) && has('condescension')],
  ['you+repetition', (has) => you(has) && has('repetition')],
  ['you+contradiction', (has) => you(has) && has('contradiction')],
  ['you+negative_eval', (has) => you(has) && has('negative_eval')],
  ['you+impatience', (has) => you(has) && has('impatience')],
  ['you+informing', (has) => you(has) && has('informing')],
  ['we+repetition', (has) => has('we') && has('repetition')],
  ['we+negative_eval', (has) => has('we') && has('negative_eval')],
  ['company+negative_eval', (has) => has('company') && has('negative_eval')],
  ['company+negation', (has) => has('company') && has('negation')],
  ['intensifier+negative_eval', (has) => has('intensifier') && has('negative_eval')],
  ['negation+attention', (has) => has('negation') && has('attention')],
  ['obligation+attention', (has) => has('obligation') && has('attention')],
  ['imperative+no_warmth', (has) => has('imperative') && !has('warmth') && !has('polite_request')],
  ['imperative+deadline', (has) => has('imperative') && has('deadline')],
  ['you+threat', (has) => you(has) && has('threat')],
  ['threat+deadline', (has) => has('threat') && has('deadline')],
  ['softened', (has) => has('warmth') || has('apology') || has('help_offer') || has('hedge') || has('polite_request')],
];

/** Every feature's name, in order: the single cues, the pairs, then the sentence's shape. */
export function featureNames(cues: readonly Cue[]): string[] {
  return [...cues, ...PAIRS.map(([name]) => name), 'imperative_first', 'exclamation', 'double_punctuation', 'short'];
}

/** A sentence's feature values (0 or 1), in the order of featureNames(cues). */
export function features(cues: readonly Cue[], s: SentenceCues): number[] {
  const present = new Set(s.hits.map((h) => h.cue));
  const has: Has = (cue) => present.has(cue);
  return [
    ...cues.map((c) => (has(c) ? 1 : 0)),
    ...PAIRS.map(([, f]) => (f(has) ? 1 : 0)),
    s.hits.some((h) => h.cue === 'imperative' && h.from === 0) ? 1 : 0,
    /!/.test(s.text) ? 1 : 0,
    /[!?]{2,}/.test(s.text) ? 1 : 0,
    s.wordCount <= 6 ? 1 : 0,
  ];
}

/** The saved model: a weight per feature name, the intercept, and the probability from which a sentence is flagged. */
export interface ToneModel {
  $comment?: string;
  weights: Record<string, number>;
  bias: number;
  threshold: number;
}

/** The probability that a sentence with these feature values reads as harsh. */
export function probability(model: ToneModel, names: readonly string[], values: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < names.length; i++) if (values[i]) z += (model.weights[names[i]!] ?? 0) * values[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** The features that pushed a sentence up the most, for the card's explanation: names with a positive weight. */
export function strongestFeatures(model: ToneModel, names: readonly string[], values: readonly number[], n = 3): string[] {
  return names
    .map((name, i) => ({ name, w: values[i] ? (model.weights[name] ?? 0) : 0 }))
    .filter((f) => f.w > 0)
    .sort((a, b) => b.w - a.w)
    .slice(0, n)
    .map((f) => f.name);
}
