// The grammar set (tests/corpus/grammar/en.json): sentences with one slip each and correct sentences, checked one
// sentence at a time by our rules alone, Harper alone and the two merged. A slip is caught when a grammar finding
// overlaps it; any grammar finding on a correct sentence is a false flag.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/engine/types';

export interface GrammarSentence {
  text: string;
  /** The exact text (first occurrence) a checker should flag; absent on a correct sentence. */
  slip?: string;
}

export class GrammarSetError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

export async function loadGrammarSet(root: string, language = 'en'): Promise<GrammarSentence[] | null> {
  let raw: string;
  try {
    raw = await readFile(join(root, 'grammar', `${language}.json`), 'utf8');
  } catch {
    return null;
  }
  const doc = JSON.parse(raw) as { sentences?: unknown };
  const problems: string[] = [];
  const out: GrammarSentence[] = [];
  if (!Array.isArray(doc.sentences)) throw new GrammarSetError(['"sentences" must be a list']);
  doc.sentences.forEach((s: unknown, i: number) => {
    const e = s as GrammarSentence;
    if (typeof e?.text !== 'string' || !e.text.trim()) problems.push(`sentence ${i}: no text`);
    else if (e.slip !== undefined && (typeof e.slip !== 'string' || !e.text.includes(e.slip))) {
      problems.push(`sentence ${i}: slip ${JSON.stringify(e.slip)} is not in its text`);
    } else out.push(e.slip === undefined ? { text: e.text } : { text: e.text, slip: e.slip });
  });
  if (problems.length) throw new GrammarSetError(problems);
  return out;
}

export interface GrammarFigures {
  slips: number;
  caught: number;
  correct: number;
  /** Correct sentences with at least one grammar finding. */
  flagged: number;
  /** Grammar findings on correct sentences, all told. */
  falseFlags: number;
  missed: string[];
  falseOn: { text: string; ruleId: string; actual: string }[];
}

/** Scores one checker's findings, given per sentence in the set's order. */
export function scoreGrammar(set: readonly GrammarSentence[], findings: readonly (readonly Diagnostic[])[]): GrammarFigures {
  const f: GrammarFigures = { slips: 0, caught: 0, correct: 0, flagged: 0, falseFlags: 0, missed: [], falseOn: [] };
  set.forEach((s, i) => {
    const grammar = (findings[i] ?? []).filter((d) => d.category === 'grammar');
    if (s.slip !== undefined) {
      f.slips++;
      const start = s.text.indexOf(s.slip);
      const end = start + s.slip.length;
      if (grammar.some((d) => d.range[0] < end && start < d.range[1])) f.caught++;
      else f.missed.push(s.text);
    } else {
      f.correct++;
      if (grammar.length) f.flagged++;
      f.falseFlags += grammar.length;
      for (const d of grammar) f.falseOn.push({ text: s.text, ruleId: d.ruleId, actual: s.text.slice(d.range[0], d.range[1]) });
    }
  });
  return f;
}
