import type { Language } from '../../types';
import { defineRule, type RuleContext } from '../../rule';
import type { TextPack } from '../../lang/pack';
import { insertionEdit } from '../../text/insert';
import { overlaps } from '../../text/ranges';
import { phrasePrefix } from '../../text/regions';
import { lexemes, wordCount } from '../../text/email-shape';
import en from '../../lang/en/structure/missing-greeting.json';
import lv from '../../lang/lv/structure/missing-greeting.json';
import sl from '../../lang/sl/structure/missing-greeting.json';
import hr from '../../lang/hr/structure/missing-greeting.json';
import fi from '../../lang/fi/structure/missing-greeting.json';

interface GreetingData {
  message: string;
  /** The greeting line to add, without a line break. */
  insert: string;
  /** The lexemes of a salutation, in any combination (src/engine/text/email-shape.ts: lexemes). */
  salutationWords?: string[];
  /** Forms of address before a name ("gospa", "herra"), as regex sources. */
  titles?: string[];
}

const DATA: Partial<Record<Language, GreetingData>> = { en, lv, sl, hr, fi };

// A one-line internal note ("Refunded, closing.") should not be told to greet anyone. The three structure rules
// (greeting, sign-off, satisfaction check) only speak up once the rep's own body text, greeting and sign-off left
// out, has 15 words, or two sentences of 8 words between them: "Your refund went out today. It takes 3–5 days."
// (9 words) is already a reply to a customer, "Done. Closing the ticket." (4) is not.
const SUBSTANCE_WORDS = 15;
const SUBSTANCE_SENTENCES = 2;
const SUBSTANCE_MIN_WORDS = 8;

/** Whether the reply is long enough to be held to the shape of a customer email. Shared by the structure rules. */
export function isReplyOfSubstance(ctx: RuleContext): boolean {
  const { greeting, closing } = ctx.email;
  const body = ctx.sentences.filter(
    (s) => !(greeting && overlaps(s.range, greeting)) && !(closing && overlaps(s.range, closing)),
  );
  const words = body.reduce((n, s) => n + s.words.length, 0);
  return words >= SUBSTANCE_WORDS || (body.length >= SUBSTANCE_SENTENCES && words >= SUBSTANCE_MIN_WORDS);
}

const prefixCache = new WeakMap<TextPack, RegExp>();

// Up to five words of address, then a break in the line: " Anna,", " again!", " Mr Smith —".
const ADDRESS_THEN_BREAK = /^(?:\s+[\p{L}\p{M}.'’-]+){0,5}\s*[,!:;—–-]/u;
// A name of one to three capitalised words alone on the line, then a comma ("Anna,", "Mr Smith,"); after a form of
// address, a comma or "!" ("gospa Novak,", "Herra Virtanen!").
const NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,2}\\s*";
const NAME_AND_COMMA = new RegExp(`^${NAME},$`, 'u');
const NAME_AND_BREAK = new RegExp(`^${NAME}[,!]$`, 'u');

/**
 * The parser only takes a greeting that has its own short line ("Hi Anna,"). Reps also write it on one line with the
 * body ("Hi Anna, thanks for the photos…") or greet by name alone ("Anna,"); both are greetings.
 */
function opensWithGreeting(ctx: RuleContext, data: GreetingData): boolean {
  if (ctx.email.greeting) return true;
  const first = ctx.paragraphs[0];
  if (!first) return false;
  const para = ctx.text.slice(first.range[0], first.range[1]);
  const line = para.split('\n', 1)[0]!.trim();
  let prefix = prefixCache.get(ctx.pack);
  if (!prefix) {
    prefix = phrasePrefix(ctx.pack.greetings);
    prefixCache.set(ctx.pack, prefix);
  }
  const m = prefix.exec(line);
  if (m && ADDRESS_THEN_BREAK.test(line.slice(m[0].length))) return true;
  if (NAME_AND_COMMA.test(line)) return true;
  return opensWithGreetingShape(line, data);
}

const titleCache = new WeakMap<GreetingData, RegExp | null>();

/**
 * A greeting the lists lack, told by its shape: a short first line (seven words at most) that ends in "," or "!" and
 * holds a salutation word anywhere ("Labs rīts, Anna!", "Well hello there, Anna!", "Lepo pozdravljeni, gospa
 * Kranjc!"), or that starts with one followed by a short address and a break ("Moro Petri, kiitos viestistä…"), or
 * a name with a form of address and nothing else ("gospa Novak,", "Herra Virtanen!"). "Thanks for your message!" holds
 * no salutation word and stays no greeting.
 */
function opensWithGreetingShape(line: string, data: GreetingData): boolean {
  const words = lexemes(data.salutationWords);
  if (words) {
    const m = words.exec(line);
    if (m && wordCount(line) <= 7 && /[,!]$/u.test(line)) return true;
    if (m && m.index === 0 && ADDRESS_THEN_BREAK.test(line.slice(m[0].length))) return true;
  }
  let title = titleCache.get(data);
  if (title === undefined) {
    title = data.titles?.length ? new RegExp(`^(?:${data.titles.join('|')})(?![\\p{L}\\p{M}])\\s*`, 'iu') : null;
    titleCache.set(data, title);
  }
  const t = title?.exec(line);
  // The name after the title is case-sensitive: with the i flag \p{Lu} would take any letter.
  return !!t && NAME_AND_BREAK.test(line.slice(t[0].length));
}

// "Thank you for contacting us." as the first line does not count as a greeting: it is the reply's first sentence,
// and a good reply has both ("Hello Marcus,\n\nThanks for reaching out…"), as every reply in tests/corpus does.
export default defineRule({
  id: 'structure/missing-greeting',
  meta: {
    category: 'structure',
    description: 'The reply does not open with a greeting ("Hi Anna,").',
    defaultSeverity: 'warning',
    languages: Object.keys(DATA) as Language[],
  },
  check(ctx) {
    const data = DATA[ctx.language];
    if (!data || !isReplyOfSubstance(ctx) || opensWithGreeting(ctx, data)) return [];
    return [
      {
        range: [0, 0],
        message: data.message,
        suggestions: [{ label: `Add "${data.insert}"`, edit: insertionEdit(ctx, 'start', data.insert) }],
      },
    ];
  },
});
