import { defineRule, type Finding, type RuleContext } from '../../rule';
import type { Speller } from '../../spelling/speller';
import type { Word } from '../../text/tokens';
import type { Range } from '../../types';
import { asSuggestions, suggestBudget, suggestionsWithin, SUGGESTIONS_PER_CHECK, type SuggestBudget } from '../../spelling/suggestions';
import { isCompound } from '../../spelling/compound';
import { contains } from '../../text/ranges';
import enWords from '../../spelling/en/words.json';

// Hunspell accepts a word or not; what it cannot know is a name, a product or a code word, and flagging those would
// drown the rep in red (support replies are full of customers' names and product words). So this rule leaves a
// word alone when the way it is written says "not prose" (digits, capitals inside, ALL CAPS, a script the
// dictionary is not for) or "a name" (a capital where a sentence does not start), and flags the rest.

const HYPHEN_PREFIXES = new Set(enWords.prefixes);
const COMPOUNDS = { common: new Set(enWords.common), prefixes: HYPHEN_PREFIXES, vowels: 'aeiouy' };
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const SURNAME_CAPITALS = /^(?:Mac|Mc|De|Di|Du|La|Le|Van|Von)\p{Lu}/u;
// Latin letters, combining marks and apostrophes: a Cyrillic or Greek word is not the English dictionary's to judge.
const LATIN_WORD = /^[\p{Script=Latin}\p{M}']+$/u;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}[^\p{Lu}]*$/u.test(word);
}

