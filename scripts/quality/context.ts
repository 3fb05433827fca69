// Scoring the reply-vs-customer-message rules against tests/corpus/context/<lang>.json: one file per language,
// { language, pairs: [{ id, customer: { text, name? }, reply, attachments, questions, expect: { unanswered: [question
// text…], frustrationUnacknowledged, greetingName: null | { wrong, right }, missingAttachment } }] }. Recall and false
// findings per check, and the headline false-"unanswered" rate. scripts/quality/context-run.ts runs the engine.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CustomerMessage } from '../../src/engine/rule';
import { LANGUAGES, type Diagnostic, type Language } from '../../src/engine/types';
import { percent } from './score';

export const CONTEXT_CHECKS = {
  unanswered: 'structure/unanswered-question',
  frustration: 'tone/unacknowledged-frustration',
  greetingName: 'structure/greeting-name',
  missingAttachment: 'structure/missing-attachment',
} as const;
export type ContextCheck = keyof typeof CONTEXT_CHECKS;
export const CONTEXT_RULE_IDS: readonly string[] = Object.values(CONTEXT_CHECKS);

export const CONTEXT_TARGETS = { recall: 0.85, falseUnansweredRate: 0.05 };

export interface ContextPair {
  id: string;
  note?: string;
  customer: CustomerMessage;
  reply: string;
  attachments: number;
  questions: number;
  expect: {
    unanswered: string[];
    frustrationUnacknowledged: boolean;
    greetingName: { wrong: string; right: string } | null;
    missingAttachment: boolean;
  };
}

export interface ContextCorpus {
  language: Language;
  file: string;
  pairs: ContextPair[];
}

export class ContextCorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every problem in a parsed corpus file, each with the pair it is in; [] when it is usable. */
export function validateContextCorpus(data: unknown, language: Language): string[] {
  const problems: string[] = [];
  if (!isObject(data)) return ['the file is not a JSON object'];
  if (data.language !== language) problems.push(`"language" is ${JSON.stringify(data.language)}, not "${language}"`);
  if (!Array.isArray(data.pairs)) return [...problems, '"pairs" is not an array'];
  const ids = new Set<string>();
  data.pairs.forEach((p: unknown, i: number) => {
    const where = isObject(p) && typeof p.id === 'string' ? `pair "${p.id}"` : `pair ${i}`;
    const bad = (what: string) => problems.push(`${where}: ${what}`);
    if (!isObject(p)) return bad('not an object');
    if (typeof p.id !== 'string' || p.id === '') bad('"id" is not a non-empty string');
    else if (ids.has(p.id)) bad('"id" is used twice');
    else ids.add(p.id);
    const c = p.customer;
    if (!isObject(c) || typeof c.text !== 'string') bad('"customer.text" is not a string');
    else if (c.name !== undefined && typeof c.name !== 'string') bad('"customer.name" is not a string');
    if (typeof p.reply !== 'string') bad('"reply" is not a string');
    if (!Number.isInteger(p.attachments) || (p.attachments as number) < 0) bad('"attachments" is not a whole number');
    if (!Number.isInteger(p.questions) || (p.questions as number) < 0) bad('"questions" is not a whole number');
    const e = p.expect;
    if (!isObject(e)) return bad('"expect" is not an object');
    if (!Array.isArray(e.unanswered) || !e.unanswered.every((q) => typeof q === 'string')) bad('"expect.unanswered" is not a list of strings');
    else if (isObject(c) && typeof c.text === 'string') {
      for (const q of e.unanswered as string[]) if (!c.text.includes(q)) bad(`unanswered question not in customer.text: "${q}"`);
      if (Number.isInteger(p.questions) && (e.unanswered as string[]).length > (p.questions as number)) bad('more unanswered questions than "questions"');
    }
    if (typeof e.frustrationUnacknowledged !== 'boolean') bad('"expect.frustrationUnacknowledged" is not true or false');
    const g = e.greetingName;
    if (g !== null && !(isObject(g) && typeof g.wrong === 'string' && typeof g.right === 'string')) bad('"expect.greetingName" is neither null nor { wrong, right }');
    if (typeof e.missingAttachment !== 'boolean') bad('"expect.missingAttachment" is not true or false');
  });
  return problems;
}

