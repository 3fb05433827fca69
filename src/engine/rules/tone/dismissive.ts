import { declarativeRule } from '../../declarative/rule';
import type { ExistenceSpec } from '../../declarative/spec';
import en from '../../lang/en/tone/dismissive.json';

export default declarativeRule(
  'tone/dismissive',
  {
    category: 'tone',
    description: 'Brushing the customer off ("calm down", "not my problem", "it is what it is").',
    defaultSeverity: 'warning',
  },
  { en: en as ExistenceSpec },
);
