import { declarativeRule } from '../../declarative/rule';
import type { ExistenceSpec } from '../../declarative/spec';
import en from '../../lang/en/tone/dismissive.json';
import lv from '../../lang/lv/tone/dismissive.json';
import sl from '../../lang/sl/tone/dismissive.json';
import hr from '../../lang/hr/tone/dismissive.json';
import fi from '../../lang/fi/tone/dismissive.json';

export default declarativeRule(
  'tone/dismissive',
  {
    category: 'tone',
    description: 'Brushing the customer off ("calm down", "not my problem", "it is what it is").',
    defaultSeverity: 'warning',
  },
  { en: en as ExistenceSpec, lv: lv as ExistenceSpec, sl: sl as ExistenceSpec, hr: hr as ExistenceSpec, fi: fi as ExistenceSpec },
);
