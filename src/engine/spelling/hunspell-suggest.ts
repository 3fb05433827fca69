// Fast suggestions for a Hunspell dictionary, asking Hunspell only "is this a word?".
//
// Hunspell's own suggest() ends in an n-gram pass over the whole dictionary: 100–500 ms a word for the Slovenian
// and Latvian dictionaries here, far over the 20 ms a suggestion may take. Most slips are one edit away, or a few
// letters typed without their marks, and spell() answers in 3–12 µs; so a word first gets the candidates those
// slips make, ranked by how likely each slip is, and Hunspell's full search runs only when none is a word.
//
// What a dictionary says about likely slips comes from its own .aff: REP (common misspellings), MAP (letters with
// and without marks; scripts/build-dictionaries.ts adds these), KEY (keyboard neighbours) and TRY (its letters,
// commonest first).

export interface AffixHints {
  /** Letters to try inserting and substituting, commonest first (TRY). */
  tryLetters: string;
  /** Groups of related letters (MAP), e.g. "sš"; a group member may be a parenthesised string, e.g. "(dj)". */
  maps: string[][];
  /** Keyboard rows and neighbour groups (KEY). */
  keyRows: string[];
  /** [typed, meant] pairs (REP); "_" stands for a space. */
  replacements: [string, string][];
}

/** The suggestion hints of an .aff file's text. */
export function readAffixHints(aff: string): AffixHints {
  const hints: AffixHints = { tryLetters: '', maps: [], keyRows: [], replacements: [] };
  for (const line of aff.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    const [key, a, b] = parts;
    if (key === 'TRY' && a) hints.tryLetters = a;
    else if (key === 'KEY' && a) hints.keyRows = a.split('|');
    else if (key === 'MAP' && a && !/^\d+$/.test(a)) hints.maps.push(a.match(/\([^)]*\)|./gu)!.map((m) => m.replace(/^\((.*)\)$/, '$1')));
    else if (key === 'REP' && a && b !== undefined && !/^\d+$/.test(a)) hints.replacements.push([a, b]);
  }
  return hints;
}

// Costs in quarters of an edit, as in ./finnish/suggest.ts.
const COST_MARK = 1;
const COST_REP = 2;
const COST_NEAR = 3;
const COST_EDIT = 4;

/** The most diacritic patterns tried for one word (2^k for k markable letters grows fast). */
const MAX_MARK_PATTERNS = 256;
/** The most spell() calls for one word: about 10 ms for the slowest dictionary here. */
const MAX_PROBES = 2500;

export interface EditSuggesterOptions {
  /** Whether Hunspell accepts `word` as written. */
  spell(word: string): boolean;
  hints: AffixHints;
}

interface Candidate {
  word: string;
  cost: number;
  order: number;
}

