import { defineRule, type Finding, type RuleContext } from '../../rule';
import { isAllCaps, normalizeApostrophes, type Word } from '../../text/tokens';
import { atSentenceStart } from '../../text/removal';
import type { Language } from '../../types';
import en from '../../lang/en/tone/shouting.json';
import lv from '../../lang/lv/tone/shouting.json';
import sl from '../../lang/sl/tone/shouting.json';
import hr from '../../lang/hr/tone/shouting.json';
import fi from '../../lang/fi/tone/shouting.json';

interface CapsData {
  acronyms: string[];
  ambiguous: string[];
  literalBefore: string[];
  literalAfter: string[];
}
interface CapsLists {
  /** Short words that, alone in capitals, stress (English only: "NOT", "MUST"). */
  emphatic: Set<string>;
  acronyms: Set<string>;
  ambiguous: Set<string>;
  literalBefore: Set<string>;
  literalAfter: Set<string>;
}

// Capitals are shouting in every language. The English acronyms are written so everywhere (a Latvian reply says
// "PDF" and "IBAN" too), so each language's data adds to them: its own acronyms, and the acronyms that are everyday
// words there ("NA" is "on" in Slovenian and Croatian), which must never make a stretch loud.
const extra: Record<Exclude<Language, 'en'>, CapsData> = { lv, sl, hr, fi };
const lists = (more?: CapsData): CapsLists => ({
  emphatic: new Set(more ? [] : en.emphatic),
  acronyms: new Set([...en.acronyms, ...(more?.acronyms ?? [])]),
  ambiguous: new Set([...en.ambiguous, ...(more?.ambiguous ?? [])]),
  literalBefore: new Set([...en.literalBefore, ...(more?.literalBefore ?? [])]),
  literalAfter: new Set([...en.literalAfter, ...(more?.literalAfter ?? [])]),
});
const LISTS: Record<Language, CapsLists> = {
  en: lists(),
  lv: lists(extra.lv),
  sl: lists(extra.sl),
  hr: lists(extra.hr),
  fi: lists(extra.fi),
};

