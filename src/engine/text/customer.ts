// The customer's message, read the way the reply is read: the reply-vs-message rules parse it once into greeting,
// body, sign-off and signature (its own quoted thread left out) with the same email parser, then compare words.
import type { Language } from '../types';
import type { RuleContext } from '../rule';
import { buildContext } from '../context';
import { detectText } from '../lang/detect/detect';
import { SUPPORTED_LANGUAGES } from '../lang/pack';

const parsed = new WeakMap<object, Map<Language, RuleContext>>();
const languages = new WeakMap<object, Language | null>();

/** How much of the customer's message language detection reads: its start tells its language. */
const DETECTION_CHARS = 2000;

/**
 * The language the customer wrote in, when detection is sure of it and it is one the engine knows; else the reply's.
 * A Latvian rep may answer an English message: its questions and its anger are then read with the English phrase
 * lists, not the Latvian ones.
 */
export function customerLanguage(ctx: RuleContext): Language {
  const customer = ctx.customer;
  if (!customer || typeof customer.text !== 'string') return ctx.language;
  if (!languages.has(customer)) {
    const own = parse(customer, ctx.language);
    const text = own.email.checkable.map(([a, b]) => own.text.slice(a, b)).join('\n').slice(0, DETECTION_CHARS);
    const letters = (text.match(/\p{L}/gu) ?? []).length;
    const d = letters >= 40 ? detectText(text) : null;
    languages.set(customer, d && d.reliable && d.language && SUPPORTED_LANGUAGES.includes(d.language) ? d.language : null);
  }
  return languages.get(customer) ?? ctx.language;
}

/**
 * The customer's message as a RuleContext of its own (in the language it is written in: the parser needs its
 * greetings and sign-offs), or null when there is none. Cached per message object, so four rules parse it once.
 */
export function customerContext(ctx: RuleContext): RuleContext | null {
  const customer = ctx.customer;
  if (!customer || typeof customer.text !== 'string' || customer.text.trim() === '') return null;
  return parse(customer, customerLanguage(ctx));
}

function parse(customer: NonNullable<RuleContext['customer']>, language: Language): RuleContext {
  let byLanguage = parsed.get(customer);
  if (!byLanguage) {
    byLanguage = new Map();
    parsed.set(customer, byLanguage);
  }
  let c = byLanguage.get(language);
  if (!c) {
    c = buildContext({ text: customer.text, language });
    byLanguage.set(language, c);
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
 * beginning of at least 4 letters that leaves at most `maxEnding` letters of ending on the shorter word
 * ("adrese"/"adresi", "toimitus"/"toimituksen", "narudžba"/"narudžbu", "change"/"changed"). Finnish endings are
 * longer ("palautatteko"/"palautettu"): its callers allow more. Loose on purpose: a wrong "same word" makes the
 * unanswered-question rule keep quiet, never speak up wrongly.
 */
export function sameWord(a: string, b: string, maxEnding = 3): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const p = commonPrefix(a, b);
  return p >= 4 && p >= shorter - maxEnding;
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
