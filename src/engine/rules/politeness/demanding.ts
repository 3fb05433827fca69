import { declarativeRule } from '../../declarative/rule';
import type { ExistenceSpec } from '../../declarative/spec';
import en from '../../lang/en/politeness/demanding.json';
import lv from '../../lang/lv/politeness/demanding.json';
import sl from '../../lang/sl/politeness/demanding.json';
import hr from '../../lang/hr/politeness/demanding.json';
import fi from '../../lang/fi/politeness/demanding.json';

// A hint, not a warning: "you need to log in first" is ordinary in a clean reply, and "please log in first" is
// only friendlier, not a fix of something wrong. The other languages give no fix: their "must" takes an infinitive
// or a debitive ("Jums ir jānosūta") that would have to become an imperative.
export default declarativeRule(
  'politeness/demanding',
  {
    category: 'politeness',
    description: 'Demands ("you must", "you have to", "I need you to") where "please" would ask.',
    defaultSeverity: 'info',
  },
  { en: en as ExistenceSpec, lv: lv as ExistenceSpec, sl: sl as ExistenceSpec, hr: hr as ExistenceSpec, fi: fi as ExistenceSpec },
);
