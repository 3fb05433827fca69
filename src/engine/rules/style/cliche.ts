import type { DeclarativeSpec } from '../../declarative/spec';
import { declarativeRule } from '../../declarative/rule';
import en from '../../lang/en/style/cliche.json';

export default declarativeRule(
  'style/cliche',
  {
    category: 'style',
    description: 'Clichés ("at the end of the day", "go the extra mile").',
    defaultSeverity: 'info',
  },
  { en: en as DeclarativeSpec },
);