/** The corpus of one language, or null when it has no file (the caller says so and goes on). */
export async function loadContextCorpus(dir: string, language: Language): Promise<ContextCorpus | null> {
  const file = join(dir, `${language}.json`);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ContextCorpusError([`cannot read ${file}: ${(err as Error).message}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new ContextCorpusError([`${file} is not JSON: ${(err as Error).message}`]);
  }
  const problems = validateContextCorpus(data, language);
  if (problems.length) throw new ContextCorpusError(problems.map((p) => `${file}: ${p}`));
  return { language, file, pairs: (data as { pairs: ContextPair[] }).pairs };
}

export async function contextLanguages(dir: string): Promise<Language[]> {
  const found: Language[] = [];
  for (const language of LANGUAGES) {
    try {
      await readFile(join(dir, `${language}.json`));
      found.push(language);
    } catch {
      // no corpus for this language
    }
  }
  return found;
}

/** The question an unanswered-question finding quotes: what stands between the first and the last double quote. */
export function quotedQuestion(message: string): string {
  const a = message.indexOf('"');
  const b = message.lastIndexOf('"');
  return a >= 0 && b > a ? message.slice(a + 1, b) : message;
}

const words = (s: string) => new Set(s.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []);

/** A finding's question matches an expected one when one text holds the other, or half the words of the shorter are shared. */
export function questionsOverlap(found: string, expected: string): boolean {
  const f = found.replace(/\s+/g, ' ').trim();
  const e = expected.replace(/\s+/g, ' ').trim();
  if (f === '' || e === '') return false;
  if (f.includes(e) || e.includes(f)) return true;
  const a = words(f);
  const b = words(e);
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared > 0 && shared >= Math.min(a.size, b.size) / 2;
}

export interface PairScore {
  id: string;
  questions: number;
  unanswered: { expected: string[]; found: string[]; matched: number; falseFindings: string[]; missed: string[] };
  /** For the three yes/no checks: expected, and whether the rule reported it (greeting-name: on the expected word). */
  flags: Record<Exclude<ContextCheck, 'unanswered'>, { expected: boolean; found: boolean; hit: boolean; falseFinding: boolean }>;
}

export function scorePair(pair: ContextPair, diagnostics: readonly Diagnostic[]): PairScore {
  const of = (check: ContextCheck) => diagnostics.filter((d) => d.ruleId === CONTEXT_CHECKS[check]);
  const found = of('unanswered').map((d) => quotedQuestion(d.message));
  const expected = pair.expect.unanswered;
  const used = new Set<number>();
  const missed: string[] = [];
  for (const e of expected) {
    const i = found.findIndex((f, k) => !used.has(k) && questionsOverlap(f, e));
    if (i === -1) missed.push(e);
    else used.add(i);
  }
  const falseFindings = found.filter((_, k) => !used.has(k));

  const flag = (expectedFlag: boolean, ds: Diagnostic[], isHit: (d: Diagnostic) => boolean = () => true) => {
    const hit = expectedFlag && ds.some(isHit);
    // A finding where none was expected, or on another word than the expected one, is false.
    const falseFinding = expectedFlag ? ds.some((d) => !isHit(d)) : ds.length > 0;
    return { expected: expectedFlag, found: ds.length > 0, hit, falseFinding };
  };
  const g = pair.expect.greetingName;
  return {
    id: pair.id,
    questions: pair.questions,
    unanswered: { expected, found, matched: used.size, falseFindings, missed },
    flags: {
      frustration: flag(pair.expect.frustrationUnacknowledged, of('frustration')),
      greetingName: flag(g !== null, of('greetingName'), (d) => d.actual === undefined || d.actual === g?.wrong),
      missingAttachment: flag(pair.expect.missingAttachment, of('missingAttachment')),
    },
  };
}

export interface CheckFigures {
  /** Findings expected (questions for unanswered; pairs for the others). */
  expected: number;
  found: number;
  recall: number | null;
  /** Findings made where none was expected. */
  falseFindings: number;
  /** Pairs that could get a false finding (for the yes/no checks: pairs not expecting one). */
  pairsNotExpecting: number;
}

export interface ContextSummary {
  pairs: number;
  checks: Record<ContextCheck, CheckFigures>;
  /** Pairs with questions and nothing left unanswered that still got an unanswered-question finding. */
  falseUnanswered: { pairs: number; of: number; rate: number | null };
}

export function summarizeContext(scores: readonly PairScore[]): ContextSummary {
  const u = scores.reduce(
    (acc, s) => ({
      expected: acc.expected + s.unanswered.expected.length,
      found: acc.found + s.unanswered.matched,
      falseFindings: acc.falseFindings + s.unanswered.falseFindings.length,
      notExpecting: acc.notExpecting + (s.unanswered.expected.length === 0 ? 1 : 0),
    }),
    { expected: 0, found: 0, falseFindings: 0, notExpecting: 0 },
  );
  const checks = {
    unanswered: {
      expected: u.expected,
      found: u.found,
      recall: u.expected ? u.found / u.expected : null,
      falseFindings: u.falseFindings,
      pairsNotExpecting: u.notExpecting,
    },
  } as Record<ContextCheck, CheckFigures>;
  for (const check of ['frustration', 'greetingName', 'missingAttachment'] as const) {
    const flags = scores.map((s) => s.flags[check]);
    const expected = flags.filter((f) => f.expected).length;
    const found = flags.filter((f) => f.hit).length;
    checks[check] = {
      expected,
      found,
      recall: expected ? found / expected : null,
      falseFindings: flags.filter((f) => f.falseFinding).length,
      pairsNotExpecting: flags.filter((f) => !f.expected).length,
    };
  }
  const answeredAll = scores.filter((s) => s.questions > 0 && s.unanswered.expected.length === 0);
  const flagged = answeredAll.filter((s) => s.unanswered.found.length > 0).length;
  return {
    pairs: scores.length,
    checks,
    falseUnanswered: { pairs: flagged, of: answeredAll.length, rate: answeredAll.length ? flagged / answeredAll.length : null },
  };
}

/** What misses a target: recall below 85 % in a check, false "unanswered" on more than 5 % of fully answered pairs. */
export function missedContextTargets(s: ContextSummary): string[] {
  const out: string[] = [];
  for (const [check, f] of Object.entries(s.checks)) {
    if (f.recall !== null && f.recall < CONTEXT_TARGETS.recall) out.push(`${CONTEXT_CHECKS[check as ContextCheck]} recall ${percent(f.recall)} < ${percent(CONTEXT_TARGETS.recall)}`);
  }
  if (s.falseUnanswered.rate !== null && s.falseUnanswered.rate > CONTEXT_TARGETS.falseUnansweredRate) {
    out.push(`false "unanswered" on ${percent(s.falseUnanswered.rate)} of fully answered pairs > ${percent(CONTEXT_TARGETS.falseUnansweredRate)}`);
  }
  return out;
}
