import { declarativeRule } from '../../declarative/rule';
import type { ExistenceSpec } from '../../declarative/spec';
import lv from '../../lang/lv/politeness/informal-address.json';
import sl from '../../lang/sl/politeness/informal-address.json';
import hr from '../../lang/hr/politeness/informal-address.json';

// Latvian, Slovenian and Croatian support writes to a customer in the formal "Jūs"/"Vi"; the informal "tu"/"ti" reads
// as overfamiliar. Finnish is left out: Finnish customer service mostly says "sinä" today, and the formal "Te" is for
// the few teams that choose it (a team lead can add a profile rule for them). Only words that cannot be anything else
// are flagged: the pronoun "ti" is also "these"/"those", so it counts only next to a verb that makes it "you".
export default declarativeRule(
  'politeness/informal-address',
  {
    category: 'politeness',
    description: 'Addressing the customer informally ("tu", "ti", "tvoj") instead of the formal "Jūs"/"Vi".',
    defaultSeverity: 'warning',
  },
  { lv: lv as ExistenceSpec, sl: sl as ExistenceSpec, hr: hr as ExistenceSpec },
);
