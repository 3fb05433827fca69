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

// "our (billing)? system (we use)? is (really)? useless": up to two words before the subject ("our picking team"), a
// short place or part after it ("at the Leeds depot", "in accounts"), an optional "we use", a present, past, perfect
// or progressive "be" ("has been a shambles since…", "is being hopeless"), up to two intensifiers. Built from word
// lists, then run with the phrase list as one more pattern. Only evaluative words end it, so "our depot has been
// closed since Monday" and "our team at the depot is sorting it" stay clean.
const WORD = `[\\p{L}\\p{N}'’-]+`;
const PLACE = `(?:\\s+(?:at|in|from|on|over\\s+at|down\\s+at|up\\s+at)\\s+(?:(?:the|our|their)\\s+)?(?:${WORD}\\s+){0,2}?${WORD})?`;
const BE =
  `(?:\\s+(?:is|are|was|were|(?:seems?|seemed)(?:\\s+to\\s+(?:be|have\\s+been))?|(?:is|are)\\s+(?:being|getting|becoming)|can\\s+be|` +
  `ha(?:s|ve)\\s+(?:always\\s+|just\\s+|really\\s+|honestly\\s+)?(?:been|become))|['’](?:s|re)(?:\\s+(?:been|being|getting))?|['’]ve\\s+been)`;
const RUNNING_DOWN =
  `${alt(words.owners)}\\s+(?:\\p{L}+\\s+){0,2}?${alt(words.subjects)}${PLACE}` +
  // "the courier we use is hopeless", "the handling firm we use in Dublin is a shambles"
  `(?:\\s+(?:we|I)\\s+(?:use|have|work\\s+with|rely\\s+on)${PLACE})?` +
  `${BE}(?:\\s+${alt(words.intensifiers)}){0,2}\\s+${alt(words.negatives)}`;
// "our useless contractor", "my lazy colleagues": the people behind the service, called names.
const NAME_CALLING =
  `(?<![\\p{L}\\p{M}\\p{N}])(?:our|my)\\s+(?:${alt(words.intensifiers)}\\s+)?${alt(words.attributive)}\\s+` +
  `(?:\\p{L}+\\s+)?${alt(words.people)}`;

// The other languages inflect owner, noun and adjective together ("mūsu sistēma ir briesmīga", "naš sustav je
// užasan"), so their "our <product> is <bad>" shape is written as patterns in their own data.
const SPECS: Partial<Record<Language, ExistenceSpec>> = {
  en: { ...(en as ExistenceSpec), phrases: [...en.phrases, { pattern: RUNNING_DOWN }, { pattern: NAME_CALLING }] },
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
