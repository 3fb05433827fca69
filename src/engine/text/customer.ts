// The customer's message, read the way the reply is read: the reply-vs-message rules parse it once into greeting,
// body, sign-off and signature (its own quoted thread left out) with the same email parser, then compare words.
import type { Language } from '../types';
import type { RuleContext } from '../rule';
import { buildContext } from '../context';

const parsed = new WeakMap<object, Map<Language, RuleContext>>();

/**
 * The customer's message as a RuleContext of its own (in the reply's language: the parser needs its greetings and
 * sign-offs), or null when there is none. Cached per message object, so four rules parse it once.
 */
export function customerContext(ctx: RuleContext): RuleContext | null {
  const customer = ctx.customer;
  if (!customer || typeof customer.text !== 'string' || customer.text.trim() === '') return null;
  let byLanguage = parsed.get(customer);
  if (!byLanguage) {
    byLanguage = new Map();
    parsed.set(customer, byLanguage);
  }
  let c = byLanguage.get(ctx.language);
  if (!c) {
    c = buildContext({ text: customer.text, language: ctx.language });
    byLanguage.set(ctx.language, c);
  }
  return c;
}

/** Lower case without diacritics: "Kalniņa" → "kalnina", "Jürgen" → "jurgen". For comparing, never for display. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[đ]/g, 'd')
    .replace(/[Đ]/g, 'D')
    .toLowerCase();
}

/** Length of the common beginning of two strings. */
export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Whether two folded words are forms of one word, for inflected languages without a stemmer: equal, or sharing a
 * beginning of at least 4 letters that leaves at most 3 letters of ending on the shorter word ("adrese"/"adresi",
 * "toimitus"/"toimituksen", "narudžba"/"narudžbu", "change"/"changed"). Loose on purpose: a wrong "same word" makes
 * the unanswered-question rule keep quiet, never speak up wrongly.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const p = commonPrefix(a, b);
  return p >= 4 && p >= shorter - 3;
}

/** Levenshtein distance, for telling a misspelt name ("Jon" for "John") from another person's. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
