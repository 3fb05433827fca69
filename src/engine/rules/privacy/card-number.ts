import { defineRule, type Finding } from '../../rule';

/** The Luhn checksum that every payment card number satisfies. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// 13 to 19 digits, optionally grouped by single spaces or dashes, not part of a longer number.
const CANDIDATE = /(?<![\p{N}\-])\p{N}(?:[ -]?\p{N}){12,18}(?![\p{N}]|-\p{N})/gu;

export default defineRule({
  id: 'privacy/card-number',
  meta: {
    category: 'privacy',
    description: 'A full payment card number (Luhn-valid) in the reply.',
    defaultSeverity: 'error',
    languages: ['en', 'lv', 'sl', 'hr', 'fi'],
  },
  check(ctx) {
    const out: Finding[] = [];
    for (const [from, to] of ctx.email.checkable) {
      for (const m of ctx.text.slice(from, to).matchAll(CANDIDATE)) {
        const digits = m[0].replace(/\D/g, '');
        if (digits.length < 13 || digits.length > 19 || !luhnValid(digits) || /^(\d)\1+$/.test(digits)) continue;
        const start = from + m.index;
        const range: [number, number] = [start, start + m[0].length];
        const masked = `•••• ${digits.slice(-4)}`;
        out.push({
          range,
          actual: m[0],
          message: 'This looks like a full card number: never send one by email. Show only the last four digits.',
          suggestions: [{ label: `Mask it as "${masked}"`, edit: { range, text: masked } }],
        });
      }
    }
    return out;
  },
});
