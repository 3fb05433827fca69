import type { Language, Suggestion } from '../../types';
import { defineRule, type Finding, type RuleContext } from '../../rule';
import { compilePhrases, fill, findPhrases } from '../../declarative/match';
import { writeGoodHits, type WriteGoodHit } from '../../grammar/write-good';
import { overlaps } from '../../text/ranges';
import en from '../../lang/en/style/weasel-words.json';

interface WeaselData {
  messages: Record<string, string>;
  /** Word → kind; write-good's words not listed here are not reported. */
  kinds: Record<string, string>;
  /** Kinds whose word can simply be dropped ("very sorry" → "sorry"); a hedge cannot: "mostly done" ≠ "done". */
  removable: string[];
  idioms: string[];
  /** Words after which "clearly" and "obviously" comment on the sentence rather than describe a manner. */
  sentenceAdverbAfter: string[];
}

const DATA: Partial<Record<Language, WeaselData>> = { en };

/** Dropping the word and the space after it, re-capitalising the next word at the start of a sentence. */
function removal(ctx: RuleContext, hit: WriteGoodHit): Suggestion | null {
  const { text } = ctx;
  const [start, end] = hit.range;
  const gap = /^[ \t]+(?=\p{L})/u.exec(text.slice(end));
  if (!gap) return null; // "explain it clearly." or "Obviously, ...": rewording needs a person
  // "a very old phone" → "a old phone": the article would have to change too.
  if (/(?:^|[^\p{L}])an?[ \t]+$/iu.test(text.slice(Math.max(0, start - 4), start))) return null;
  const next = end + gap[0].length;
  if (/^\p{Lu}/u.test(hit.text)) {
    return { label: `Remove "${hit.text}"`, edit: { range: [start, next + 1], text: text[next]!.toUpperCase() } };
  }
  return { label: `Remove "${hit.text}"`, edit: { range: [start, next], text: '' } };
}

export default defineRule({
  id: 'style/weasel-words',
  meta: {
    category: 'style',
    description: 'Vague or empty words ("very", "fairly", "obviously"), found with write-good.',
    defaultSeverity: 'info',
    languages: ['en'],
  },
  check(ctx) {
    const data = DATA[ctx.language];
    if (!data) return [];
    const idioms = findPhrases(ctx, compilePhrases(data.idioms)).map((h) => h.range);
    const out: Finding[] = [];
    for (const hit of writeGoodHits(ctx, 'weasel')) {
      const kind = data.kinds[hit.text.toLowerCase()];
      if (!kind || idioms.some((r) => overlaps(r, hit.range))) continue;
      // "Please describe it clearly" is about manner, not a put-down; "Obviously, ..." and "you obviously need" are.
      if (kind === 'condescending') {
        const prev = /([\p{L}'’]+)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, hit.range[0] - 20), hit.range[0]));
        if (prev && !data.sentenceAdverbAfter.includes(prev[1]!.toLowerCase().replace('’', "'"))) continue;
      }
      const fix = data.removable.includes(kind) ? removal(ctx, hit) : null;
      out.push({
        range: hit.range,
        actual: hit.text,
        message: fill(data.messages[kind] ?? '', { actual: hit.text }),
        suggestions: fix ? [fix] : [],
      });
    }
    return out;
  },
});
