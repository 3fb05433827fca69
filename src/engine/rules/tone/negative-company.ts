import { defineRule } from '../../rule';
import type { ExistenceSpec } from '../../declarative/spec';
import { phraseSource } from '../../declarative/match';
import { runSpec } from '../../declarative/run';
import en from '../../lang/en/tone/negative-company.json';
import words from '../../lang/en/tone/company-words.json';

const alt = (list: readonly string[]) => `(?:${[...list].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})`;

// "our (billing)? system is (really)? useless": one optional word before the subject, up to two intensifiers. Built
// from word lists, then run with the phrase list as one more pattern.
const RUNNING_DOWN =
  `${alt(words.owners)}\\s+(?:\\p{L}+\\s+)?${alt(words.subjects)}` +
  `(?:\\s+(?:is|are|was|were|ha(?:s|ve)\\s+(?:always\\s+)?been)|['’](?:s|re))` +
  `(?:\\s+${alt(words.intensifiers)}){0,2}\\s+${alt(words.negatives)}`;

const spec: ExistenceSpec = { ...(en as ExistenceSpec), phrases: [...en.phrases, { pattern: RUNNING_DOWN }] };

export default defineRule({
  id: 'tone/negative-company',
  meta: {
    category: 'tone',
    description: 'Running down the company, its products or colleagues ("our system is useless", "billing always gets this wrong").',
    defaultSeverity: 'warning',
    languages: ['en'],
  },
  check(ctx) {
    if (ctx.language !== 'en') return [];
    return runSpec(ctx, spec);
  },
});
