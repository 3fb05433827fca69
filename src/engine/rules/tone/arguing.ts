import { declarativeRule } from '../../declarative/rule';
import type { ExistenceSpec } from '../../declarative/spec';
import en from '../../lang/en/tone/arguing.json';
import lv from '../../lang/lv/tone/arguing.json';
import sl from '../../lang/sl/tone/arguing.json';
import hr from '../../lang/hr/tone/arguing.json';
import fi from '../../lang/fi/tone/arguing.json';

export default declarativeRule(
  'tone/arguing',
  {
    category: 'tone',
    description: 'Contradicting the customer ("you are wrong", "that is not true", "with all due respect").',
    defaultSeverity: 'warning',
  },
  { en: en as ExistenceSpec, lv: lv as ExistenceSpec, sl: sl as ExistenceSpec, hr: hr as ExistenceSpec, fi: fi as ExistenceSpec },
);
