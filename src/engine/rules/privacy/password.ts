import type { Language, Range } from '../../types';
import { defineRule, type Finding } from '../../rule';
import { phraseAlternation } from '../../declarative/match';
import en from '../../lang/en/privacy/password.json';
import lv from '../../lang/lv/privacy/password.json';
import sl from '../../lang/sl/privacy/password.json';
import hr from '../../lang/hr/privacy/password.json';
import fi from '../../lang/fi/privacy/password.json';
import { splitsSurrogatePair } from '../../text/ranges';

/**
 * A label: literal text, or a regular expression for a language that inflects and compounds its labels
 * ("salasanasi", "vahvistuskoodinne", "paroli").
 */
type Label = string | { pattern: string };

interface PasswordData {
  message: string;
  replacement: string;
  /** Labels of a password: its value may be any word when it follows a colon ("Password: sunshine"). */
  passwordLabels: Label[];
  /** Short labels that are only a password label with a colon straight after them ("pass: hunter2"). */
  colonOnlyLabels: Label[];
  /** Labels of a PIN or one-time code: the value is 4–10 digits, or letters and digits ("A7X9-Q2"). */
  codeLabels: Label[];
  /** Labels of a card's security code: the value is 3–4 digits. */
  cardCodeLabels: Label[];
  /** Words that hand over the value: "your PIN is 4821", "reset your password to Welcome2024!". */
  connectors: string[];
  /** A word before the label that makes the value public or no secret: "the default PIN", "boarding pass". */
  publicBefore: string[];
  /** Words that follow "Password:" in prose and are not a password. */
  notValues: string[];
}

type Kind = 'password' | 'colon-only' | 'code' | 'card';

interface Compiled {
  data: PasswordData;
  labels: { kind: Kind; re: RegExp }[];
  /** What may sit between a label and its value: a colon, or a connector word. */
  gap: RegExp;
  /** A connector or colon later in the sentence, followed by the value. */
  handover: RegExp;
  publicBefore: Set<string>;
  notValues: Set<string>;
}

const DATA: Partial<Record<Language, PasswordData>> = { en, lv, sl, hr, fi };
const cache = new Map<Language, Compiled>();

function alternation(phrases: readonly Label[]): string {
  const literal = phrases.filter((p): p is string => typeof p === 'string');
  const patterns = phrases.filter((p): p is { pattern: string } => typeof p !== 'string').map((p) => `(?:${p.pattern})`);
  const literals = phraseAlternation(literal.sort((a, b) => b.length - a.length));
  return [...patterns, ...(literals ? [literals] : [])].join('|');
}

