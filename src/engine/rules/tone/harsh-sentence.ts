import { defineRule, type Finding } from '../../rule';
import type { Language } from '../../types';
import { CUE_CATEGORIES, CueLexicon, type CueData } from '../../tone/cues';
import { featureNames, features, probability, strongestFeatures, type ToneModel } from '../../tone/model';
import savedModel from '../../tone/model.json';
import en from '../../lang/en/tone/cues.json';
import lv from '../../lang/lv/tone/cues.json';
import sl from '../../lang/sl/tone/cues.json';
import hr from '../../lang/hr/tone/cues.json';
import fi from '../../lang/fi/tone/cues.json';

const DATA: Record<Language, CueData> = { en, lv, sl, hr, fi } as Record<Language, CueData>;
const model = savedModel as ToneModel;
const names = featureNames(CUE_CATEGORIES);
const lexicons = new Map<Language, CueLexicon>();
const lexiconFor = (language: Language) => {
  let lex = lexicons.get(language);
  if (!lex) lexicons.set(language, (lex = new CueLexicon(DATA[language])));
  return lex;
};

/** How each feature reads in the card: "you" with "never", "our system" with "useless"… */
const SAYS: Partial<Record<string, string>> = {
  'you+negation': 'points at the customer with a negation',
  'you+customer_failure': 'points at the customer’s mistake',
  'you+attention': 'tells the customer what they read or missed',
  'you+negation+attention': 'says the customer did not read or follow something',
  'you+obligation': 'tells the customer what they must do',
  'you+reproach': 'says what the customer should have done',
  'you+condescension': 'talks down to the customer',
  'you+repetition': 'reminds the customer they were told before',
  'you+contradiction': 'contradicts the customer',
  'you+negative_eval': 'judges the customer',
  'you+impatience': 'sounds impatient with the customer',
  'we+repetition': 'reminds the customer you said it before',
  'we+negative_eval': 'runs yourselves down',
  'company+negative_eval': 'runs down the company',
  'company+negation': 'puts the company in a bad light',
  'intensifier+negative_eval': 'uses strong negative words',
  'imperative+no_warmth': 'gives an order without a please',
  dismissal: 'brushes the problem off',
  impatience: 'sounds impatient',
  condescension: 'talks down to the customer',
  contradiction: 'contradicts the customer',
  reproach: 'says what should have been done',
  repetition: 'reminds the customer they were told before',
  negative_eval: 'uses strong negative words',
  customer_failure: 'points at a mistake',
};

export default defineRule({
  id: 'tone/harsh-sentence',
  meta: {
    category: 'tone',
    description:
      'A sentence whose words together read as blaming, lecturing, impatient or running the company down, judged by a small local model of word kinds in all five languages.',
    defaultSeverity: 'warning',
    languages: Object.keys(DATA) as Language[],
    scope: 'paragraph',
    fallback: true,
  },
  check(ctx) {
    const lex = lexiconFor(ctx.language);
    const out: Finding[] = [];
    for (const sentence of ctx.sentences) {
      const { words } = sentence;
      if (words.length === 0) continue;
      const hits = lex.find(words);
      const values = features(CUE_CATEGORIES, { hits, wordCount: words.length, text: sentence.text });
      if (probability(model, names, values) < model.threshold) continue;
      const strongest = strongestFeatures(model, names, values);
      // The judgement is of the whole sentence, so the whole sentence is underlined.
      const range: [number, number] = [sentence.range[0], sentence.range[1]];
      const reasons = [...new Set(strongest.map((f) => SAYS[f]).filter((s): s is string => !!s))].slice(0, 2);
      out.push({
        range,
        actual: ctx.text.slice(...range),
        message:
          `This sentence may read as harsh to the customer${reasons.length ? ` (it ${reasons.join(' and ')})` : ''}. ` +
          'Say what you will do, or what they can do next, in a calm way.',
      });
    }
    return out;
  },
});
