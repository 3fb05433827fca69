// Finnish spelling. There is no Hunspell dictionary for Finnish on npm or in Debian (Finnish morphology outgrew
// Hunspell; LibreOffice uses Voikko, a C++ library not on npm). This speller reads the word forms of
// @cspell/dict-fi-fi, compiled at build time into a word automaton (./dawg.ts, scripts/build-dictionaries.ts), and
// accepts compounds of known parts and forms with clitics and possessive suffixes (./compounds.ts).
import type { Speller } from '../speller';
import { Lru } from '../lru';
import { normalizeApostrophes } from '../../text/tokens';
import { Dawg } from './dawg';
import { FinnishWords } from './compounds';
import { searchDawg, type SearchLimits } from './suggest';

/** How many words' suggestions one speller remembers. */
export const SUGGESTION_CACHE_SIZE = 2000;
/** Suggestions returned at most. */
const MAX_SUGGESTIONS = 8;
/** Longer tokens are no words; a pasted hash or log line must not start a long search. */
const MAX_WORD_LENGTH = 60;
/** One edit, or a few cheap ones. */
const PASS_ONE: SearchLimits = { maxCost: 4, maxVisits: 300_000 };
/** Up to two edits, one of them a likely slip; cut short rather than let one word take a tenth of a second. */
const PASS_TWO: SearchLimits = { maxCost: 7, maxVisits: 200_000 };

export interface FinnishSpeller extends Speller {
  cachedSuggestions(word: string): string[] | undefined;
}

export function createFinnishSpeller(automaton: Uint8Array | Dawg): FinnishSpeller {
  const dawg = automaton instanceof Dawg ? automaton : new Dawg(automaton);
  const words = new FinnishWords(dawg);
  const added = new Set<string>();
  const cache = new Lru<string, string[]>(SUGGESTION_CACHE_SIZE);

  const correct = (raw: string): boolean => {
    const word = normalizeApostrophes(raw);
    if (!word || word.length > MAX_WORD_LENGTH) return true;
    if (added.has(word) || added.has(word.toLowerCase())) return true;
    return words.accepts(word);
  };

  const suggest = (word: string): string[] => {
    const lower = word.toLowerCase();
    // One edit first (or a few cheap ones: "paiva" → "päivä"); a wider search only when that finds little, for
    // words long enough that two slips are likely. The visit caps bound the worst word's cost.
    let { found } = searchDawg(dawg, lower, PASS_ONE);
    if (found.length < 2 && lower.length >= 5) {
      const wider = searchDawg(dawg, lower, PASS_TWO).found;
      found = [...found, ...wider.filter((s) => !found.some((f) => f.word === s.word))];
    }
    const capital = word.length > 0 && word[0] !== lower[0];
    const upper = word.length > 1 && word === word.toUpperCase();
    const listed = new Set(found.map((s) => s.word));
    const out: string[] = [];
    for (const s of found) {
      let form = s.word;
      // A name offered for a lower-case word only when the common word is not offered too ("Laiva" and "laiva").
      if (!capital && !upper && form !== form.toLowerCase() && listed.has(form.toLowerCase())) continue;
      if (upper) form = form.toUpperCase();
      else if (capital) form = form.charAt(0).toUpperCase() + form.slice(1);
      if (form !== word && !out.includes(form)) out.push(form);
      if (out.length === MAX_SUGGESTIONS) break;
    }
    return out;
  };

  return {
    correct,
    suggest(raw) {
      const word = normalizeApostrophes(raw);
      const hit = cache.get(word);
      if (hit) return [...hit];
      const fresh = correct(word) ? [] : suggest(word);
      cache.set(word, fresh);
      return [...fresh];
    },
    cachedSuggestions(raw) {
      const hit = cache.get(normalizeApostrophes(raw));
      return hit ? [...hit] : undefined;
    },
    add(raw) {
      const word = normalizeApostrophes(raw.trim());
      if (!word) return;
      added.add(word);
      cache.set(word, []);
    },
  };
}
