// Shapes the three "absence" rules (missing greeting, missing sign-off, missing satisfaction check) share: where the
// rep's own text ends, where its signature block starts, and the language's lexemes compiled once. A rep words a
// greeting, a sign-off or a check-in in ways no phrase list holds; these shapes recognise the kind of line instead.
import type { RuleContext } from '../rule';
import { splitLines } from './regions';

export interface TrimmedLine {
  start: number;
  text: string;
}

// A line of a signature block: short, no sentence punctuation at its end ("Mark Jones", "Acme Support",
// "+1 555 0100", "help@acme.com").
export const SIGNATURE_LINE = /^[^\n]{1,60}$/u;
export const SENTENCE_END = /[.!?;:,]$/u;
// The end of a sentence in a signature block's walk: a company's "d.o.o.", "Ltd." or "Oy." end with a full stop too,
// after a short abbreviation; a sentence's full stop follows a word ("…by Friday.").
const SIG_SENTENCE_END = /(?:[!?;:,]|\p{L}{4,}\.|\p{N}\.)$/u;
// The line a signature block starts with: a name of one to three capitalised words, perhaps after a dash ("– Mark"; not
// "-", which starts a bullet).
export const NAME_LINE = /^(?:[–—~]\s*)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2}$/u;

/** The non-empty lines of what the rep wrote (quoted thread and a parsed signature left out), trimmed, in order. */
export function ownLines(ctx: RuleContext): TrimmedLine[] {
  const out: TrimmedLine[] = [];
  for (const p of ctx.paragraphs) {
    for (const l of splitLines(ctx.text, p.range[0], p.range[1])) {
      const text = l.text.trim();
      if (text !== '') out.push({ start: l.start + (l.text.length - l.text.trimStart().length), text });
    }
  }
  return out;
}

/**
 * The index in `lines` of the name line that starts the trailing signature block ("Mark Jones\nAcme Support\n
 * +1 555 0100"), or -1 when the reply does not end with one: walking up from the last line over short lines without
 * sentence punctuation (at most five), the topmost that looks like a name. `from` is the first line that may belong
 * to it (the greeting never does).
 */
export function signatureTop(lines: readonly TrimmedLine[], from = 1): number {
  let top = -1;
  for (let i = lines.length - 1, n = 0; i >= from && n < 5; i--, n++) {
    const t = lines[i]!.text;
    if (!SIGNATURE_LINE.test(t) || SIG_SENTENCE_END.test(t)) break;
    if (NAME_LINE.test(t)) top = i;
  }
  return top;
}

// By the list itself: the lists are the data modules' own arrays, so each is compiled once and looked up without
// joining its entries on every check.
const compiledCache = new WeakMap<readonly string[], RegExp>();

/**
 * A lexeme list from the data compiled to one case-insensitive expression. Each entry is a regex source matched at
 * a word start ("regard" matches "regards", "sveicien" matches "sveicieniem"); "$" at its end asks for a word end.
 */
export function lexemes(list: readonly string[] | undefined): RegExp | null {
  if (!list?.length) return null;
  let re = compiledCache.get(list);
  if (!re) {
    const alts = list.map((s) => (s.endsWith('$') ? `${s.slice(0, -1)}(?![\\p{L}\\p{M}\\p{N}])` : s));
    re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alts.join('|')})`, 'iu');
    compiledCache.set(list, re);
  }
  return re;
}

export const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;
