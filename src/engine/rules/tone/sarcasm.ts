import { defineRule, type Finding, type RuleContext } from '../../rule';
import type { Language } from '../../types';
import type { ExistenceSpec } from '../../declarative/spec';
import { compilePhrases, findPhrases, type CompiledPhrase } from '../../declarative/match';
import { runSpec } from '../../declarative/run';
import { withoutOverlaps } from '../../tone/phrases';
import en from '../../lang/en/tone/sarcasm.json';
import scareEn from '../../lang/en/tone/scare-quotes.json';
import lv from '../../lang/lv/tone/sarcasm.json';
import scareLv from '../../lang/lv/tone/scare-quotes.json';
import sl from '../../lang/sl/tone/sarcasm.json';
import scareSl from '../../lang/sl/tone/scare-quotes.json';
import hr from '../../lang/hr/tone/sarcasm.json';
import scareHr from '../../lang/hr/tone/scare-quotes.json';
import fi from '../../lang/fi/tone/sarcasm.json';
import scareFi from '../../lang/fi/tone/scare-quotes.json';

const SPECS: Partial<Record<Language, { spec: ExistenceSpec; owners: string[] }>> = {
  en: { spec: en as ExistenceSpec, owners: scareEn.owners },
  lv: { spec: lv as ExistenceSpec, owners: scareLv.owners },
  sl: { spec: sl as ExistenceSpec, owners: scareSl.owners },
  hr: { spec: hr as ExistenceSpec, owners: scareHr.owners },
  fi: { spec: fi as ExistenceSpec, owners: scareFi.owners },
};

// Each opening quote with the marks that may close it: English 'x' "x" ‘x’ “x”, Latvian, Slovenian and Croatian
// „x“ and «x», Finnish ”x”.
const CLOSES: Record<string, string> = {
  "'": "'’", '‘': '’', '"': '"', '“': '”', '„': '“”', '‚': '‘’', '«': '»', '»': '«', '”': '”',
};

interface ScareQuote {
  find: CompiledPhrase[];
  parts: RegExp;
}
const scareCache = new Map<Language, ScareQuote>();

function scarePattern(language: Language, owners: readonly string[]): ScareQuote {
  let c = scareCache.get(language);
  if (!c) {
    const source = `(?<![\\p{L}\\p{M}\\p{N}])(?:${owners.join('|')})\\s+(['"‘“„‚«»”])(\\p{Ll}[\\p{L}\\p{M}'’ -]{0,30}?)(['"’”“‘«»])(?![\\p{L}\\p{M}\\p{N}])`;
    c = { find: compilePhrases([{ pattern: source }]), parts: new RegExp(source, 'iu') };
    scareCache.set(language, c);
  }
  return c;
}

/** "your 'urgent' issue": quotes that doubt the customer's own word. Fixed by dropping the quotes. */
function scareQuotes(ctx: RuleContext, owners: readonly string[]): Finding[] {
  const { find, parts } = scarePattern(ctx.language, owners);
  const out: Finding[] = [];
  for (const hit of findPhrases(ctx, find)) {
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
    languages: Object.keys(SPECS) as Language[],
  },
  check(ctx) {
    const data = SPECS[ctx.language];
    if (!data) return [];
    return withoutOverlaps([...runSpec(ctx, data.spec), ...scareQuotes(ctx, data.owners)]);
  },
});
