import { defineRule, type Finding, type RuleContext } from '../../rule';
import type { ExistenceSpec } from '../../declarative/spec';
import { phraseSource } from '../../declarative/match';
import { overlaps } from '../../text/ranges';
import { phraseFindings, withoutOverlaps } from '../../tone/phrases';
import en from '../../lang/en/tone/negative-company.json';
import words from '../../lang/en/tone/company-words.json';

const spec = en as ExistenceSpec;
const alt = (list: readonly string[]) => `(?:${[...list].sort((a, b) => b.length - a.length).map(phraseSource).join('|')})`;

// "our (billing)? system is (really)? useless": one optional word before the subject, up to two intensifiers.
const RUNNING_DOWN = new RegExp(
  `${alt(words.owners)}\\s+(?:\\p{L}+\\s+)?${alt(words.subjects)}` +
    `(?:\\s+(?:is|are|was|were|ha(?:s|ve)\\s+(?:always\\s+)?been)|['’](?:s|re))` +
    `(?:\\s+${alt(words.intensifiers)}){0,2}\\s+${alt(words.negatives)}`,
  'giu',
);

function runningDown(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [from, to] of ctx.email.checkable) {
    for (const m of ctx.text.slice(from, to).matchAll(RUNNING_DOWN)) {
      const range: [number, number] = [from + m.index, from + m.index + m[0].length];
      if (ctx.skip.some((s) => overlaps(s, range))) continue;
      out.push({ range, actual: m[0], message: spec.message, suggestions: [] });
    }
  }
  return out;
}

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
    return withoutOverlaps([...phraseFindings(ctx, spec), ...runningDown(ctx)]);
  },
});
