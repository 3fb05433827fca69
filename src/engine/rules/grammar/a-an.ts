import type { Language } from '../../types';
import { defineRule, type Finding } from '../../rule';
import { fill, matchCase } from '../../declarative/match';
import { articleFor, type ArticleData } from '../../grammar/article';
import en from '../../lang/en/grammar/a-an.json';

interface AnData extends ArticleData {
  messages: Record<'a' | 'an', string>;
  /** Words that cannot follow an article, so "a" before them is a label ("options a and b"). */
  notNouns: string[];
}

const DATA: Partial<Record<Language, AnData>> = { en };

export default defineRule({
  id: 'grammar/a-an',
  meta: {
    category: 'grammar',
    description: '"A" where "an" belongs and back, by sound: "an hour", "a user", "an SMS", "an 8-digit code".',
    defaultSeverity: 'error',
    languages: ['en'],
    scope: 'paragraph',
  },
  check(ctx) {
    const data = DATA[ctx.language];
    if (!data) return [];
    const out: Finding[] = [];
    for (const s of ctx.sentences) {
      for (let i = 0; i + 1 < s.words.length; i++) {
        const article = s.words[i]!;
        const word = s.words[i + 1]!;
        // "a" and "an" in any case at the start of a sentence, "AN" anywhere; a capital "A" inside a sentence is a
        // label ("Plan A", "grade A").
        const atStart = i === 0 && article.start === s.range[0];
        if (!/^(?:a|an|AN)$/.test(article.text) && !(atStart && /^(?:A|An)$/.test(article.text))) continue;
        // Only a space between: "a $5 voucher", "a (new) code", "a/an" are left alone.
        if (!/^[ \t]+$/.test(ctx.text.slice(article.end, word.start))) continue;
        if (data.notNouns.includes(word.normalized.toLowerCase())) continue;
        const expected = articleFor(word.text, data);
        const used = article.text.toLowerCase() as 'a' | 'an';
        if (expected === null || expected === 'either' || expected === used) continue;
        const text = matchCase(expected, article.text);
        out.push({
          range: [article.start, word.end],
          actual: ctx.text.slice(article.start, word.end),
          message: fill(data.messages[expected], { word: word.text }),
          suggestions: [{ label: `${text} ${word.text}`, edit: { range: [article.start, article.end], text } }],
        });
      }
    }
    return out;
  },
});
