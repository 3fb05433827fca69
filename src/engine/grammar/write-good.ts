// write-good's checks, run over the checkable paragraphs. Each check runs alone: it belongs to one rule, so a rule a
// team turns off costs nothing, and no check runs twice for one text. Only its passive and weasel-word checks are
// used: its wordiness and cliché lists are replaced by data files (see lang/en/style/wordy.json and cliche.json).
import writeGood from 'write-good';
import type { Range } from '../types';
import type { RuleContext } from '../rule';
import { overlaps } from '../text/ranges';

export type WriteGoodCheck = 'passive' | 'weasel';

export interface WriteGoodHit {
  range: Range;
  text: string;
}

// Every check off but the one asked for. "illusion" (a repeated word) stays off: grammar/repeated-word does that.
const ALL_OFF = {
  weasel: false,
  illusion: false,
  so: false,
  thereIs: false,
  passive: false,
  adverb: false,
  tooWordy: false,
  cliches: false,
  eprime: false,
} as const;

/**
 * weasel-words 0.1.1 (weasel.js) and passive-voice 0.1.0 (passive.js) assign to an undeclared `match` in
 * `while (match = re.exec(text))`. Node runs them in sloppy mode, where that quietly makes a global; bundled into an
 * ES module (or any strict-mode bundle) they throw "ReferenceError: match is not defined". The extension's classic
 * iife build happens to be sloppy today; declaring the global once keeps them working whatever the bundle format.
 * tests/rules/style-weasel-words.test.ts runs an ES-module bundle.
 */
function allowLooseAssignment(): void {
  if (!('match' in globalThis)) (globalThis as Record<string, unknown>).match = undefined;
}

/** Where one write-good check fires in the checkable text, never inside a link, an address or code. */
export function writeGoodHits(ctx: RuleContext, check: WriteGoodCheck): WriteGoodHit[] {
  allowLooseAssignment();
  const out: WriteGoodHit[] = [];
  for (const p of ctx.paragraphs) {
    const [from, to] = p.range;
    for (const s of writeGood(ctx.text.slice(from, to), { ...ALL_OFF, [check]: true })) {
      const range: Range = [from + s.index, from + s.index + s.offset];
      if (ctx.skip.some((k) => overlaps(k, range))) continue;
      out.push({ range, text: ctx.text.slice(range[0], range[1]) });
    }
  }
  return out;
}
