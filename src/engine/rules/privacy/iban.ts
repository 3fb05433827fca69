import type { Language, Range } from '../../types';
import { defineRule, type Finding } from '../../rule';
import type { PhraseEntry } from '../../declarative/spec';
import { compilePhrases } from '../../declarative/match';
import en from '../../lang/en/privacy/iban.json';

// IBAN length per country, from the SWIFT IBAN Registry (every country that issues IBANs, not only the EU/EEA: a
// customer abroad has one too).
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** ISO 7064 MOD 97-10, as ISO 13616 uses it: the first four characters moved to the end, letters as 10–35. */
export function ibanChecksumValid(iban: string): boolean {
  const s = (iban.slice(4) + iban.slice(0, 4)).toUpperCase();
  let rest = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) rest = (rest * 10 + code - 48) % 97;
    else if (code >= 65 && code <= 90) rest = (rest * 100 + code - 55) % 97;
    else return false;
  }
  return rest === 1;
}

/** Whether `candidate` (spaces and dashes allowed) is a well-formed IBAN of its country. */
export function isIban(candidate: string): boolean {
  const iban = candidate.replace(/[\s-]/g, '').toUpperCase();
  return IBAN_LENGTHS[iban.slice(0, 2)] === iban.length && /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) && ibanChecksumValid(iban);
}

interface IbanData {
  message: string;
  companyCues: PhraseEntry[];
  customerCues: PhraseEntry[];
}

const DATA: Partial<Record<Language, IbanData>> = { en };

const START = /(?<![\p{L}\p{N}])([A-Za-z]{2})(\d{2})/gu;
const ALNUM = /[A-Za-z0-9]/;

/**
 * The IBAN starting at `at`, read as its country's length allows: groups separated by single spaces or dashes
 * ("LV80 BANK 0000 4351 9500 1") or none. Returns its end, or -1.
 */
function readIban(text: string, at: number, to: number, length: number): number {
  let n = 0;
  let i = at;
  while (i < to && n < length) {
    const ch = text[i]!;
    if (ALNUM.test(ch)) {
      n++;
      i++;
    } else if ((ch === ' ' || ch === '-') && n > 0 && i + 1 < to && ALNUM.test(text[i + 1]!)) {
      i++;
    } else break;
  }
  if (n !== length) return -1;
  if (i < to && ALNUM.test(text[i]!)) return -1; // part of a longer code
  return i;
}

/** Where the sentence holding `at` starts: after the last full stop, question mark or blank line before it. */
function sentenceStart(text: string, from: number, at: number): number {
  // Looking back 300 characters is plenty for one sentence and keeps a long paste cheap.
  const lo = Math.max(from, at - 300);
  let start = lo;
  for (const m of text.slice(lo, at).matchAll(/[.!?](?=\s)|\n[ \t]*\n/gu)) start = lo + m.index + m[0].length;
  return start;
}

export default defineRule({
  id: 'privacy/iban',
  meta: {
    category: 'privacy',
    description: 'A full bank account number (IBAN, checksum-valid) in the reply.',
    defaultSeverity: 'error',
    languages: ['en', 'lv', 'sl', 'hr', 'fi'],
  },
  check(ctx) {
    const data = DATA[ctx.language];
    const out: Finding[] = [];
    // Raw checkable text, not ctx.words: an IBAN pasted in backticks or a code block is still a leak.
    for (const [from, to] of ctx.email.checkable) {
      START.lastIndex = 0;
      const slice = ctx.text.slice(from, to);
      for (const m of slice.matchAll(START)) {
        const length = IBAN_LENGTHS[m[1]!.toUpperCase()];
        if (!length) continue;
        const start = from + m.index;
        const end = readIban(ctx.text, start, to, length);
        if (end < 0) continue;
        const written = ctx.text.slice(start, end);
        if (!isIban(written)) continue;
        if (data && isCompanyAccount(ctx.text.slice(sentenceStart(ctx.text, from, start), start), data)) continue;
        const range: Range = [start, end];
        const compact = written.replace(/[\s-]/g, '');
        const masked = `•••• ${compact.slice(-4)}`;
        out.push({
          range,
          actual: written,
          message: data?.message ?? 'This is a full bank account number (IBAN): do not send it by email.',
          suggestions: [{ label: `Mask it as "${masked}"`, edit: { range, text: masked } }],
        });
      }
    }
    return out;
  },
});

function isCompanyAccount(lead: string, data: IbanData): boolean {
  const has = (entries: PhraseEntry[]) =>
    compilePhrases(entries).some(({ re }) => {
      re.lastIndex = 0;
      return re.test(lead);
    });
  return has(data.companyCues) && !has(data.customerCues);
}