const letters = (w: Word) => w.text.replace(/[^\p{L}]/gu, '').length;
const isCaps = (w: Word) => !w.hasDigit && isAllCaps(w.text);
const isPronounI = (w: Word) => /^I(?:'\p{L}+)?$/u.test(w.normalized);

// A word in capitals only, as the tokenizer would cut it ("ACME", "DON'T"), but found without tokenizing what may
// be a long quoted thread.
const CAPS_WORD = /(?<![\p{L}\p{M}\p{N}'’])\p{Lu}+(?:['’]\p{Lu}+)*(?![\p{L}\p{M}\p{N}]|['’]\p{L})/gu;

/** Capitalised words of the signature and the quoted thread: a company name, the customer's own capitals. */
function capsOutsideReply(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const [from, to] of [...ctx.email.quoted, ...(ctx.email.signature ? [ctx.email.signature] : [])]) {
    for (const m of ctx.text.slice(from, to).matchAll(CAPS_WORD)) out.add(normalizeApostrophes(m[0]));
  }
  return out;
}

/**
 * Part of a reference or code such as "BOS-SL-40917" or "ERR_TIMEOUT": the run of non-spaces around it holds a digit
 * or "_". Codes are short, so only a few characters either side are read.
 */
function inCode(text: string, w: Word): boolean {
  const before = /\S{0,24}$/u.exec(text.slice(Math.max(0, w.start - 24), w.start))![0];
  const after = /^\S{0,24}/u.exec(text.slice(w.end, w.end + 24))![0];
  return /[\p{N}_]/u.test(before + after);
}

// Quotation marks as the five languages write them („…“, »…«, «…», ”…”, "…", “…”); the apostrophe is left out, as
// it also joins words ("DON'T").
const QUOTES = /["“”„‚«»]/gu;
const QUOTE = /["“”„‚«»]/u;
const QUOTE_REACH = 200;

/**
 * Whether `from`…`to` lies inside a quotation on its line: an odd number of quotation marks before it on the line
 * and one after it within a short span. A stretch of capitals inside a quoted phrase with lower-case words around
 * it is a keyword or a template the rep copies (»STANJE številka merilnega mesta«, "text STOP to 1234"), not a
 * raised voice. Each mark toggles, so the rule needs no pairing per language.
 */
function insideQuotation(text: string, from: number, to: number): boolean {
  // Only the line's last QUOTE_REACH characters are read: a quotation opened further back is no phrase copied with
  // the words around it, and reading whole lines made a long one-line paste quadratic.
  const lineStart = Math.max(text.lastIndexOf('\n', from - 1) + 1, from - QUOTE_REACH);
  const before = text.slice(lineStart, from).match(QUOTES)?.length ?? 0;
  if (before % 2 === 0) return false;
  const after = text.slice(to, to + 80);
  const lineEnd = after.indexOf('\n');
  return QUOTE.test(lineEnd < 0 ? after : after.slice(0, lineEnd));
}

function recase(w: Word, titleCase: boolean): string {
  if (isPronounI(w)) return w.text[0] + w.text.slice(1).toLowerCase();
  const lower = w.text.toLowerCase();
  return titleCase ? lower[0]!.toUpperCase() + lower.slice(1) : lower;
}

export default defineRule({
  id: 'tone/shouting',
  meta: {
    category: 'tone',
    description: 'Words in capitals that read as shouting ("PLEASE NOTE", "IMMEDIATELY"); acronyms are left alone.',
    defaultSeverity: 'warning',
    languages: Object.keys(LISTS) as Language[],
  },
  check(ctx) {
    const { emphatic: EMPHATIC, acronyms: ACRONYMS, ambiguous: AMBIGUOUS, literalBefore: LITERAL_BEFORE, literalAfter: LITERAL_AFTER } =
      LISTS[ctx.language];
    const outside = capsOutsideReply(ctx);
    const out: Finding[] = [];
    // English quotes, and „…“ «…» ”…” as Latvian, Slovenian, Croatian and Finnish write them.
    const quoteBefore = (at: number) => /["'‘“„‚«»”]/u.test(ctx.text[at - 1] ?? '');
    const quoteAfter = (at: number) => /["'’”“‘«»]/u.test(ctx.text[at] ?? '');
    for (const { words } of ctx.sentences) {
      // Written in capitals for a reason: an acronym, a label or code the rep is quoting, or a word the company or
      // the customer writes in capitals.
      const keepsCase = (i: number) => {
        const w = words[i]!;
        const upper = w.normalized.toUpperCase();
        return (
          (ACRONYMS.has(upper) && !AMBIGUOUS.has(upper)) ||
          outside.has(w.normalized) ||
          inCode(ctx.text, w) ||
          (quoteBefore(w.start) && quoteAfter(w.end)) ||
          LITERAL_BEFORE.has(words[i - 1]?.normalized.toLowerCase() ?? '') ||
          LITERAL_AFTER.has(words[i + 1]?.normalized.toLowerCase() ?? '')
        );
      };
      // "I", "A", "I'M" and the acronyms that are also words ("AM", "US") are capitals without raising the voice;
      // they never make a stretch loud, but inside a loud one they are lower-cased with it.
      const quiet = (w: Word) => letters(w) < 2 || isPronounI(w) || AMBIGUOUS.has(w.normalized.toUpperCase());

      let i = 0;
      while (i < words.length) {
        if (!isCaps(words[i]!)) {
          i++;
          continue;
        }
        // A stretch of capitalised words on one line, with nothing but spaces and punctuation between them.
        let j = i + 1;
        while (
          j < words.length &&
          isCaps(words[j]!) &&
          /^[^\p{L}\p{N}\n]*$/u.test(ctx.text.slice(words[j - 1]!.end, words[j]!.start))
        ) {
          j++;
        }
        const stretch = { from: i, to: j };
        i = j;
        // The whole stretch in quotes: an error message or a label the rep copies ("ACCESS DENIED").
        if (quoteBefore(words[stretch.from]!.start) && quoteAfter(words[stretch.to - 1]!.end)) continue;
        // Inside a longer quoted phrase: a keyword or template copied with the words around it.
        if (insideQuotation(ctx.text, words[stretch.from]!.start, words[stretch.to - 1]!.end)) continue;
        const loud: number[] = [];
        const recased = new Set<number>();
        for (let k = stretch.from; k < stretch.to; k++) {
          if (keepsCase(k)) continue;
          if (!quiet(words[k]!)) loud.push(k);
          if (words[k]!.normalized !== 'I') recased.add(k);
        }
        // One short word in capitals is loud only when it is an everyday word written so for stress ("NOT", "MUST");
        // a short unknown one is more likely a code or a name ("the ABC plan").
        const stressed = (k: number) => EMPHATIC.has(normalizeApostrophes(words[k]!.normalized).toLowerCase());
        if (!(loud.length >= 2 || loud.some((k) => letters(words[k]!) >= 5 || stressed(k)))) continue;

        // Stretch indexes go up, so the set keeps them in order.
        const order = [...recased];
        const first = order[0]!;
        const last = order[order.length - 1]!;
        const range: [number, number] = [words[first]!.start, words[last]!.end];
        const greeting = ctx.email.greeting;
        const inGreeting = greeting !== null && range[0] >= greeting[0] && range[1] <= greeting[1];
        const sentenceStart = atSentenceStart(ctx.text, range[0]);
        let fixed = '';
        let at = range[0];
        for (let k = first; k <= last; k++) {
          const w = words[k]!;
          fixed += ctx.text.slice(at, w.start);
          // Names follow a greeting ("HI ANNA" → "Hi Anna"), so a capitalised greeting is title-cased.
          fixed += recased.has(k) ? recase(w, inGreeting || (k === first && sentenceStart)) : w.text;
          at = w.end;
        }
        out.push({
          range,
          actual: ctx.text.slice(...range),
          message: 'Capital letters read as shouting: write this in normal sentence case.',
          suggestions: [{ label: fixed, edit: { range, text: fixed } }],
        });
      }
    }
    return out;
  },
});
