// Turns a list of Finnish word forms into the entries of the Finnish word automaton. Build time only.
//
// Finnish writes compounds as one word (asiakas + palvelu + työntekijöillä), and no list can hold them all: on a
// 258-word support text the @cspell/dict-fi-fi list knew every word but four compounds of two known words. So the
// speller accepts a word made of known parts (./compounds.ts), and which forms may open a compound is learnt here
// from the compounds the list does hold: a form is a compound start when enough listed words are that form
// followed by another listed word ("asiakas" opens 1,936 of them, "työ" 7,333), and so is a first part that is
// no word of its own but opens many ("epä", "yhteis", "erikois"). Tested against Voikko (Finnish's
// morphological speller) on 18,402 words of Debian's Finnish translations and 20,767 misspellings made from them,
// these thresholds accepted three quarters of the correct words the list lacks while passing 1.5 % of the
// misspellings as compounds.
//
// A listed word that the compound rule accepts anyway is left out of the automaton: 1.1 of 2.7 million forms,
// which roughly halves its size.

import { COMPOUND_START, WORD } from './dawg';
import { MIN_LAST_PART, MIN_FIRST_PART } from './compounds';

export interface CompileOptions {
  /** Listed compounds a form must open to count as a compound start. */
  minCompounds: number;
  /** The same for a three-letter form ("työ", "maa", "ali"), which splits a word by chance far more often. */
  minCompoundsShort: number;
  /**
   * Listed compounds a first part that is no word of its own must open: a stem in -s of an -nen word
   * ("erikois", "yhteis", "kaksois"; `minBoundStem`), any other of four letters or more ("ulko", "nyky";
   * `minBound`), and one of three letters ("epä", "esi"; `minBoundShort`) — these by chance far more often.
   */
  minBoundStem: number;
  minBound: number;
  minBoundShort: number;
}

export const DEFAULT_COMPILE_OPTIONS: CompileOptions = {
  minCompounds: 3,
  minCompoundsShort: 100,
  minBoundStem: 30,
  minBound: 500,
  minBoundShort: 900,
};

export interface CompiledWords {
  /** [word, accept flags], sorted by UTF-16 code unit, ready for buildDawg. */
  entries: [string, number][];
  alphabet: string;
  listed: number;
  dropped: number;
  compoundStarts: number;
  /** Compound starts that are no words of their own. */
  boundStarts: number;
}

const isPlainLower = (w: string) => w === w.toLowerCase() && !w.includes('-') && !w.includes("'");

/**
 * Whether swapping two neighbouring letters of `w`, short of its last two, gives another word of `all`. The same
 * positions as FinnishWords' check (./compounds.ts): a swap at the very end is mostly a case ending ("-na"/"-an").
 */
export function hasSwappedTwin(w: string, all: ReadonlySet<string>): boolean {
  for (let i = 0; i + 3 < w.length; i++) {
    if (w[i] !== w[i + 1] && all.has(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return true;
  }
  return false;
}

export function compileFinnishWords(words: Iterable<string>, options: CompileOptions = DEFAULT_COMPILE_OPTIONS): CompiledWords {
  const all = new Set<string>();
  for (const w of words) if (w) all.add(w);

  // How many listed words each string opens, followed by another listed word of at least MIN_LAST_PART letters.
  const opens = new Map<string, number>();
  for (const w of all) {
    if (!isPlainLower(w)) continue;
    for (let i = MIN_FIRST_PART; i <= w.length - MIN_LAST_PART; i++) {
      if (all.has(w.slice(i))) {
        const head = w.slice(0, i);
        opens.set(head, (opens.get(head) ?? 0) + 1);
      }
    }
  }
  const starts = new Set<string>();
  // First parts that are no words of their own: the automaton holds them as compound starts only.
  const bound = new Set<string>();
  for (const [head, n] of opens) {
    if (all.has(head)) {
      if (n >= (head.length <= MIN_FIRST_PART ? options.minCompoundsShort : options.minCompounds)) starts.add(head);
    } else if (
      head.length <= MIN_FIRST_PART
        ? n >= options.minBoundShort
        : n >= options.minBound || (n >= options.minBoundStem && /[aeiouyäö]s$/.test(head))
    ) {
      starts.add(head);
      bound.add(head);
    }
  }

  // Shortest first, so that whether a word's tail is kept is settled before the word itself is looked at: a word
  // is dropped only when the speller can rebuild it as a compound start plus a word that stays in the list.
  const kept = new Set<string>();
  let dropped = 0;
  for (const w of [...all].sort((a, b) => a.length - b.length)) {
    let derivable = false;
    if (!starts.has(w) && isPlainLower(w)) {
      for (let i = MIN_FIRST_PART; i <= w.length - MIN_LAST_PART && !derivable; i++) {
        derivable = starts.has(w.slice(0, i)) && kept.has(w.slice(i));
      }
    }
    // A form that another listed form becomes by swapping two neighbouring letters stays listed: the speller takes a
    // compound that is a listed form so mistyped for the typo it is ("viimesitään", viime + sitään, is "viimeistään";
    // ./compounds.ts), and must still know the real word ("autoilla" next to "autiolla").
    if (derivable && hasSwappedTwin(w, all)) derivable = false;
    if (derivable) dropped++;
    else kept.add(w);
  }

  const sorted = [...kept, ...bound].sort();
  return {
    entries: sorted.map((w) => [w, bound.has(w) ? COMPOUND_START : WORD | (starts.has(w) ? COMPOUND_START : 0)]),
    alphabet: [...new Set(sorted.join(''))].sort().join(''),
    listed: all.size,
    dropped,
    compoundStarts: starts.size,
    boundStarts: bound.size,
  };
}
