// Support writing coins words by joining two known ones ("rebook", "webhooks", "serverless", "reconnection")
// faster than dictionaries list them. Such a word is accepted when it splits into two dictionary words, unless
// it looks like a slip of a known word instead ("untill" is "until" with an extra l, not "un" + "till";
// "pasword" is "password", not "pas" + "word") or is two everyday words run together ("thankyou", "everytime"),
// which is a mistake the spelling rule corrects.
import type { Speller } from './speller';

export interface CompoundOptions {
  /** Everyday words; two of them run together are a mistake, not a compound. */
  common: ReadonlySet<string>;
  /** Short word parts that join another word: "re", "un", "co". */
  prefixes: ReadonlySet<string>;
  vowels: string;
}

/**
 * Whether one classic slip turns `word` into a known word: two letters swapped, a consonant doubled or undoubled, a
 * vowel changed or dropped, a letter left out. (Not a consonant changed: "rebook" is not a slip of "reboot".)
 */
export function nearSlip(speller: Speller, word: string, vowels: string): boolean {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  const n = word.length;
  const isVowel = (c: string) => vowels.includes(c);
  for (let i = 0; i < n; i++) {
    const c = word[i]!;
    if (i + 1 < n && word[i + 1] !== c && speller.correct(word.slice(0, i) + word[i + 1] + c + word.slice(i + 2))) {
      return true;
    }
    if (!isVowel(c)) {
      if (word[i + 1] === c && speller.correct(word.slice(0, i) + word.slice(i + 1))) return true;
      if (word[i + 1] !== c && speller.correct(word.slice(0, i + 1) + c + word.slice(i + 1))) return true;
    } else {
      if (speller.correct(word.slice(0, i) + word.slice(i + 1))) return true;
      for (const v of vowels) {
        if (v !== c && speller.correct(word.slice(0, i) + v + word.slice(i + 1))) return true;
      }
    }
  }
  // Any letter left out: "cofirm" is "confirm", not "co" + "firm".
  for (let i = 0; i <= n; i++) {
    for (const v of alphabet) if (speller.correct(word.slice(0, i) + v + word.slice(i))) return true;
  }
  return false;
}

/** Whether lower-case `word` is two known words joined, by the rules above. */
export function isCompound(speller: Speller, word: string, options: CompoundOptions): boolean {
  if (word.length < 6 || !/^\p{Ll}+$/u.test(word)) return false;
  let split = false;
  // Parts of four letters or more, or a prefix: short dictionary words ("adv", "sup", "ell") split too many
  // misspellings ("adviced", "suprise", "personell").
  for (let i = 2; i <= word.length - 4; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const headOk = options.prefixes.has(head) || (head.length >= 4 && speller.correct(head));
    if (!headOk || !speller.correct(tail)) continue;
    if (options.common.has(head) && options.common.has(tail)) return false;
    split = true;
  }
  return split && !nearSlip(speller, word, options.vowels);
}
