import { defineRule } from '../../rule';
import type { ExistenceSpec } from '../../declarative/spec';
import { phraseAlternation } from '../../declarative/match';
import { runSpec } from '../../declarative/run';
import type { Language } from '../../types';
import en from '../../lang/en/tone/negative-company.json';
import words from '../../lang/en/tone/company-words.json';
import lv from '../../lang/lv/tone/negative-company.json';
import sl from '../../lang/sl/tone/negative-company.json';
import hr from '../../lang/hr/tone/negative-company.json';
import fi from '../../lang/fi/tone/negative-company.json';

const alt = (list: readonly string[]) => `(?:${phraseAlternation([...list].sort((a, b) => b.length - a.length))})`;

// "our (billing)? system (we use)? is (really)? useless": one optional word before the subject, an optional "we use"
// after it, up to two intensifiers. Built
// from word lists, then run with the phrase list as one more pattern.
const RUNNING_DOWN =
  `${alt(words.owners)}\\s+(?:\\p{L}+\\s+)?${alt(words.subjects)}` +
  // "the courier we use is hopeless"
  `(?:\\s+(?:we|I)\\s+(?:use|have|work\\s+with|rely\\s+on))?` +
  `(?:\\s+(?:is|are|was|were|ha(?:s|ve)\\s+(?:always\\s+)?been)|['’](?:s|re))` +
  `(?:\\s+${alt(words.intensifiers)}){0,2}\\s+${alt(words.negatives)}`;

// The other languages inflect owner, noun and adjective together ("mūsu sistēma ir briesmīga", "naš sustav je
// užasan"), so their "our <product> is <bad>" shape is written as patterns in their own data.
const SPECS: Partial<Record<Language, ExistenceSpec>> = {
  en: { ...(en as ExistenceSpec), phrases: [...en.phrases, { pattern: RUNNING_DOWN }] },
  lv: lv as ExistenceSpec,
  sl: sl as ExistenceSpec,
  hr: hr as ExistenceSpec,
  fi: fi as ExistenceSpec,
};

export default defineRule({
  id: 'tone/negative-company',
  meta: {
    category: 'tone',
    description: 'Running down the company, its products or colleagues ("our system is useless", "billing always gets this wrong").',
    defaultSeverity: 'warning',
    languages: Object.keys(SPECS) as Language[],
  },
  check(ctx) {
    const spec = SPECS[ctx.language];
    return spec ? runSpec(ctx, spec) : [];
  },
});