/** Candidates within one slip of `word` that the dictionary accepts, best first; empty when none is. */
export function createEditSuggester({ spell, hints }: EditSuggesterOptions) {
  const letters = [...new Set([...hints.tryLetters.toLowerCase()].filter((c) => c !== '-' && c !== '.'))];
  const related = new Map<string, string[]>();
  for (const group of hints.maps) {
    for (const member of group) related.set(member, [...(related.get(member) ?? []), ...group.filter((m) => m !== member)]);
  }
  const neighbours = new Set<string>();
  for (const row of hints.keyRows) {
    const chars = [...row];
    for (let i = 0; i + 1 < chars.length; i++) {
      neighbours.add(chars[i]! + chars[i + 1]!);
      neighbours.add(chars[i + 1]! + chars[i]!);
    }
  }

  return function suggest(word: string): string[] {
    const lower = word.toLowerCase();
    const capitalised = word !== lower && word === word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
    const upper = word.length > 1 && word === word.toUpperCase() && word !== lower;
    const found = new Map<string, Candidate>();
    const shape = (w: string) => (upper ? w.toUpperCase() : capitalised ? w.charAt(0).toUpperCase() + w.slice(1) : w);
    let order = 0;
    let probes = 0;
    // Candidates are made in lower case and asked about in the word's own case, so "Riga" finds the name "Rīga".
    const consider = (candidate: string, cost: number, name = false) => {
      if ((candidate === lower && !name) || candidate.length === 0 || probes >= MAX_PROBES) return;
      const shaped = shape(candidate);
      const had = found.get(shaped);
      if (had) {
        if (cost < had.cost) had.cost = cost;
        return;
      }
      probes++;
      if (spell(shaped)) found.set(shaped, { word: shaped, cost, order: order++ });
      // A name written in lower case ("riga" → "Rīga").
      else if (name && shaped === candidate) {
        const capital = candidate.charAt(0).toUpperCase() + candidate.slice(1);
        if (capital !== candidate && spell(capital)) found.set(capital, { word: capital, cost: cost + COST_MARK, order: order++ });
      }
    };

    consider(lower, 0, true);

    // Letters typed without their marks: every pattern of restored marks, fewest changes first.
    const chars = [...lower];
    const markable = chars.map((c, i) => (related.has(c) ? i : -1)).filter((i) => i >= 0);
    for (const positions of combinations(markable.length, MAX_MARK_PATTERNS)) {
      // A letter may have more than one marked form (c: č, ć); a few of their mixes are enough.
      let variants: string[][] = [chars];
      for (const p of positions) {
        const at = markable[p]!;
        variants = variants.flatMap((v) => related.get(chars[at]!)!.map((o) => [...v.slice(0, at), o, ...v.slice(at + 1)])).slice(0, 4);
      }
      for (const v of variants) consider(v.join(''), positions.length * COST_MARK, true);
    }

    for (const [typed, meant] of hints.replacements) {
      for (let at = lower.indexOf(typed); at >= 0; at = lower.indexOf(typed, at + 1)) {
        consider(lower.slice(0, at) + meant.replace(/_/g, ' ') + lower.slice(at + typed.length), COST_REP);
      }
    }

    const n = chars.length;
    for (let i = 0; i + 1 < n; i++) {
      if (chars[i] === chars[i + 1]) continue;
      consider([...chars.slice(0, i), chars[i + 1], chars[i], ...chars.slice(i + 2)].join(''), COST_NEAR);
    }
    for (let i = 0; i < n; i++) {
      const doubled = (i > 0 && chars[i - 1] === chars[i]) || (i + 1 < n && chars[i + 1] === chars[i]);
      consider([...chars.slice(0, i), ...chars.slice(i + 1)].join(''), doubled ? COST_NEAR : COST_EDIT);
    }
    for (let i = 0; i < n; i++) {
      for (const c of letters) {
        if (c === chars[i]) continue;
        const cost = neighbours.has(chars[i]! + c) || related.get(chars[i]!)?.includes(c) ? COST_NEAR : COST_EDIT;
        consider([...chars.slice(0, i), c, ...chars.slice(i + 1)].join(''), cost);
      }
    }
    for (let i = 0; i <= n; i++) {
      for (const c of letters) {
        const doubles = chars[i - 1] === c || chars[i] === c;
        consider([...chars.slice(0, i), c, ...chars.slice(i)].join(''), doubles ? COST_NEAR : COST_EDIT);
      }
    }

    // Equally likely slips: the word that keeps more of what was typed at both ends, so restoring a left-out
    // letter ("paldis" → "paldies") goes before changing one ("paudis"); then the order the slips were tried in.
    const kept = new Map([...found.keys()].map((w) => [w, sharedEnds(w.toLowerCase(), lower)]));
    return [...found.values()]
      .sort((a, b) => a.cost - b.cost || kept.get(b.word)! - kept.get(a.word)! || a.order - b.order)
      .map((c) => c.word)
      .filter((w) => w !== word);
  };
}

/** How many letters `a` and `b` share at their start plus at their end, without counting a letter twice. */
function sharedEnds(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let start = 0;
  while (start < max && a[start] === b[start]) start++;
  let end = 0;
  while (end < max - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return start + end;
}

/** Sets of indices below `n`, one index first, then every pair, and so on: at most `max` sets in all. */
function* combinations(n: number, max: number): Generator<number[]> {
  let made = 0;
  for (let size = 1; size <= n; size++) {
    const pick = Array.from({ length: size }, (_, i) => i);
    for (;;) {
      if (made++ >= max) return;
      yield pick.slice();
      let i = size - 1;
      while (i >= 0 && pick[i] === n - size + i) i--;
      if (i < 0) break;
      pick[i]!++;
      for (let j = i + 1; j < size; j++) pick[j] = pick[j - 1]! + 1;
    }
  }
}
