import { defineRule, type Finding, type RuleContext } from '../../rule';
import type { Sentence } from '../../text/sentences';
import { overlaps } from '../../text/ranges';
import data from '../../lang/en/politeness/curt-request.json';

const POLITE = new Set(data.politeMarkers);
const LEAD_INS = new Set(data.leadIns);
const IMPERATIVES = new Set(data.imperatives);
const AUXILIARIES = new Set(data.auxiliaries);
const PRONOUNS = new Set(data.pronouns);
const FRIENDLY = data.friendly.map((p) => p.split(' '));
const OFFERS = data.offers.map((p) => p.split(' '));

// What may stand between the start of a line and a list step's first word: "1.", "2)", "a)", "-", "•", "Step 3:".
const LIST_MARKER = /^[ \t]*(?:\(?\d{1,2}[.):]|\(?[a-z][.)]|[-*•–—▪◦]|step\s+\d{1,2}[.):]?)[ \t]*$/iu;

/** Whether the sentence gives an order: starts with a verb in the imperative and is not a question or an offer. */
function isOrder(ctx: RuleContext, s: Sentence): boolean {
  const words = s.words.map((w) => w.normalized.toLowerCase());
  if (words.length < 2 || /\?["'”’)\]]*$/u.test(s.text)) return false;
  const startsWith = (phrase: string[], at: number) => phrase.every((w, k) => words[at + k] === w);
  if (FRIENDLY.some((f) => startsWith(f, 0))) return false;
  const v = LEAD_INS.has(words[0]!) ? 1 : 0;
  if (!IMPERATIVES.has(words[v] ?? '')) return false;
  // "Check-in opens at 3", "Sign-up is free", "Update: your order has shipped", "Look, …".
  if (/^[-:,]/u.test(ctx.text.slice(s.words[v]!.end))) return false;
  if (FRIENDLY.some((f) => startsWith(f, v))) return false;
  if (OFFERS.some((o) => words.some((_, i) => startsWith(o, i)))) return false;
  // "Return shipping is free", "Call volumes are high": the verb is a noun here.
  if (AUXILIARIES.has(words[v + 1] ?? '')) return false;
  if (AUXILIARIES.has(words[v + 2] ?? '') && !PRONOUNS.has(words[v + 1] ?? '')) return false;
  const lineStart = ctx.text.lastIndexOf('\n', s.words[0]!.start - 1) + 1;
  if (LIST_MARKER.test(ctx.text.slice(lineStart, s.words[0]!.start))) return false;
  return true;
}

export default defineRule({
  id: 'politeness/curt-request',
  meta: {
    category: 'politeness',
    description: 'Orders instead of requests ("Send me the order number.") in a reply that never says "please".',
    defaultSeverity: 'warning',
    languages: ['en'],
  },
  check(ctx) {
    if (ctx.language !== 'en') return [];
    if (ctx.words.some((w) => POLITE.has(w.normalized.toLowerCase()))) return [];
    const { greeting, closing } = ctx.email;
    const out: Finding[] = [];
    for (const s of ctx.sentences) {
      if ([greeting, closing].some((part) => part !== null && overlaps(part, s.range))) continue;
      if (!isOrder(ctx, s)) continue;
      const first = s.words[0]!;
      const range: [number, number] = [first.start, s.range[1]];
      let body = ctx.text.slice(...range);
      // Lower-case the sentence's first letter unless the word is written in capitals ("SEND").
      if (/^\p{Lu}\p{Ll}/u.test(body)) body = body[0]!.toLowerCase() + body.slice(1);
      const stripped = body.replace(/[.!]+(?=["'”’)\]]*$)/u, '');
      const polite = `Could you please ${stripped}${/[:;]["'”’)\]]*$/u.test(stripped) ? '' : '?'}`;
      out.push({
        range,
        actual: ctx.text.slice(...range),
        message: 'This reads as an order: ask politely instead, for example "Could you please…?"',
        suggestions: [{ label: polite, edit: { range, text: polite } }],
      });
    }
    return out;
  },
});
