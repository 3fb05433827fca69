import type { Edit, Language } from '../../types';
import { defineRule, type RuleContext } from '../../rule';
import { insertionEdit } from '../../text/insert';
import { phrasePrefix, splitLines } from '../../text/regions';
import en from '../../lang/en/structure/missing-closing.json';
import lv from '../../lang/lv/structure/missing-closing.json';
import sl from '../../lang/sl/structure/missing-closing.json';
import hr from '../../lang/hr/structure/missing-closing.json';
import fi from '../../lang/fi/structure/missing-closing.json';
import { isReplyOfSubstance } from './missing-greeting';
import { lexemes, NAME_LINE, ownLines, SENTENCE_END, SIGNATURE_LINE, signatureTop, wordCount } from '../../text/email-shape';

interface ClosingData {
  message: string;
  /** The sign-off line to add, without a line break. */
  insert: string;
  /** Sign-offs that also open letters ("Pozdrav,"): the parser reads them as greetings only. */
  alsoClosings?: string[];
  /** The lexemes of a sign-off, in any combination (src/engine/text/email-shape.ts: lexemes). */
  signOffWords?: string[];
  /** Words that open a clause or a request, not a sign-off ("if", "please"). */
  notSignOff?: string[];
}

const DATA: Partial<Record<Language, ClosingData>> = { en, lv, sl, hr, fi };


const alsoCache = new WeakMap<ClosingData, (line: string) => boolean>();

/**
 * Whether one of the reply's last three lines below its first is a sign-off the parser leaves to greetings
 * ("Pozdrav,\nMarko" closes a Croatian reply as often as "Pozdrav," opens one).
 */
function endsWithSharedClosing(ctx: RuleContext, data: ClosingData): boolean {
  if (!data.alsoClosings?.length || ctx.paragraphs.length < 2) return false;
  let test = alsoCache.get(data);
  if (!test) {
    const prefix = phrasePrefix(data.alsoClosings);
    // The same tail the parser allows after a sign-off: punctuation and at most a short name.
    const rest = /^\s*[,.!\-–—]*(?:\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})?\s*[,.!]*\s*$/u;
    test = (line) => {
      const m = prefix.exec(line);
      return m !== null && rest.test(line.slice(m[0].length));
    };
    alsoCache.set(data, test);
  }
  const firstEnd = ctx.paragraphs[0]!.range[1];
  const last = ctx.paragraphs[ctx.paragraphs.length - 1]!;
  const lines = splitLines(ctx.text, Math.max(last.range[0], firstEnd), last.range[1]).filter((l) => l.text.trim() !== '');
  return lines.slice(-3).some((l) => test(l.text));
}

// A sign-off the lists do not know, told by its shape: a short line of its own (one to eight words, no digits, no
// question) that starts with a capital and ends with a comma or "!" ("Good luck out there,", "All the best for the
// move,").
const SIGN_OFF_SHAPE = /^\p{Lu}[^\p{N}?\n]{0,50}[,!]$/u;

/**
 * Whether the reply ends with a sign-off the phrase lists lack, recognised by structure rather than wording: the
 * last paragraph (not the first) is that short line, then a name line (one to three capitalised words), then at most
 * two short signature lines ("Ironpine Player Support"). A body sentence ending in a comma does not stand alone
 * above a bare name this way, so the shape is precise enough in every language.
 */
function endsWithSignOffShape(ctx: RuleContext): boolean {
  if (ctx.paragraphs.length < 2) return false;
  const last = ctx.paragraphs[ctx.paragraphs.length - 1]!;
  const lines = splitLines(ctx.text, last.range[0], last.range[1])
    .map((l) => l.text.trim())
    .filter((t) => t !== '');
  if (lines.length < 2 || lines.length > 4) return false;
  const [signOff, name, ...rest] = lines as [string, string, ...string[]];
  const words = signOff.split(/\s+/u).length;
  return (
    words <= 8 &&
    SIGN_OFF_SHAPE.test(signOff) &&
    NAME_LINE.test(name) &&
    rest.every((t) => SIGNATURE_LINE.test(t) && !SENTENCE_END.test(t) && t.split(/\s+/u).length <= 6)
  );
}

