import { declarativeRule } from '../../declarative/rule';
import type { ExistenceSpec } from '../../declarative/spec';
import en from '../../lang/en/tone/punctuation.json';

// Runs of "!!" and "??" read the same in every language, so the one list serves all five.
const spec = en as ExistenceSpec;

export default declarativeRule(
  'tone/punctuation',
  {
    category: 'tone',
    description: 'Runs of "!!", "??" or "?!" that read as shouting or impatience.',
    defaultSeverity: 'warning',
  },
  { en: spec, lv: spec, sl: spec, hr: spec, fi: spec },
);
