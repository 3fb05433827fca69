import type { Language } from '../../types';
import { defineRule, type RuleContext } from '../../rule';
import type { PhraseEntry } from '../../declarative/spec';
import { compilePhrases, findPhrases } from '../../declarative/match';
import { insertionEdit } from '../../text/insert';
import { customerContext, customerLanguage } from '../../text/customer';
import { isAllCaps } from '../../text/tokens';
import en from '../../lang/en/tone/unacknowledged-frustration.json';
import lv from '../../lang/lv/tone/unacknowledged-frustration.json';
import sl from '../../lang/sl/tone/unacknowledged-frustration.json';
import hr from '../../lang/hr/tone/unacknowledged-frustration.json';
import fi from '../../lang/fi/tone/unacknowledged-frustration.json';

interface FrustrationData {
  message: string;
  /** The opening line offered after the greeting. */
  insert: string;
  /** Phrases that alone show frustration ("unacceptable", "third time"). */
  strong: PhraseEntry[];
  /** Phrases that show it only together ("still", "again", "waiting"). */
  weak: PhraseEntry[];
  /** An apology, understanding or thanks for patience in the reply. */
  acknowledgement: PhraseEntry[];
}

const DATA: Partial<Record<Language, FrustrationData>> = { en, lv, sl, hr, fi };

// Acronyms are written in capitals without shouting.
const ACRONYMS = new Set(['ASAP', 'IBAN', 'SEPA', 'HTML', 'HTTP', 'HTTPS', 'GDPR', 'FAQ', 'PDF', 'USB', 'VPN', 'SMS', 'DPD', 'DHL', 'UPS', 'GLS', 'EUR', 'USD', 'CEO', 'URL', 'PIN', 'VAT', 'PVN', 'DDV', 'PDV', 'ALV', 'OIB', 'EMSO', 'PTAC', 'SWIFT', 'BIC']);

/**
 * How frustrated the customer's own words sound: a strong phrase counts 2, a weak one 1, words in capitals (two or
 * more of four letters or longer: "I HAVE BEEN WAITING") 1, or 2 from four on, and "!!" or "?!" 1 on top of another
 * sign. 2 is frustrated.
 */
export function frustrationScore(customer: RuleContext, data: FrustrationData): number {
  let score = 2 * findPhrases(customer, compilePhrases(data.strong)).length;
  score += Math.min(2, findPhrases(customer, compilePhrases(data.weak)).length);
  const caps = customer.words.filter((w) => w.text.length >= 4 && !w.hasDigit && isAllCaps(w.text) && !ACRONYMS.has(w.text)).length;
  if (caps >= 4) score += 2;
  else if (caps >= 2) score += 1;
  // "!!" sharpens words that already complain ("still not here!!!"); alone it is as often delight ("Thanks!!").
  const own = customer.email.checkable.map(([a, b]) => customer.text.slice(a, b)).join('\n');
  if (score > 0 && /!{2,}|\?!|!\?/.test(own)) score += 1;
  return score;
}

export default defineRule({
  id: 'tone/unacknowledged-frustration',
  meta: {
    category: 'tone',
    description: 'The customer is frustrated ("third time", "unacceptable", "!!!") and the reply neither apologises nor shows understanding.',
    defaultSeverity: 'warning',
    languages: Object.keys(DATA) as Language[],
  },
  check(ctx) {
    const data = DATA[ctx.language];
    if (!data || ctx.words.length === 0) return [];
    const customer = customerContext(ctx);
    // The customer's anger in the customer's language; the reply's acknowledgement in the reply's.
    const theirs = DATA[customerLanguage(ctx)] ?? data;
    if (!customer || frustrationScore(customer, theirs) < 2) return [];
    // Anywhere in the rep's text, the greeting and sign-off included ("Sorry for the wait, Anna,").
    if (findPhrases(ctx, compilePhrases(data.acknowledgement)).length > 0) return [];
    return [
      {
        range: [0, 0],
        message: data.message,
        suggestions: [{ label: `Add "${data.insert}"`, edit: insertionEdit(ctx, 'after-greeting', data.insert) }],
      },
    ];
  },
});