function compiled(language: Language): Compiled | null {
  const hit = cache.get(language);
  if (hit) return hit;
  const data = DATA[language];
  if (!data) return null;
  const label = (phrases: Label[]) => new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation(phrases)})(?![\\p{L}\\p{N}-])`, 'giu');
  const connectors = alternation(data.connectors);
  const c: Compiled = {
    data,
    // A language without labels of a kind (Latvian, Slovenian and Croatian have no colon-only ones) gets no
    // expression for it: an empty alternation matches the empty string at every word edge.
    labels: (
      [
        ['password', data.passwordLabels],
        ['colon-only', data.colonOnlyLabels],
        ['code', data.codeLabels],
        ['card', data.cardCodeLabels],
      ] as const
    )
      .filter(([, phrases]) => phrases.length > 0)
      .map(([kind, phrases]) => ({ kind, re: label(phrases) })),
    // The dash before the bare space: "PUK kods – 61827340".
    gap: new RegExp(`^(?:(\\s*(?:[:=→]|->)[ \\t]*)|[ \\t]+[-–—][ \\t]+|[ \\t]+(?:(?:${connectors})[ \\t]*(:[ \\t]*)?)?)`, 'iu'),
    handover: new RegExp(`(?:[:=]|[ \\t](?:${connectors}))[ \\t]+`, 'giu'),
    publicBefore: new Set(data.publicBefore.map((w) => w.toLowerCase())),
    notValues: new Set(data.notValues.map((w) => w.toLowerCase())),
  };
  cache.set(language, c);
  return c;
}

interface Value {
  range: Range;
  /** The value without quotes or a trailing "!". */
  core: string;
  quoted: boolean;
  /** Nothing but punctuation follows it on its line: "Password: sunshine", "PIN: 4821, …". */
  standsAlone: boolean;
}

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '`': '`', '«': '»' };

/** The value that starts at `at`: a quoted string, a grouped code ("482 913"), or a run of non-space characters. */
function readValue(text: string, at: number, lineEnd: number): Value | null {
  const open = text[at];
  if (open && QUOTES[open]) {
    const close = text.indexOf(QUOTES[open]!, at + 1);
    if (close < 0 || close > lineEnd || close - at - 1 < 3 || close - at - 1 > 64) return null;
    return { range: [at, close + 1], core: text.slice(at + 1, close), quoted: true, standsAlone: true };
  }
  const rest = text.slice(at, lineEnd);
  // All of a run of digit groups, so that a phone number ("07700 900123") is read whole and is then too long for a code.
  const grouped = /^\d+(?:[ -]\d+)+(?![\p{L}\p{N}])/u.exec(rest);
  let raw = grouped ? grouped[0] : (/^\S+/u.exec(rest)?.[0] ?? '');
  raw = raw.replace(/[.,;:?)\]"'”’]+$/u, '');
  if (!raw) return null;
  const after = text.slice(at + raw.length, lineEnd);
  return {
    range: [at, at + raw.length],
    core: raw.replace(/!+$/u, ''),
    quoted: false,
    standsAlone: /^(?:\s*$|\s*[,;)|/(]|[.!](?:\s|$)|\s+[-–—]\s)/u.test(after),
  };
}

function isCode(v: string): boolean {
  if (/^\d{4,10}$/.test(v)) return true;
  // Grouped for reading ("482 913", "4829-1371"); phone numbers, 10 digits and more, are not codes.
  if (/^\d{2,4}(?:[ -]\d{2,4}){1,3}$/.test(v) && /^\d{4,8}$/.test(v.replace(/[ -]/g, ''))) return true;
  // Letters and digits mixed, like "A7X9-Q2" or "K3M9PQ", but not a word with a digit.
  return /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9]{2,8}(?:-[A-Za-z0-9]{2,8}){0,3}$/.test(v) && v.length >= 5 && !/^[A-Za-z]{4,}\d{1,2}$/.test(v);
}

// Things that are not secrets even when they contain digits and symbols: dates, times, amounts, addresses.
const NOT_SECRET = /^(?:\d{1,4}[/.:-]\d{1,2}(?:[/.:-]\d{1,4})?|[£$€]?\d+(?:[.,]\d+)*%?|[^\s]*:\/\/\S*|www\.\S*|\S+@\S+\.\S+)$/u;
const PLACEHOLDER = /^(?:[*•●·x#._-]{3,}|<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\})$/iu;

/** Whether a password value looks like one rather than a word of prose: digits with letters, a symbol, mIxed case. */
function looksLikePassword(v: string, min: number): boolean {
  if (v.length < min || NOT_SECRET.test(v) || PLACEHOLDER.test(v)) return false;
  return (
    (/\p{N}/u.test(v) && /\p{L}/u.test(v)) ||
    /^\d{6,}$/u.test(v) ||
    (/[^\p{L}\p{N}\s'’-]/u.test(v) && /[\p{L}\p{N}]/u.test(v)) ||
    /\p{Ll}\p{Lu}/u.test(v)
  );
}

function acceptable(c: Compiled, kind: Kind, v: Value, direct: boolean, colon: boolean): boolean {
  const core = v.core.trim();
  if (!core || PLACEHOLDER.test(core) || c.notValues.has(core.toLowerCase())) return false;
  switch (kind) {
    case 'card':
      return /^\d{3,4}$/.test(core);
    case 'code':
      return isCode(core);
    case 'colon-only':
    case 'password':
      if (v.quoted) return direct && core.length >= 3;
      if (looksLikePassword(core, direct && colon ? 4 : 6)) return true;
      // "Password: sunshine" on its own: a colon and a lone word are a value even when it is a plain word.
      return direct && colon && v.standsAlone && /^[\p{L}\p{N}]\S{3,}$/u.test(core) && !NOT_SECRET.test(core);
  }
}

export default defineRule({
  id: 'privacy/password',
  meta: {
    category: 'privacy',
    description: 'A password, PIN or one-time code written into the reply.',
    defaultSeverity: 'error',
    languages: Object.keys(DATA) as Language[],
  },
  check(ctx) {
    const c = compiled(ctx.language);
    if (!c) return [];
    const found = new Map<number, Finding>();
    // Raw checkable text, not ctx.words: a password in backticks or a code block is still a leak.
    for (const [from, to] of ctx.email.checkable) {
      const slice = ctx.text.slice(from, to);
      for (const { kind, re } of c.labels) {
        for (const m of slice.matchAll(re)) {
          const labelStart = from + m.index;
          const labelEnd = labelStart + m[0].length;
          const before = /([\p{L}-]+)[ \t]+$/u.exec(ctx.text.slice(Math.max(from, labelStart - 30), labelStart));
          if (before && c.publicBefore.has(before[1]!.toLowerCase())) continue;
          // A value sits on its label's line and close to it; the cap keeps a pasted log with no line breaks cheap.
          const near = ctx.text.slice(labelEnd, Math.min(to, labelEnd + 200));
          let lineEnd = labelEnd + (near.includes('\n') ? near.indexOf('\n') : near.length);
          if (splitsSurrogatePair(ctx.text, lineEnd)) lineEnd--; // the cap must not cut an emoji in half
          const rest = ctx.text.slice(labelEnd, lineEnd);
          const value = findValue(c, kind, ctx.text, labelEnd, lineEnd, rest);
          if (value && !found.has(value.range[0])) {
            found.set(value.range[0], {
              range: value.range,
              actual: ctx.text.slice(value.range[0], value.range[1]),
              message: c.data.message,
              suggestions: [
                {
                  label: `Replace it with "${c.data.replacement}"`,
                  edit: { range: value.range, text: c.data.replacement },
                },
              ],
            });
          }
        }
      }
    }
    return [...found.values()].sort((a, b) => a.range[0] - b.range[0]);
  },
});

function findValue(c: Compiled, kind: Kind, text: string, labelEnd: number, lineEnd: number, rest: string): Value | null {
  // Straight after the label: "Password: x8Kq!2", "your PIN is 4821", "verification code 482913".
  const g = c.gap.exec(rest);
  if (g && g[0].length > 0) {
    const colon = Boolean(g[1] || g[2]);
    if (kind !== 'colon-only' || g[1]) {
      const v = readValue(text, labelEnd + g[0].length, lineEnd);
      if (v && acceptable(c, kind, v, true, colon)) return v;
    }
  }
  if (kind === 'colon-only') return null;
  // Further on in the same clause, handed over by a connector or a colon: "the PIN for your account to 5531",
  // "the one-time code to finish activating your online banking: 381974". A comma or a sentence end stops the
  // search: "a one-time code, your PIN or your password, and …" hands nothing over.
  const clause = /^[^,;.!?]*(?:[.!?](?!\s|$)[^,;.!?]*)*/u.exec(rest)?.[0] ?? '';
  const window = clause.slice(0, 80);
  c.handover.lastIndex = 0;
  for (const h of window.matchAll(c.handover)) {
    const at = labelEnd + h.index + h[0].length;
    const v = readValue(text, at, lineEnd);
    if (v && !v.quoted && acceptable(c, kind, v, false, false)) return v;
    if (v && v.quoted && acceptable(c, kind, v, true, false)) return v;
  }
  return null;
}
