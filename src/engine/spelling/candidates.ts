// Spelling suggestions with a bounded cost, built on nothing but a dictionary's yes/no answer.
//
// nspell's own suggest() falls back to a search two edits deep whenever no word is one edit away, in batches of
// up to 512 × 500 dictionary probes: a name or a word two edits off ("Siobhan", "definetly", "recieveing") costs
// 300–600 ms there and still finds nothing, and it ranks "ten" above "the" for "teh". Here a word gets:
//   1. every word one edit away (delete, insert, substitute, swap two neighbours), about 55 probes a letter;
//   2. the dictionary's replacement table (REP) and two-word splits ("thankyou" → "thank you");
//   3. when nothing one edit away looks like a likely slip, the words that sound alike: same consonant skeleton
//      ("dfntl" for "definetly" and "definitely"), found in an index built once per dictionary, kept when at most
//      two or three edits away.
// About 1 ms a word once the indexes exist (their first use costs ~50 ms each). Ranked by edit distance, then by
// how people actually mistype, then common words first.
import { editDistance } from './distance';

export interface Lexicon {
  /** Whether `word` is a word the dictionary would accept and may suggest. */
  known(word: string): boolean;
  /** Every form the dictionary holds, for the sound-alike and case indexes (read lazily). */
  forms(): readonly string[];
}

export interface SuggesterOptions {
  /** Letters tried in insertions and substitutions (Hunspell's TRY, lower case, apostrophe included). */
  alphabet: string;
  /** Vowels: a vowel for a vowel is a likely slip ("seperate"), a doubled consonant too ("untill"). */
  vowels: string;
  /** Letters left out of a word's sound-alike skeleton after its first letter: vowels and often silent ones. */
  silent: string;
  /** Hunspell REP pairs: [mistake, correction], `_` standing for a space. */
  replacements?: readonly (readonly [string, string])[];
  /** Frequent words: preferred among equally close suggestions ("the" before "ten" for "teh"). */
  common?: ReadonlySet<string>;
  /** Keyboard rows; a letter swapped for its neighbour on the keyboard is a likely slip. */
  keyboard?: readonly string[];
  /** Most suggestions returned. */
  limit?: number;
}

export interface Suggester {
  suggest(word: string): string[];
  caseVariant(word: string): string | undefined;
}

interface Candidate {
  form: string;
  /** 0 the same word in another case; 1 a classic slip; 2 a plausible one; 3 anything else one edit away. */
  kind: number;
  order: number;
}

/** A capital after the first letter and a small letter somewhere: "iPhone", "PayPal", not "NASA" or "Paris". */
function isMixedCase(form: string): boolean {
  let upperInside = false;
  let lower = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    // ASCII first, by code: this runs over every form of the dictionary once.
    const isUpper = c < 128 ? c >= 65 && c <= 90 : form[i] !== form[i]!.toLowerCase();
    const isLower = c < 128 ? c >= 97 && c <= 122 : form[i] !== form[i]!.toUpperCase();
    if (isUpper && i > 0) upperInside = true;
    if (isLower) lower = true;
    if (upperInside && lower) return true;
  }
  return false;
}

