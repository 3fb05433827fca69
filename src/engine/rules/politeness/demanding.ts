import { declarativeRule } from '../../declarative/rule';
import type { ExistenceSpec } from '../../declarative/spec';
import en from '../../lang/en/politeness/demanding.json';

// A hint, not a warning: "you need to log in first" is ordinary in a clean reply, and "please log in first" is
// only friendlier, not a fix of something wrong.
export default declarativeRule(
  'politeness/demanding',
  {
    category: 'politeness',
    description: 'Demands ("you must", "you have to", "I need you to") where "please" would ask.',
    defaultSeverity: 'info',
  },
  { en: en as ExistenceSpec },
);
