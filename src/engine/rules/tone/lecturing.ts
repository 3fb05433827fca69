import { defineRule, type Finding, type RuleContext } from '../../rule';
import type { ExistenceSpec } from '../../declarative/spec';
import { matchCase } from '../../declarative/match';
import type { Word } from '../../text/tokens';
import { runSpec } from '../../declarative/run';
import { withoutOverlaps } from '../../tone/phrases';
import type { Language } from '../../types';
import lecturing from '../../lang/en/tone/lecturing.json';
import shouldHave from '../../lang/en/tone/should-have.json';
import lv from '../../lang/lv/tone/lecturing.json';
import sl from '../../lang/sl/tone/lecturing.json';
import hr from '../../lang/hr/tone/lecturing.json';
import fi from '../../lang/fi/tone/lecturing.json';

// English needs code for "you should have <done>"; the other languages mark the past and the infinitive in the
// words themselves, so their "you should have…" ("jums vajadzēja izlasīt", "trebali ste pročitati", "sinun olisi
// pitänyt lukea") is a pattern in their data, with the informing verbs ("receive", "see") left out.
const SPECS: Partial<Record<Language, ExistenceSpec>> = {
  en: lecturing as ExistenceSpec,
  lv: lv as ExistenceSpec,
  sl: sl as ExistenceSpec,
  hr: hr as ExistenceSpec,
  fi: fi as ExistenceSpec,
};
const informational = new Set(shouldHave.informational);
const participles: Record<string, string> = shouldHave.participles;
const before = new Set(shouldHave.before);
const adverbs = shouldHave.adverbs.map((a) => a.split(' '));

const lower = (w: Word | undefined) => w?.normalized.toLowerCase();

/**
 * "You should have contacted us" blames; "you should have received an email" informs. Only a past participle
 * after "should have" (and none of the informing ones) is flagged, so the everyday support phrase stays clean.
 */
function youShouldHave(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const { words } of ctx.sentences) {
    // Only spaces between the words: in "you, should have" or "you (should have" they do not belong together.
    const adjacent = (i: number) => /^\s+$/u.test(ctx.text.slice(words[i - 1]!.end, words[i]!.start));
    for (let i = 0; i < words.length; i++) {
      if (lower(words[i]) !== 'you') continue;
      let j = i + 1;
      if (before.has(lower(words[j]) ?? '') && adjacent(j)) j += 1;
      if (lower(words[j]) === "should've" && adjacent(j)) j += 1;
      else if (lower(words[j]) === 'should' && lower(words[j + 1]) === 'have' && adjacent(j) && adjacent(j + 1)) j += 2;
      else continue;
      for (let found = true; found; ) {
        found = false;
        for (const adverb of adverbs) {
          if (adverb.every((a, k) => lower(words[j + k]) === a && adjacent(j + k))) {
            j += adverb.length;
            found = true;
            break;
          }
        }
      }
      const verb = words[j];
      const form = lower(verb);
      if (!verb || !form || !adjacent(j) || informational.has(form)) continue;
      const base = participles[form];
      if (base === undefined && !(form.length > 4 && form.endsWith('ed'))) continue;
      const you = words[i]!;
      const range: [number, number] = [you.start, verb.end];
      const actual = ctx.text.slice(...range);
      const calm = base === undefined ? null : matchCase(`next time, you can ${base}`, actual);
      out.push({
        range,
        actual,
        message: '"You should have…" blames the customer: say what they can do next time instead.',
        suggestions: calm ? [{ label: calm, edit: { range, text: calm } }] : [],
      });
    }
  }
  return out;
}

export default defineRule({
  id: 'tone/lecturing',
  meta: {
    category: 'tone',
    description: 'Blaming or lecturing the customer ("as I already told you", "you should have read", "obviously").',
    defaultSeverity: 'warning',
    languages: Object.keys(SPECS) as Language[],
  },
  check(ctx) {
    const spec = SPECS[ctx.language];
    if (!spec) return [];
    return withoutOverlaps([...runSpec(ctx, spec), ...(ctx.language === 'en' ? youShouldHave(ctx) : [])]);
  },
});
