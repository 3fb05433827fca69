import { defineRule, type Finding, type RuleContext } from '../../rule';
import type { ExistenceSpec } from '../../declarative/spec';
import { compilePhrases, findPhrases } from '../../declarative/match';
import { runSpec } from '../../declarative/run';
import { withoutOverlaps } from '../../tone/phrases';
import en from '../../lang/en/tone/sarcasm.json';
import scare from '../../lang/en/tone/scare-quotes.json';

const spec = en as ExistenceSpec;
const CLOSES: Record<string, string> = { "'": "'’", '‘': '’', '"': '"', '“': '”' };
const SCARE_QUOTE = `(?<![\\p{L}\\p{M}\\p{N}])(?:${scare.owners.join('|')})\\s+(['"‘“])(\\p{Ll}[\\p{L}\\p{M}'’ -]{0,30}?)(['"’”])(?![\\p{L}\\p{M}\\p{N}])`;
const scareQuote = compilePhrases([{ pattern: SCARE_QUOTE }]);
const parts = new RegExp(SCARE_QUOTE, 'iu');

/** "your 'urgent' issue": quotes that doubt the customer's own word. Fixed by dropping the quotes. */
function scareQuotes(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const hit of findPhrases(ctx, scareQuote)) {
    const [, open, word, close] = parts.exec(hit.text) as unknown as [string, string, string, string];
    // The `i` flag lets \p{Ll} match capitals too; a capitalised label in quotes is a name, not a scare quote.
    if (!CLOSES[open]!.includes(close) || word !== word.toLowerCase() || word.trim().split(/\s+/).length > 3) continue;
    const end = hit.range[1];
    const range: [number, number] = [end - word.length - open.length - close.length, end];
    out.push({
      range,
      actual: ctx.text.slice(...range),
      message: "Quotes around the customer's words can read as sarcastic: drop the quotes.",
      suggestions: [{ label: word, edit: { range, text: word } }],
    });
  }
  return out;
}

export default defineRule({
  id: 'tone/sarcasm',
  meta: {
    category: 'tone',
    description: 'Sarcasm ("thanks for nothing", "good luck with that", scare quotes around the customer\'s words).',
    defaultSeverity: 'warning',
    languages: ['en'],
  },
  check(ctx) {
    if (ctx.language !== 'en') return [];
    return withoutOverlaps([...runSpec(ctx, spec), ...scareQuotes(ctx)]);
  },
});
