// Which Finnish words the word automaton accepts beyond the forms it lists: compounds of known parts, and forms
// with a clitic (-kin, -ko, -han, -kaan, -pa) or a possessive suffix (-ni, -si, -mme, -nne, -nsa, -Vn), which the
// @cspell/dict-fi-fi list mostly leaves out ("yhteydenotostanne", "asiakkaammekin").

import { COMPOUND_START, WORD, type Dawg, edgeAccept, edgeTarget } from './dawg';

/** A compound's first (and any middle) part has at least this many letters... */
export const MIN_FIRST_PART = 3;
/** ...and its last part at least this many: short tails ("lla", "ssa") are endings far more often than words. */
export const MIN_LAST_PART = 4;
/** asiakas + palvelu + työntekijöillä; four parts let too many misspellings through. */
export const MAX_PARTS = 3;

// Back-vowel and front-vowel forms of each suffix: Finnish vowel harmony picks one by the word's vowels.
const CLITICS: readonly (readonly [back: string, front: string])[] = [
  ['kaan', 'kään'],
  ['kin', 'kin'],
  ['han', 'hän'],
  ['ko', 'kö'],
  ['pa', 'pä'],
];
const POSSESSIVES: readonly (readonly [back: string, front: string])[] = [
  ['mme', 'mme'],
  ['nne', 'nne'],
  ['nsa', 'nsä'],
  ['ni', 'ni'],
  ['si', 'si'],
];

/** Whether a word ending in `stem` takes back-vowel suffixes: its last a/o/u or ä/ö/y decides ("palvelu" → back). */
export function takesBackVowels(stem: string): boolean {
  for (let i = stem.length - 1; i >= 0; i--) {
    const c = stem[i]!.toLowerCase();
    if (c === 'a' || c === 'o' || c === 'u') return true;
    if (c === 'ä' || c === 'ö' || c === 'y') return false;
  }
  return false;
}

export class FinnishWords {
  constructor(readonly dawg: Dawg) {}

  private has(w: string): boolean {
    return (this.dawg.lookup(w) & WORD) !== 0;
  }

  /** A listed form, or one with a possessive suffix and clitics the list leaves out. */
  isForm(w: string): boolean {
    if (this.has(w)) return true;
    for (const pair of CLITICS) {
      const base = this.strip(w, pair);
      if (base !== undefined && (this.has(base) || this.withPossessive(base))) return true;
    }
    return this.withPossessive(w);
  }

  /** The stem left when `w` ends in the harmonic form of `pair`, at least two letters long; else undefined. */
  private strip(w: string, pair: readonly [string, string]): string | undefined {
    for (const suffix of pair[0] === pair[1] ? [pair[0]] : pair) {
      if (w.length < suffix.length + 2 || !w.endsWith(suffix)) continue;
      const base = w.slice(0, -suffix.length);
      if (pair[0] === pair[1] || takesBackVowels(base) === (suffix === pair[0])) return base;
    }
    return undefined;
  }

  // A possessive replaces a genitive's -n or a plural's -t ("asiakkaan" → "asiakkaamme"), or follows a case ending
  // ("yhteydenotosta" → "yhteydenotostanne"); the third person's -Vn lengthens the last vowel ("talossa" → "talossaan").
  private withPossessive(w: string): boolean {
    const known = (base: string) => this.has(base) || this.has(`${base}n`) || this.has(`${base}t`);
    for (const pair of POSSESSIVES) {
      const base = this.strip(w, pair);
      if (base !== undefined && known(base)) return true;
    }
    const n = w.length;
    if (n >= 5 && w[n - 1] === 'n' && w[n - 2] === w[n - 3] && 'aeiouyäö'.includes(w[n - 2]!)) {
      if (known(w.slice(0, -2))) return true;
    }
    return false;
  }

  /**
   * Whether `w` from `from` on is a compound: one or two listed compound starts, then a form of at least
   * MIN_LAST_PART letters. The first part is read as written, so a name may open it ("Helsinginkatu").
   */
  isCompound(w: string, from = 0, parts = 1): boolean {
    const dawg = this.dawg;
    let state = dawg.root;
    for (let i = from; i < w.length - MIN_LAST_PART; i++) {
      const edge = dawg.step(state, w.charCodeAt(i));
      if (edge < 0) return false;
      const e = dawg.edges[edge]!;
      if (i + 1 - from >= MIN_FIRST_PART && edgeAccept(e) & COMPOUND_START) {
        const rest = w.slice(i + 1);
        if (this.isForm(rest)) return true;
        if (parts + 1 < MAX_PARTS && this.isCompound(w, i + 1, parts + 1)) return true;
      }
      state = edgeTarget(e);
    }
    return false;
  }

  /**
   * A compound that is a listed form with two neighbouring letters swapped is that form mistyped: "viimesitään" reads
   * as viime + sitään, but it is "viimeistään" with "is" swapped. Only forms the automaton holds count as the intended
   * word (not forms with a clitic or a possessive it makes: "huoltoajan" is no "huoltojaan"), so two real compounds
   * never shadow each other, and the compiler keeps every listed form that has such a twin in the list
   * (./compile.ts), so no listed word is lost. A swap in the last two letters is left alone: it is mostly a case
   * ending ("aamupalana", "aamupalaan").
   */
  private isSwappedForm(w: string): boolean {
    for (let i = 0; i + 3 < w.length; i++) {
      if (w[i] === w[i + 1]) continue;
      if (this.has(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
    }
    return false;
  }

  /**
   * A compound opened by a verbal noun's compound stem: "irtisanomis|ajan" by "irtisanominen", "maksamis|tapa" by
   * "maksaminen". Every verb makes a -minen noun and every such noun opens compounds, more than the list can hold
   * or the compiler can learn from it as starts.
   */
  private isVerbalNounCompound(w: string): boolean {
    for (let i = w.indexOf('mis', 3); i >= 0 && i + 3 <= w.length - MIN_LAST_PART; i = w.indexOf('mis', i + 1)) {
      const noun = `${w.slice(0, i)}minen`;
      const rest = w.slice(i + 3);
      if ((this.isForm(noun) || this.isCompound(noun)) && (this.isForm(rest) || this.isCompound(rest, 0, 2))) return true;
    }
    return false;
  }

  /** A compound of known parts that is not a listed form mistyped. */
  private isSoundCompound(w: string): boolean {
    return (this.isCompound(w) || this.isVerbalNounCompound(w)) && !this.isSwappedForm(w);
  }

  /** Whether `w` (one word, as written) is spelt right, with Hunspell's rules for capitals. */
  accepts(w: string): boolean {
    if (!w) return true;
    if (this.isForm(w)) return true;
    const lower = w.toLowerCase();
    const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
    if (w === lower) return this.isSoundCompound(w);
    // A sentence's first word, or a name: as written, then as the common word it may be.
    if (w === capital) return this.isCompound(w) || this.isForm(lower) || this.isSoundCompound(lower);
    // A word in capitals is right when any of its ordinary spellings is.
    if (w === w.toUpperCase()) return this.accepts(lower) || this.accepts(capital);
    // Mixed case ("HElsinki", "asiaKas") is right only as listed.
    return false;
  }
}
