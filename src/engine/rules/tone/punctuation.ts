import { declarativeRule } from '../../declarative/rule';
import type { ExistenceSpec } from '../../declarative/spec';
import en from '../../lang/en/tone/punctuation.json';

export default declarativeRule(
  'tone/punctuation',
  {
    category: 'tone',
    description: 'Runs of "!!", "??" or "?!" that read as shouting or impatience.',
    defaultSeverity: 'warning',
  },
  { en: en as ExistenceSpec },
);
