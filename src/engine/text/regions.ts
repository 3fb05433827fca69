import type { Range } from '../types';
import type { TextPack } from '../lang/pack';
import { merge, splitsSurrogatePair, subtract } from './ranges';
import { requiredStrings } from '../declarative/anchors';

/** The parts of an email reply, as ranges into its text. */
export interface EmailParts {
  /** The greeting line ("Hi Anna,"), if the reply opens with one. */
  greeting: Range | null;
  /** The sign-off line ("Best regards,"), if the reply has one. */
  closing: Range | null;
  /** The rep's signature: what follows the sign-off or a "-- " line. Never checked. */
  signature: Range | null;
  /** Quoted earlier messages: "On … wrote:" and all below it, lines starting with ">", Outlook's header block. */
  quoted: Range[];
  /** What the rep wrote and the engine checks: the text minus quoted parts and the signature. */
  checkable: Range[];
}

interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end === -1 || end > to) end = to;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    if (end >= to) break;
    start = end + 1;
  }
  return lines;
}

/** A line as requiredStrings' anchors are folded (as findPhrases folds a text): lower case, long s as s. */
const fold = (text: string) => text.toLowerCase().replace(/ſ/g, 's');

function mayMatch(anchors: string[][] | null, folded: string): boolean {
  return !anchors || anchors.every((list) => list.some((a) => folded.includes(a)));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regular expression matching one of `phrases` (longest first) at the start of a line, in any case. */
export function phrasePrefix(phrases: readonly string[]): RegExp {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+'));
  return new RegExp(`^\\s*(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** Greetings and sign-offs are short lines; a longer one is prose, and need not be read (nor backtracked over). */
const MAX_PART_LINE = 120;

/** A line that is `prefix` followed by what `rest` allows. `rest` is case-sensitive: with the `i` flag, \p{Lu}
 * matches lower-case letters too. */
function lineMatcher(prefix: RegExp, rest: RegExp): (line: string) => boolean {
  return (line) => {
    if (line.length > MAX_PART_LINE) return false;
    const m = prefix.exec(line);
    return m !== null && rest.test(line.slice(m[0].length));
  };
}

interface Compiled {
  greeting: (line: string) => boolean;
  closing: (line: string) => boolean;
  /** Each with the strings its matches must contain (lower-cased; null: none known), so a line lacking them is not tried. */
  headers: { re: RegExp; anchors: string[][] | null }[];
  from: RegExp;
  sent: RegExp;
}
const cache = new WeakMap<TextPack, Compiled>();

function compiled(pack: TextPack) {
  let c = cache.get(pack);
  if (!c) {
    c = {
      // "Hi Anna,", "Dear Mr. Smith,", "Hello!", "Good morning Anna and team," — a short line.
      greeting: lineMatcher(phrasePrefix(pack.greetings), /^[^\n]{0,60}$/u),
      // "Best regards,", "Thanks, Mark", "Kind regards -" — nothing after but punctuation and a short name.
      closing: lineMatcher(
        phrasePrefix(pack.closings),
        /^\s*[,.!\-–—]*(?:\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})?\s*[,.!]*\s*$/u,
      ),
      headers: pack.quoteHeaders.map((h) => ({ re: new RegExp(h, 'iu'), anchors: requiredStrings(h, true) })),
      from: new RegExp(`^\\s*\\*?${escapeRegExp(pack.headerBlock.from)}:\\*?\\s+\\S`, 'iu'),
      sent: new RegExp(`^\\s*\\*?(?:${pack.headerBlock.sent.map(escapeRegExp).join('|')}):\\*?\\s+\\S`, 'iu'),
    };
    cache.set(pack, c);
  }
  return c;
}

/**
 * Hints as the page sends them may be stale or wrong (a span of a previous version of the draft): keep whole numbers,
 * in order, inside the text, widened to whole characters.
 */
function saneHints(hints: readonly Range[], text: string): Range[] {
  const out: Range[] = [];
  for (const h of hints) {
    if (!Array.isArray(h) || !Number.isFinite(h[0]) || !Number.isFinite(h[1])) continue;
    const a = Math.min(Math.max(0, Math.trunc(h[0])), text.length);
    const b = Math.min(Math.max(0, Math.trunc(h[1])), text.length);
    if (a === b) continue;
    const s = Math.min(a, b);
    const e = Math.max(a, b);
    out.push([splitsSurrogatePair(text, s) ? s - 1 : s, splitsSurrogatePair(text, e) ? e + 1 : e]);
  }
  return out;
}

/**
 * Finds the greeting, sign-off, signature and quoted parts of an email reply. `hints` are spans the caller already
 * knows to be quoted or signature (the compose box marks them in the DOM).
 */
export function parseEmail(text: string, pack: TextPack, hints: readonly Range[] = []): EmailParts {
  const re = compiled(pack);
  const lines = splitLines(text);
  const hinted = saneHints(hints, text);
  const quoted: Range[] = [...hinted];

  // Where the quoted thread below the reply starts: an attribution line (possibly wrapped over two lines) or an
  // Outlook header block ("From:" followed within three lines by "Sent:"/"Date:").
  let replyEnd = text.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const two = i + 1 < lines.length ? `${line.text} ${lines[i + 1]!.text}` : line.text;
    // Every language's headers are tried on every line: one is not built, nor run, on a line that lacks a string
    // all its matches contain (most lines of a reply contain none of "napisal", "kirjoitti", "wrote", …).
    const folded = fold(line.text);
    let twoFolded: string | undefined;
    const isHeader =
      re.headers.some(
        (h) =>
          (mayMatch(h.anchors, folded) && h.re.test(line.text)) ||
          (/^\s*On\b/i.test(line.text) && mayMatch(h.anchors, (twoFolded ??= fold(two))) && h.re.test(two)),
      ) ||
      (re.from.test(line.text) && lines.slice(i + 1, i + 4).some((l) => re.sent.test(l.text)));
    if (isHeader) {
      replyEnd = line.start;
      break;
    }
  }
  if (replyEnd < text.length) quoted.push([replyEnd, text.length]);

  // Inline quotes: lines starting with ">".
  const inline = new Set<Line>();
  for (const line of lines) {
    if (line.start < replyEnd && /^\s*>/.test(line.text)) {
      inline.add(line);
      quoted.push([line.start, Math.min(line.end + 1, text.length)]);
    }
  }

  // The rep's own lines: not quoted inline, not inside a hinted span. Lines and merged hints are both in order, so
  // one walk serves them all (asking every quoted span about every line was quadratic on a long "> " thread).
  const spans = merge(hinted);
  const own: Line[] = [];
  let h = 0;
  for (const l of lines) {
    if (l.end > replyEnd) break;
    if (inline.has(l)) continue;
    while (h < spans.length && spans[h]![1] < l.end) h++;
    if (h < spans.length && spans[h]![0] <= l.start && l.end <= spans[h]![1]) continue;
    own.push(l);
  }
  const nonEmpty = own.filter((l) => l.text.trim() !== '');

  let signature: Range | null = null;
  const delimiter = own.find((l) => /^--\s?$/.test(l.text));
  let bodyEnd = replyEnd;
  if (delimiter) {
    signature = [delimiter.start, replyEnd];
    bodyEnd = delimiter.start;
  }

  // The sign-off is one of the last few lines of what remains; what follows it is the signature.
  let closing: Range | null = null;
  const tail = nonEmpty.filter((l) => l.end <= bodyEnd).slice(-7);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i]!;
    // What follows a sign-off is a signature only if it looks like one: a few short lines, no sentences. Without
    // this, "Thanks!" above more body text would hide that text from every rule.
    const after = tail.slice(i + 1);
    const looksLikeSignature = after.every((l) => l.text.trim().split(/\s+/).length <= 8 && !/[?]\s*$/.test(l.text));
    if (re.closing(line.text) && !re.greeting(line.text) && looksLikeSignature) {
      const lead = line.text.length - line.text.trimStart().length;
      closing = [line.start + lead, line.start + line.text.trimEnd().length];
      if (after.length > 0) {
        signature = [after[0]!.start, signature ? signature[1] : replyEnd];
        bodyEnd = after[0]!.start;
      }
      break;
    }
  }

  let greeting: Range | null = null;
  const first = nonEmpty[0];
  if (first && first.end <= bodyEnd && re.greeting(first.text)) {
    const lead = first.text.length - first.text.trimStart().length;
    greeting = [first.start + lead, first.start + first.text.trimEnd().length];
  }

  const holes = merge([...quoted, ...(signature ? [signature] : [])]);
  return {
    greeting,
    closing,
    signature,
    quoted: merge(quoted),
    checkable: subtract([0, text.length], holes),
  };
}
