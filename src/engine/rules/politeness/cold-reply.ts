import { defineRule, type RuleContext } from '../../rule';
import type { Range } from '../../types';
import { overlaps } from '../../text/ranges';
import { cueLexicon } from '../../tone/model-rule';
import type { Cue } from '../../tone/cues';

/** The kinds of words that make a reply warm: a thank-you, an apology, an offer of help, a softened request. */
const WARM: ReadonlySet<Cue> = new Set(['warmth', 'apology', 'help_offer', 'polite_request']);
/** Shorter replies ("Done, your refund is on its way.") are left alone: there is too little to judge. */
const MIN_SENTENCES = 3;

const touches = (r: Range | null, s: Range) => r !== null && overlaps(r, s);

/** The sentences between the greeting and the sign-off: what the rep wrote to this customer. */
function bodySentences(ctx: RuleContext) {
  const { greeting, closing } = ctx.email;
  return ctx.sentences.filter(
    (s) => s.words.length > 0 && !touches(greeting, s.range) && !touches(closing, s.range) && !(closing && s.range[0] >= closing[1]),
  );
}

export default defineRule({
  id: 'politeness/cold-reply',
  meta: {
    category: 'politeness',
    description:
      'A reply with not one thank-you, apology, offer of help or softened request between its greeting and its sign-off, read through the tone cue lexicons of all five languages.',
    defaultSeverity: 'warning',
    languages: ['en', 'lv', 'sl', 'hr', 'fi'],
  },
  check(ctx) {
    const body = bodySentences(ctx);
    if (body.length < MIN_SENTENCES) return [];
    const lex = cueLexicon(ctx.language);
    if (body.some((s) => lex.find(s.words).some((h) => WARM.has(h.cue)))) return [];
    return [
      {
        range: [0, 0],
        message:
          'Nothing in this reply thanks the customer, apologises, offers more help or asks politely, so it may read as ' +
          'curt. A thank-you for getting in touch, or an offer of further help, warms it up.',
      },
    ];
  },
});
