import type { Language } from '../../types';
import { defineRule } from '../../rule';
import type { PhraseEntry } from '../../declarative/spec';
import { compilePhrases, findPhrases } from '../../declarative/match';
import { overlaps } from '../../text/ranges';
import en from '../../lang/en/structure/missing-attachment.json';
import lv from '../../lang/lv/structure/missing-attachment.json';
import sl from '../../lang/sl/structure/missing-attachment.json';
import hr from '../../lang/hr/structure/missing-attachment.json';
import fi from '../../lang/fi/structure/missing-attachment.json';

interface AttachmentData {
  message: string;
  /** The rep's words for sending something attached. */
  phrases: PhraseEntry[];
  /** Look-alikes that speak of the customer's attachment or ask for one: a phrase inside one does not count. */
  unless: PhraseEntry[];
}

const DATA: Partial<Record<Language, AttachmentData>> = { en, lv, sl, hr, fi };

// Only a count the caller knows (the CLI's --attachments, the adapters' attachment chips) can say nothing is
// attached: with `attachments` undefined the rule stays silent rather than guess. One finding per reply, on the first
// promise, is enough: the fix is the same (attach the file), and three underlines for one missing file are noise.
export default defineRule({
  id: 'structure/missing-attachment',
  meta: {
    category: 'structure',
    description: 'The reply says something is attached ("please find attached") but nothing is attached to it.',
    defaultSeverity: 'warning',
    languages: Object.keys(DATA) as Language[],
  },
  check(ctx) {
    const data = DATA[ctx.language];
    if (!data || ctx.attachments !== 0) return [];
    const unless = findPhrases(ctx, compilePhrases(data.unless));
    const hit = findPhrases(ctx, compilePhrases(data.phrases)).find((h) => !unless.some((u) => overlaps(u.range, h.range)));
    if (!hit) return [];
    return [{ range: hit.range, message: data.message, actual: hit.text }];
  },
});
