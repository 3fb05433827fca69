import type { Language } from '../../types';
import { defineRule, type Finding } from '../../rule';
import { fill } from '../../declarative/match';
import { writeGoodHits } from '../../grammar/write-good';
import en from '../../lang/en/style/passive-voice.json';

interface PassiveData {
  message: string;
  notPassive: string[];
  auxiliaries: string[];
}

const DATA: Partial<Record<Language, PassiveData>> = { en };

// Off by default and only a hint: support replies are full of passives that are exactly right ("your order has been
// shipped", "your refund was approved"), where the customer cares about the thing, not about who did it.
export default defineRule({
  id: 'style/passive-voice',
  meta: {
    category: 'style',
    description: 'Passive voice ("the refund was processed"), found with write-good; a hint, off by default.',
    defaultSeverity: 'info',
    languages: ['en'],
    scope: 'paragraph',
    defaultOff: true,
  },
  check(ctx) {
    const data = DATA[ctx.language];
    if (!data) return [];
    const out: Finding[] = [];
    for (const hit of writeGoodHits(ctx, 'passive')) {
      const participle = /\S+$/.exec(hit.text)![0].toLowerCase();
      // "Closed" is a state in "we are closed", an action in "the ticket was closed by mistake".
      const byFollows = /^[ \t]+by\b/i.test(ctx.text.slice(hit.range[1]));
      if (data.notPassive.includes(participle) && !byFollows) continue;
      // Take in the auxiliary before it: "has been shipped", "will be sent".
      let start = hit.range[0];
      const before = /(?<![\p{L}'’])(\p{L}+)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, start - 12), start));
      if (before && data.auxiliaries.includes(before[1]!.toLowerCase())) start -= before[0].length;
      const actual = ctx.text.slice(start, hit.range[1]);
      out.push({ range: [start, hit.range[1]], actual, message: fill(data.message, { actual }) });
    }
    return out;
  },
});
