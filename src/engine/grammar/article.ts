// "a" or "an" before a word, by how the word is said. Spelling gets most words right (vowel letter → "an"); the
// data file lists the words said otherwise ("an hour", "a user", "a one-time code"). Acronyms are said letter by
// letter ("an SMS", "a USB") unless they can be said as a word ("a FAQ" and "an FAQ" are both heard), and numbers
// by their spoken name ("an 8-digit code", "an 11-day trial").

export type Article = 'a' | 'an';

export interface ArticleData {
  an: { prefixes: string[]; words: string[] };
  a: { prefixes: string[]; words: string[] };
  either: { prefixes: string[]; words: string[] };
  /** Letters whose names start with a vowel sound: "an F", "an S". */
  vowelLetters: string;
}

interface Compiled {
  words: Map<string, Article | 'either'>;
  /** Longest first. */
  prefixes: [string, Article | 'either'][];
  vowelLetters: string;
}

const cache = new WeakMap<ArticleData, Compiled>();

function compile(data: ArticleData): Compiled {
  let c = cache.get(data);
  if (!c) {
    const words = new Map<string, Article | 'either'>();
    const prefixes: [string, Article | 'either'][] = [];
    for (const kind of ['a', 'an', 'either'] as const) {
      for (const w of data[kind].words) words.set(w, kind);
      for (const p of data[kind].prefixes) prefixes.push([p, kind]);
    }
    prefixes.sort((x, y) => y[0].length - x[0].length);
    c = { words, prefixes, vowelLetters: data.vowelLetters };
    cache.set(data, c);
  }
  return c;
}

const VOWEL = /^[aeiou]/;
// A consonant cluster English words can start with, then a vowel: the shape of something said as a word.
const SAYABLE_START = /^(?:str|spr|scr|spl|squ|thr|shr|[bcdfgpt][lr]|s[cklmnptw]|sh|ch|th|ph|wh|qu|[bcdfghjklmnpqrstvwxz])?[aeiouy]/;

function byLetter(c: Compiled, letter: string): Article {
  return c.vowelLetters.includes(letter.toLowerCase()) ? 'an' : 'a';
}

function bySpelling(c: Compiled, lower: string): Article | 'either' {
  const listed = c.words.get(lower);
  if (listed) return listed;
  for (const [prefix, kind] of c.prefixes) if (lower.startsWith(prefix)) return kind;
  return VOWEL.test(lower) ? 'an' : 'a';
}

/** Spoken as a number: "8" eight, "11" eleven, "18,000" eighteen thousand; "1100" may be eleven hundred. */
function byNumber(digits: string): Article | 'either' {
  if (digits.startsWith('8')) return 'an';
  if (digits.startsWith('11') || digits.startsWith('18')) {
    if (digits.length % 3 === 2) return 'an';
    if (digits.length === 4) return 'either';
  }
  return 'a';
}

/** Said letter by letter ("SMS", "HTML") or possibly as a word ("FAQ", "NASA", "HUGE")? */
function sayable(lower: string): boolean {
  if (lower.length <= 2) return false;
  if (lower.length === 3) return /^[^aeiouy][aeiouy][^aeiouy]$/.test(lower);
  return SAYABLE_START.test(lower);
}

/** The article the word takes, 'either' where both are heard, null where it cannot tell. */
export function articleFor(word: string, data: ArticleData): Article | 'either' | null {
  const c = compile(data);
  if (/^\p{N}/u.test(word)) return byNumber(/^\p{N}+/u.exec(word)![0]);
  if (!/^\p{L}/u.test(word)) return null;
  const lower = word.toLowerCase();
  // "A4", "MP3", "x86", "an F5 key": a code, read out letter by letter.
  if (/\p{N}/u.test(word)) return byLetter(c, word[0]!);
  // "an X", "a U-turn", "an e-book".
  if (word.length === 1) return byLetter(c, word);
  // "FAQ", "URLs", "PDFs": upper case (a plural "s" aside).
  const acronym = /^\p{Lu}{2,}s?$/u.test(word) ? (word.endsWith('s') ? lower.slice(0, -1) : lower) : null;
  if (acronym !== null) {
    const listed = c.words.get(acronym);
    if (listed) return listed;
    const letters = byLetter(c, acronym[0]!);
    if (!sayable(acronym)) return letters;
    const spoken = bySpelling(c, acronym);
    return spoken === letters ? letters : 'either';
  }
  // "html", "sms", "pdf" written in lower case: no vowel, so still letters.
  if (!/[aeiouy]/.test(lower) && lower.length <= 5) return byLetter(c, lower[0]!);
  return bySpelling(c, lower);
}
