import { modelRule } from '../../tone/model-rule';
import type { ToneModel } from '../../tone/model';
import model from '../../tone/model.json';

export default modelRule({
  id: 'tone/harsh-sentence',
  category: 'tone',
  description:
    'A sentence whose words together read as blaming, lecturing, impatient or running the company down, judged by a small local model of word kinds in all five languages.',
  model: model as ToneModel,
  says: {
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
    double_punctuation: 'ends with "!!" or "?!"',
  },
  message: (reasons, words) =>
    `This sentence may read as harsh to the customer${reasons.length ? `: it ${reasons.join(' and ')}` : ''}` +
    `${words.length ? ` (${words.map((w) => `"${w}"`).join(', ')})` : ''}. ` +
    'Say what you will do, or what they can do next, in a calm way.',
});