function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** A capital after the first letter and small letters too: iPhone, PayPal, NordVPN, getUserId. */
function hasCapitalInside(word: string): boolean {
  return /^.+\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

/** "customer's" → "customer", "customers'" → "customers". */
function possessiveBase(word: string): string | null {
  if (/.'s$/iu.test(word)) return word.slice(0, -2);
  if (/s'$/iu.test(word)) return word.slice(0, -1);
  return null;
}

/** A known word with a clitic the dictionary does not list: "cc'd", "OK'd", "Zorvex's", "customers'". */
function cliticBase(word: string): string | null {
  const m = /^(.+?)'(?:s|d|ed|ing|ll|ve|re)$/iu.exec(word);
  return m ? m[1]! : possessiveBase(word);
}

function known(speller: Speller, word: string): boolean {
  if (speller.correct(word)) return true;
  const base = cliticBase(word);
  if (base !== null && speller.correct(base)) return true;
  // "café", "résumé", "naïve": an accent on an English word is a choice, not a mistake.
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  return plain !== word && speller.correct(plain);
}

/** Longer hyphen chains are not compounds ("a-b-c-…" pasted from a log), and must not be walked per word. */
const MAX_COMPOUND = 60;

/** The hyphenated compound a word is part of ("follow-up", "e-mail"), or null. */
function compoundAround(text: string, w: Word): Range | null {
  let start = w.start;
  while (text[start - 1] === '-' && LETTER.test(text[start - 2] ?? '')) {
    start -= 1;
    while (start > 0 && /[\p{L}\p{M}\p{N}'’]/u.test(text[start - 1]!)) start--;
    if (w.start - start > MAX_COMPOUND) return null;
  }
  let end = w.end;
  while (text[end] === '-' && LETTER.test(text[end + 1] ?? '')) {
    end += 1;
    while (end < text.length && /[\p{L}\p{M}\p{N}'’]/u.test(text[end]!)) end++;
    if (end - w.end > MAX_COMPOUND) return null;
  }
  return start === w.start && end === w.end ? null : [start, end];
}

/** Whether a compound excuses this part: the whole is a word ("e-mail" as "email"), or the part is a prefix. */
function compoundAccepts(ctx: RuleContext, speller: Speller, w: Word, lower: string): boolean {
  const range = compoundAround(ctx.text, w);
  if (!range) return false;
  const whole = ctx.text.slice(range[0], range[1]).replace(/’/g, "'");
  if (speller.correct(whole) || speller.correct(whole.replace(/-/g, ''))) return true;
  return w.end < range[1] && HYPHEN_PREFIXES.has(lower);
}

/** Whether the character run before `at` (on the same line) ends a sentence, or nothing precedes it. */
function startsSentenceAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \t"'“‘(\[*_>-]/u.test(text[i]!)) i--;
  return i < 0 || /[.!?:\n\r…]/u.test(text[i]!);
}

const NAME_LINE = /^\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}\s*[,.]?\s*$/u;
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * What one check learns about the whole email (quoted thread and signature included) when a capitalised word opens a
 * sentence: where each capitalised token stands, which lines are name lines. Built lazily and once, so a draft full
 * of such words stays linear in its length.
 */
class NameEvidence {
  #at: Map<string, number[]> | null = null;
  #lineStarts: number[] | null = null;
  readonly #nameLine = new Map<number, boolean>();
  readonly #usedAsName = new Map<string, boolean>();

  constructor(readonly ctx: RuleContext) {}

  /** Whether the line around `at` holds nothing but a few capitalised words: "Siobhan," above a reply. */
  onNameLine(at: number): boolean {
    const text = this.ctx.text;
    this.#lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    let hit = this.#nameLine.get(lo);
    if (hit === undefined) {
      const end = lo + 1 < starts.length ? starts[lo + 1]! - 1 : text.length;
      // A name line is short; a long one is prose and need not be read.
      hit = end - starts[lo]! <= 80 && NAME_LINE.test(text.slice(starts[lo], end).replace(/^[\s>]+/u, ''));
      this.#nameLine.set(lo, hit);
    }
    return hit;
  }

  /**
   * Whether `word`, capitalised, is used as a name elsewhere in the email: mid-sentence, in the greeting, in the
   * signature, or on a name line ("Siobhan Murphy" under a quoted message). Quoted text counts: the customer's own
   * message and signature name their products and themselves.
   */
  usedAsName(word: string, except: number): boolean {
    const memo = this.#usedAsName.get(word);
    if (memo !== undefined) return memo;
    const { text, email } = this.ctx;
    if (!this.#at) {
      this.#at = new Map();
      for (const m of text.matchAll(TOKEN)) {
        if (!/^\p{Lu}/u.test(m[0])) continue;
        const key = m[0].replace(/’/g, "'");
        const list = this.#at.get(key);
        if (list) list.push(m.index);
        else this.#at.set(key, [m.index]);
      }
    }
    let used = false;
    for (const at of this.#at.get(word) ?? []) {
      if (at === except) continue;
      const here: Range = [at, at + word.length];
      if (
        (email.greeting && contains(email.greeting, here)) ||
        (email.signature && contains(email.signature, here)) ||
        !startsSentenceAt(text, at) ||
        this.onNameLine(at)
      ) {
        used = true;
        break;
      }
    }
    this.#usedAsName.set(word, used);
    return used;
  }
}

/** The word after `w` in its sentence when only a space separates them. */
function nextWord(words: readonly Word[], i: number, text: string): Word | null {
  const next = words[i + 1];
  return next && /^[ \t]$/u.test(text.slice(words[i]!.end, next.start)) ? next : null;
}

/** A sentence written in capitals ("PLEASE DO NOT REPLY"): its words are checked, not taken for acronyms. */
function isShouted(words: readonly Word[]): boolean {
  const lettered = words.filter((w) => !w.hasDigit && w.normalized.replace(/'/g, '').length > 1);
  return lettered.length >= 3 && lettered.filter((w) => isAllCaps(w.normalized)).length >= lettered.length * 0.75;
}

interface Verdict {
  /** The spelling to offer first instead of the dictionary's suggestions (a case fix). */
  caseFix?: string;
}

/** One check's state: its suggestion budget and what it has already worked out, so repeats cost nothing. */
interface Check {
  ctx: RuleContext;
  speller: Speller;
  budget: SuggestBudget;
  /** Word → whether the dictionary accepts it as written, with a clitic, an accent or as a compound. */
  accepted: Map<string, boolean>;
  /** Word as written → its suggestions (null: left for later), so a word repeated a thousand times is ranked once. */
  suggested: Map<string, string[] | null>;
  names: NameEvidence;
}

// Finnish local cases: the word list holds some case forms of a word but not others ("veloituksista" but not
// "veloituksilta", "edullisimman" but not "edullisimmassa"). The six local cases and the translative attach to one
// and the same stem: in the singular the genitive's ("edullisimma-n"), in the plural the stem in -i ("veloituksi-sta"),
// so a form is as good as that sibling. A stem ending in a long vowel is left out ("kaupaa-n" is an illative, whose
// stem differs), as is a form whose ending breaks vowel harmony ("edullisimmässä").
const FI_LOCAL = /^(\p{L}{3,}?)(ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi)$/u;
const FI_PLURAL_BACK = ['ssa', 'sta', 'lla', 'lta', 'lle', 'ksi'];
const FI_PLURAL_FRONT = ['ssä', 'stä', 'llä', 'ltä', 'lle', 'ksi'];

function finnishCaseSibling(speller: Speller, lower: string): boolean {
  const m = FI_LOCAL.exec(lower);
  if (!m) return false;
  const [, stem, ending] = m as unknown as [string, string, string];
  if (/([aeiouyäö])\1$/u.test(stem)) return false;
  // Vowel harmony: a word with a back vowel takes -ssa, one without takes -ssä.
  const back = /[aou]/u.test(stem);
  if (back ? /[äöy]/u.test(ending) : /[aou]/u.test(ending)) return false;
  if (speller.correct(`${stem}n`)) return true;
  return stem.endsWith('i') && (back ? FI_PLURAL_BACK : FI_PLURAL_FRONT).some((e) => e !== ending && speller.correct(stem + e));
}

function accepted(check: Check, word: string): boolean {
  let ok = check.accepted.get(word);
  if (ok === undefined) {
    const lower = word.toLowerCase();
    ok =
      known(check.speller, word) ||
      // Splitting tries every cut of the word, so a pasted run of thousands of letters is no compound to try.
      // English joins two known words freely ("rebooked"); the other languages' dictionaries know their own compounds.
      (check.ctx.language === 'en' &&
        word.length <= MAX_COMPOUND &&
        (word === lower || isCapitalised(word)) &&
        isCompound(check.speller, lower, COMPOUNDS)) || // "rebooked"
      (check.ctx.language === 'fi' && word.length <= MAX_COMPOUND && finnishCaseSibling(check.speller, lower));
    check.accepted.set(word, ok);
  }
  return ok;
}

const abbreviationSets = new WeakMap<readonly string[], Set<string>>();

/** The language's abbreviations ("plkst", "br", "nro"), which the dictionaries do not list. */
function abbreviations(list: readonly string[]): Set<string> {
  let set = abbreviationSets.get(list);
  if (!set) abbreviationSets.set(list, (set = new Set(list)));
  return set;
}

/**
 * A case ending joined to an acronym or a number by a hyphen: Slovenian and Croatian inflect those so ("z IBAN-om",
 * "prek SMS-a", "PDF-ju"). English has no such endings, so it is left as it was.
 */
function isAcronymEnding(ctx: RuleContext, w: Word): boolean {
  if (ctx.language === 'en' || ctx.text[w.start - 1] !== '-' || !/^\p{Ll}{1,4}$/u.test(w.normalized)) return false;
  return /(?:^|[^\p{L}\p{M}\p{N}-])[\p{Lu}\p{N}]{2,}$/u.test(ctx.text.slice(Math.max(0, w.start - 13), w.start - 1));
}

/** Why a word not in the dictionary is still fine, or how to report it. */
function judge(check: Check, words: readonly Word[], i: number, sentenceStart: boolean, shouted: boolean): Verdict | null {
  const { ctx, speller } = check;
  const w = words[i]!;
  const word = w.normalized;
  if (w.hasDigit || word.length < 2 || !LATIN_WORD.test(word)) return null; // "ł" alone is a letter, not a word
  const before = ctx.text[w.start - 1];
  if (before === '@' || before === '#' || before === '_' || ctx.text[w.end] === '_') return null; // @handle, #tag
  if (accepted(check, word)) return null;
  if (compoundAccepts(ctx, speller, w, word.toLowerCase())) return null;
  if (ctx.text[w.end] === '.' && abbreviations(ctx.pack.abbreviations).has(word.toLowerCase())) return null; // "plkst.", "br."
  if (isAcronymEnding(ctx, w)) return null; // "IBAN-om", "SMS-a"

  // The dictionary or the team writes it with a capital inside: "Paypal" is "PayPal", "nordvpn" is "NordVPN". A
  // sentence-initial "IPhone" differs only in its first letter and is left alone.
  // Surnames are left out: "Macdonald" and "MacDonald" are both real.
  const variant = speller.caseVariant?.(word);
  if (variant && variant.slice(1) !== word.slice(1) && !SURNAME_CAPITALS.test(variant)) return { caseFix: variant };

  if (hasCapitalInside(word)) return null; // iPhone, NordVPN, getUserId: brands and code
  if (isAllCaps(word)) return shouted && [...word].length >= 5 ? {} : null; // acronyms: GDPR, SLA, HIPAA
  if (!isCapitalised(word)) return {};

  // A capitalised word the dictionary does not know is most often a name.
  if (ctx.email.greeting && contains(ctx.email.greeting, [w.start, w.end])) return null; // "Hi Siobhan,"
  if (!sentenceStart) return null; // "… asked Siobhan to …"
  if (ctx.language === 'en' && /[^\p{ASCII}]/u.test(word)) return null; // "Jānis", "Mäkinen": English typos add no accents
  const base = possessiveBase(word);
  if (base !== null) return null; // "Siobhan's team": misspelled common nouns rarely take a possessive
  const next = nextWord(words, i, ctx.text);
  // "Siobhan Murphy will call you": a second capitalised word that is not an everyday word.
  if (next && isCapitalised(next.normalized) && next.normalized !== 'I' && !speller.correct(next.normalized.toLowerCase())) {
    return null;
  }
  if (next?.hasDigit) return null; // "Storgatan 12", "Terminal 5": a street, a place
  if (check.names.onNameLine(w.start) || check.names.usedAsName(word, w.start)) return null;
  return {};
}

function finding(check: Check, w: Word, verdict: Verdict): Finding {
  const range: Range = [w.start, w.end];
  if (verdict.caseFix) {
    return {
      range,
      actual: w.text,
      message: `"${w.text}" is written "${verdict.caseFix}".`,
      suggestions: asSuggestions([verdict.caseFix], range),
    };
  }
  let words = check.suggested.get(w.text);
  if (words === undefined) {
    words = suggestionsWithin(check.speller, w.text, check.budget);
    check.suggested.set(w.text, words);
  }
  return {
    range,
    actual: w.text,
    message: `"${w.text}" looks misspelled.`,
    suggestions: words ? asSuggestions(words, range) : [],
    // Left for later: the card asks for them when it opens.
    ...(words ? {} : { suggestionsPending: true }),
  };
}

export default defineRule({
  id: 'spelling/unknown-word',
  meta: {
    category: 'spelling',
    description: 'A word the spelling dictionary does not know, with the likeliest corrections (names, brands and code are left alone).',
    defaultSeverity: 'error',
    languages: ['en', 'lv', 'sl', 'hr', 'fi'],
  },
  check(ctx) {
    const speller = ctx.speller;
    if (!speller) return [];
    const out: Finding[] = [];
    const check: Check = {
      ctx,
      speller,
      budget: suggestBudget(ctx.suggestionsPerCheck ?? SUGGESTIONS_PER_CHECK),
      accepted: new Map(),
      suggested: new Map(),
      names: new NameEvidence(ctx),
    };
    // Each word with its sentence, to know which words open one and which sentences are in capitals.
    const where = new Map<number, { words: Word[]; i: number; shouted: boolean }>();
    for (const s of ctx.sentences) {
      const shouted = isShouted(s.words);
      s.words.forEach((w, i) => where.set(w.start, { words: s.words, i, shouted }));
    }
    for (const w of ctx.words) {
      const at = where.get(w.start) ?? { words: [w], i: 0, shouted: false };
      const verdict = judge(check, at.words, at.i, at.i === 0, at.shouted);
      if (verdict) out.push(finding(check, w, verdict));
    }
    return out;
  },
});