export function createSuggester(lexicon: Lexicon, options: SuggesterOptions): Suggester {
  const alphabet = [...options.alphabet];
  const vowels = new Set(options.vowels);
  const silent = new Set(options.silent);
  const common = options.common ?? new Set<string>();
  const limit = options.limit ?? 8;
  const replacements = options.replacements ?? [];
  const adjacent = new Map<string, Set<string>>();
  for (const row of options.keyboard ?? []) {
    for (let i = 0; i < row.length; i++) {
      const near = adjacent.get(row[i]!) ?? new Set<string>();
      if (i > 0) near.add(row[i - 1]!);
      if (i + 1 < row.length) near.add(row[i + 1]!);
      adjacent.set(row[i]!, near);
    }
  }

  // A word's sound-alike key: lower case, vowels and silent letters dropped after the first letter, doubled
  // letters made single. Char codes rather than a regular expression: it runs over every form once.
  const silentCodes = new Set([...options.silent, "'", '-', ' '].map((c) => c.charCodeAt(0)));
  const skeleton = (word: string): string => {
    let out = word.charAt(0).toLowerCase();
    let last = out.charCodeAt(0);
    for (let i = 1; i < word.length; i++) {
      let c = word.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      if (silentCodes.has(c) || c === last) continue;
      last = c;
      out += String.fromCharCode(c);
    }
    return out;
  };
  // The same walk as `skeleton`, hashed (FNV-1a) instead of spelled out: no string per form when indexing.
  const skeletonHash = (word: string): number => {
    let c = word.charCodeAt(0);
    if (c >= 65 && c <= 90) c += 32;
    let last = c;
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    for (let i = 1; i < word.length; i++) {
      c = word.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      if (silentCodes.has(c) || c === last) continue;
      last = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    return h >>> 0;
  };

  // Both built on first use, never paid by a clean text. The case index keeps the few mixed-case forms. The
  // sound-alike index is one sorted Float64Array of (skeleton hash × 2^20 + form number): typed-array sorting
  // is native, so it builds in a few tens of milliseconds for 120 000 forms where a Map of strings took 150 ms.
  let byLower: Map<string, string | null> | null = null;
  const caseIndex = () => {
    if (byLower) return byLower;
    byLower = new Map();
    for (const form of lexicon.forms()) {
      if (!isMixedCase(form)) continue;
      const lower = form.toLowerCase();
      // Two mixed-case spellings of one word: no single right one to point to.
      byLower.set(lower, byLower.has(lower) && byLower.get(lower) !== form ? null : form);
    }
    return byLower;
  };
  const SLOT = 2 ** 20;
  let soundIndex: { forms: readonly string[]; keys: Float64Array } | null = null;
  const soundAlikes = (word: string): string[] => {
    if (!soundIndex) {
      const forms = lexicon.forms().slice(0, SLOT);
      const keys = new Float64Array(forms.length);
      for (let i = 0; i < forms.length; i++) keys[i] = skeletonHash(forms[i]!) * SLOT + i;
      keys.sort();
      soundIndex = { forms, keys };
    }
    const { forms, keys } = soundIndex;
    const from = skeletonHash(word) * SLOT;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    const key = skeleton(word);
    const out: string[] = [];
    for (let i = lo; i < keys.length && keys[i]! < from + SLOT; i++) {
      const form = forms[keys[i]! % SLOT]!;
      if (skeleton(form) === key) out.push(form); // a hash collision is not a sound-alike
    }
    return out;
  };

  const caseVariant = (word: string): string | undefined => {
    const hit = caseIndex().get(word.toLowerCase());
    return hit && hit !== word ? hit : undefined;
  };

  const isConsonant = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c) && !vowels.has(c);

  function suggest(input: string): string[] {
    const word = input.toLowerCase();
    const found = new Map<string, Candidate>();
    let order = 0;
    const wordSkeleton = skeleton(word);
    const consider = (form: string, kind: number) => {
      if (form === word || form.length === 0) return;
      const had = found.get(form);
      if (had) {
        if (kind < had.kind) had.kind = kind;
        return;
      }
      if (!lexicon.known(form)) return;
      found.set(form, { form, kind: kind === 3 && skeleton(form) === wordSkeleton ? 2 : kind, order: order++ });
    };
    const considerSplit = (left: string, right: string, kind = 1) => {
      // Only frequent words: any long word splits into two rare dictionary words ("pa sword", "refer ed").
      if (!common.has(left) || !common.has(right)) return;
      const form = `${left} ${right}`;
      if (!found.has(form)) found.set(form, { form, kind, order: order++ });
    };

    const variant = caseVariant(input);
    if (variant) found.set(variant, { form: variant, kind: 0, order: order++ });

    for (const [from, to] of replacements) {
      for (let at = word.indexOf(from); at !== -1; at = word.indexOf(from, at + 1)) {
        const fixed = word.slice(0, at) + to + word.slice(at + from.length);
        const space = fixed.indexOf('_');
        if (space === -1) consider(fixed, 1);
        else if (fixed.indexOf('_', space + 1) === -1) considerSplit(fixed.slice(0, space), fixed.slice(space + 1), 1);
      }
    }

    const n = word.length;
    for (let i = 0; i < n; i++) {
      const c = word[i]!;
      // Swap two neighbours: "teh" → "the", "recieve" → "receive".
      if (i + 1 < n && word[i + 1] !== c) consider(word.slice(0, i) + word[i + 1] + c + word.slice(i + 2), 1);
      // Delete: one of a doubled consonant ("untill") is a classic slip.
      const doubled = (word[i - 1] === c || word[i + 1] === c) && isConsonant(c);
      consider(word.slice(0, i) + word.slice(i + 1), doubled || c === "'" ? 1 : 3);
      // Substitute.
      for (const a of alphabet) {
        if (a === c) continue;
        const near = adjacent.get(c)?.has(a) || (vowels.has(c) && vowels.has(a));
        consider(word.slice(0, i) + a + word.slice(i + 1), near ? 2 : 3);
      }
    }
    // Insert, at every position including the end.
    for (let i = 0; i <= n; i++) {
      for (const a of alphabet) {
        const doubling = (word[i - 1] === a || word[i] === a) && isConsonant(a);
        consider(word.slice(0, i) + a + word.slice(i), doubling || a === "'" ? 1 : 3);
      }
    }
    for (let i = 1; i < n; i++) considerSplit(word.slice(0, i), word.slice(i));

    // Sound-alikes further away, when nothing close looks like a likely slip: "definetly" → "definitely",
    // "recieveing" → "receiving".
    const maxDistance = n <= 4 ? 1 : n <= 8 ? 2 : 3;
    const likely = [...found.values()].some((c) => c.kind <= 2);
    for (const form of likely ? [] : soundAlikes(word)) {
      if (found.has(form)) continue;
      if (editDistance(form.toLowerCase(), word, maxDistance) > maxDistance) continue;
      if (!lexicon.known(form)) continue;
      found.set(form, { form, kind: 2, order: order++ });
    }

    const scored = [...found.values()].map((c) => ({
      ...c,
      distance: c.kind === 0 ? 0 : editDistance(c.form.toLowerCase(), word),
      common: c.form.split(' ').every((part) => common.has(part.toLowerCase())),
    }));
    scored.sort(
      (a, b) =>
        a.distance - b.distance ||
        a.kind - b.kind ||
        Number(b.common) - Number(a.common) ||
        a.order - b.order,
    );
    const out: string[] = [];
    const seen = new Set<string>();
    for (const c of scored) {
      const key = c.form.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c.form);
      if (out.length >= limit) break;
    }
    return out;
  }

  return { suggest, caseVariant };
}