// A sign-off line is short: at most eight words ("Lep pozdrav in pobožajte Mikija od nas,"), and no sentence: it does
// not end in ".", "?", ";" or ":" ("Thanks for your patience." is the body's last sentence).
const SIGN_OFF_MAX_WORDS = 8;
const NOT_SIGN_OFF_END = /[.?;:]$/u;

/**
 * Whether the reply ends with a sign-off told by its words in any combination rather than by a whole phrase: the line
 * right above the trailing signature block (a blank line between them or not), or the reply's last line when there is
 * no such block, is short, no sentence, and holds one of the language's sign-off lexemes ("With very best wishes,",
 * "Lijep pozdrav s mora,", "Mukavaa kesää toivottaen", "Pozdrav,\n\nTomislav Radić").
 */
function endsWithSignOffWords(ctx: RuleContext, data: ClosingData): boolean {
  const words = lexemes(data.signOffWords);
  if (!words) return false;
  const lines = ownLines(ctx);
  if (lines.length < 2) return false;
  const not = lexemes(data.notSignOff);
  const isSignOff = (line: string) =>
    wordCount(line) <= SIGN_OFF_MAX_WORDS &&
    line.length <= 70 &&
    !NOT_SIGN_OFF_END.test(line) &&
    !/\p{N}/u.test(line) &&
    /^\p{L}/u.test(line) &&
    !not?.test(line) &&
    words.test(line);
  const top = signatureTop(lines);
  if (top === -1) return isSignOff(lines[lines.length - 1]!.text);
  // A capitalised sign-off reads like a name ("Pakkasterveisin Oulusta", "Best Wishes"): the block's first line is one
  // when it starts with a sign-off word ("Anna Best" does not).
  const first = lines[top]!.text;
  const m = words.exec(first);
  if (m && m.index === 0 && top + 1 < lines.length && isSignOff(first)) return true;
  return top > 1 && isSignOff(lines[top - 1]!.text);
}

/**
 * Where a reply without a sign-off ends its body: before a trailing name block ("Mark\nAcme Support"), which the
 * parser cannot tell from body text without a sign-off above it, else after the last paragraph. `gap` is what
 * separates the added line from the name below it.
 */
export function beforeNameEdit(ctx: RuleContext, line: string, gap: string): Edit {
  const last = ctx.paragraphs[ctx.paragraphs.length - 1];
  if (last && ctx.paragraphs.length > 1) {
    const lines = splitLines(ctx.text, last.range[0], last.range[1]);
    let top = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
      const t = lines[i]!.text.trim();
      if (!SIGNATURE_LINE.test(t) || SENTENCE_END.test(t)) break;
      if (NAME_LINE.test(t)) top = i;
    }
    if (top >= 0) {
      const at = lines[top]!.start + (lines[top]!.text.length - lines[top]!.text.trimStart().length);
      return { range: [at, at], text: top === 0 ? `${line}${gap}` : `\n${line}${gap}` };
    }
  }
  return insertionEdit(ctx, 'end', line);
}

export default defineRule({
  id: 'structure/missing-closing',
  meta: {
    category: 'structure',
    description: 'The reply has no sign-off ("Best regards,") before the name.',
    defaultSeverity: 'warning',
    languages: Object.keys(DATA) as Language[],
  },
  check(ctx) {
    const data = DATA[ctx.language];
    if (
      !data ||
      ctx.email.closing ||
      !isReplyOfSubstance(ctx) ||
      endsWithSharedClosing(ctx, data) ||
      endsWithSignOffShape(ctx) ||
      endsWithSignOffWords(ctx, data)
    ) {
      return [];
    }
    return [
      {
        range: [0, 0],
        message: data.message,
        suggestions: [{ label: `Add "${data.insert}"`, edit: beforeNameEdit(ctx, data.insert, '\n') }],
      },
    ];
  },
});
