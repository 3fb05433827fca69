import type { DeclarativeSpec } from '../../declarative/spec';
import { declarativeRule } from '../../declarative/rule';
import en from '../../lang/en/style/wordy.json';

export default declarativeRule(
  'style/wordy',
  {
    category: 'style',
    description: 'Wordy phrases with a shorter way to say them ("in order to" → "to").',
    defaultSeverity: 'info',
  },
  { en: en as DeclarativeSpec },
);
