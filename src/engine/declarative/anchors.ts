// Which strings a regular expression's every match must contain: lets findPhrases skip building and running an
// expression on a text that holds none of them. Conservative by construction: whatever it does not understand
// (classes, escapes other than a plain character, quantified items, lookaround, back-references) adds nothing, and
// where it finds no string of at least MIN_ANCHOR characters it answers null (run the expression).

/** Shorter strings are in nearly every text: checking them would cost more than it saves. */
const MIN_ANCHOR = 3;

type Item = { kind: 'char'; char: string; min: number } | { kind: 'group'; alts: Item[][]; min: number; look: boolean } | { kind: 'other'; min: number };

class Unsupported extends Error {}

const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/y;
const PUNCTUATION = /[\^$\\.*+?()[\]{}|/\-'’"!,:;=<>#&%@~`]/;
const DIGIT = /[0-9]/;

/** Parses the part of `src` from `at` up to the closing parenthesis (or the end) into alternatives of items. */
function parseAlternatives(src: string, at: { i: number }): Item[][] {
  const alts: Item[][] = [[]];
  while (at.i < src.length) {
    const c = src[at.i]!;
    if (c === ')') return alts;
    at.i++;
    let item: Item;
    if (c === '|') {
      alts.push([]);
      continue;
    } else if (c === '(') {
      let look = false;
      if (src.startsWith('?:', at.i)) at.i += 2;
      else if (src.startsWith('?=', at.i) || src.startsWith('?!', at.i)) (at.i += 2), (look = true);
      else if (src.startsWith('?<=', at.i) || src.startsWith('?<!', at.i)) (at.i += 3), (look = true);
      else if (src.startsWith('?<', at.i)) {
        const close = src.indexOf('>', at.i);
        if (close < 0) throw new Unsupported();
        at.i = close + 1;
      } else if (src[at.i] === '?') throw new Unsupported(); // a modifier group or something newer
      const inner = parseAlternatives(src, at);
      if (src[at.i] !== ')') throw new Unsupported();
      at.i++;
      item = { kind: 'group', alts: inner, min: 1, look };
    } else if (c === '[') {
      // A class: skipped whole (escapes inside included).
      while (at.i < src.length && src[at.i] !== ']') at.i += src[at.i] === '\\' ? 2 : 1;
      if (at.i >= src.length) throw new Unsupported();
      at.i++;
      item = { kind: 'other', min: 1 };
    } else if (c === '\\') {
      const e = src[at.i];
      if (e === undefined) throw new Unsupported();
      at.i++;
      if (PUNCTUATION.test(e)) item = { kind: 'char', char: e, min: 1 };
      else {
        // Not a literal here (\s, \b, \d, \p{…}, \x41, \u{…}, \cJ, \1, \k<…>): skipped with what it takes.
        if ((e === 'p' || e === 'P' || e === 'u') && src[at.i] === '{') at.i = src.indexOf('}', at.i) + 1 || src.length;
        else if (e === 'k' && src[at.i] === '<') at.i = src.indexOf('>', at.i) + 1 || src.length;
        else if (e === 'x') at.i += 2;
        else if (e === 'u') at.i += 4;
        else if (e === 'c') at.i += 1;
        else if (DIGIT.test(e)) while (DIGIT.test(src[at.i] ?? '')) at.i++;
        item = { kind: 'other', min: 1 };
      }
    } else if (c === '.' || c === '^' || c === '$') {
      item = { kind: 'other', min: 1 };
    } else if (c === '*' || c === '+' || c === '?' || c === '{' || c === ']' || c === '}') {
      throw new Unsupported(); // a quantifier with nothing to apply to (read below), or something odd
    } else {
      item = { kind: 'char', char: c, min: 1 };
    }
    // A quantifier makes the item optional (min 0) or repeatable: either way it no longer joins a run of literals.
    const next = src[at.i];
    QUANTIFIER.lastIndex = at.i;
    const q = next === '*' || next === '+' || next === '?' || next === '{' ? QUANTIFIER.exec(src) : null;
    if (q) {
      at.i += q[0].length;
      const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1]) : 0;
      item = item.kind === 'char' ? { kind: 'other', min } : { ...item, min };
    }
    alts[alts.length - 1]!.push(item);
  }
  return alts;
}

/** One list of strings for an alternation: one of each alternative's; null when an alternative has none. */
function ofAlternatives(alts: Item[][], caseless: boolean): string[] | null {
  const out: string[] = [];
  for (const seq of alts) {
    const got = ofSequence(seq, caseless);
    if (!got) return null;
    out.push(...got);
  }
  return out;
}

/** The best list of strings one of which a match of the sequence must contain: the one whose shortest is longest. */
function ofSequence(seq: Item[], caseless: boolean): string[] | null {
  let best: string[] | null = null;
  const score = (xs: string[]) => Math.min(...xs.map((x) => x.length));
  for (const o of allOfSequence(seq, caseless)) if (!best || score(o) > score(best)) best = o;
  return best;
}

/** Every list of strings one of which a match of the sequence must contain (one per run of literals or group). */
function allOfSequence(seq: Item[], caseless: boolean): string[][] {
  const options: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run.length >= MIN_ANCHOR) options.push([run]);
    run = '';
  };
  for (const item of seq) {
    const code = item.kind === 'char' ? item.char.charCodeAt(0) : 0;
    if (item.kind === 'char' && (!caseless || (code >= 0x20 && code <= 0x7e))) {
      run += caseless ? item.char.toLowerCase() : item.char;
      continue;
    }
    endRun();
    if (item.kind === 'group' && !item.look && item.min > 0) {
      const inner = ofAlternatives(item.alts, caseless);
      if (inner && inner.length > 0) options.push(inner);
    }
  }
  endRun();
  return options;
}

/**
 * Lists of strings such that every match of `source` contains one string of each list, lower-cased and ASCII only
 * when `caseless` (the text is then searched lower-cased, see findPhrases); null when none is known.
 */
export function requiredStrings(source: string, caseless: boolean): string[][] | null {
  try {
    const at = { i: 0 };
    const alts = parseAlternatives(source, at);
    if (at.i !== source.length) return null;
    const lists = alts.length === 1 ? allOfSequence(alts[0]!, caseless) : [ofAlternatives(alts, caseless) ?? []];
    const usable = lists.filter((l) => l.length > 0 && l.every((s) => s.length >= MIN_ANCHOR)).map((l) => [...new Set(l)]);
    return usable.length > 0 ? usable : null;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
