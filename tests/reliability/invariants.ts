// What must hold of any check of any draft. Problems are collected as sentences and asserted once, so a check with
// thousands of findings costs one assertion and a failure lists everything wrong at once.
import { expect } from 'vitest';
import type { CheckResult, Diagnostic, Range } from '../../src/engine/types';
import type { Finding } from '../../src/engine/rule';
import { applyEdit } from '../../src/engine/edit';
import { contains, overlaps } from '../../src/engine/text/ranges';

/** Whether `at` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Why `range` is not one a UI can underline or replace (inside the text, in order, whole characters), or null. */
export function rangeProblem(text: string, range: unknown): string | null {
  if (!Array.isArray(range) || range.length !== 2) return 'is not a [start, end] pair';
  const [s, e] = range as number[];
  if (!Number.isInteger(s) || !Number.isInteger(e)) return 'is not whole numbers';
  if (!(0 <= s && s <= e && e <= text.length)) return `is outside 0…${text.length} or backwards`;
  if (splitsPair(text, s) || splitsPair(text, e)) return 'splits a surrogate pair';
  return null;
}

const isDocLevel = (r: Range) => r[0] === 0 && r[1] === 0;

/** Whether one of `sorted` (in order, disjoint) contains `r`: a binary search, for drafts of thousands of pieces. */
function inside(sorted: readonly Range[], r: Range): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const [s, e] = sorted[mid]!;
    if (e < r[0]) lo = mid + 1;
    else if (s > r[0]) hi = mid - 1;
    else return contains(sorted[mid]!, r) || (mid + 1 < sorted.length && contains(sorted[mid + 1]!, r));
  }
  return false;
}

// Applying a fix to the whole text copies it; past this length only the edit's neighbourhood is compared, which is
// the same comparison for a sound range and keeps a check with thousands of fixes on a long paste linear.
const WHOLE_APPLY_LIMIT = 20_000;

/** Everything wrong with one finding's ranges and fixes, as sentences. */
export function findingProblems(
  text: string,
  f: Finding | Diagnostic,
  checkable: readonly Range[],
  unchecked: readonly Range[],
  who: string,
  // The engine drops a fix that changes nothing before the rep sees it; a rule on its own is not held to that.
  { noOpFixes = false }: { noOpFixes?: boolean } = {},
): string[] {
  const out: string[] = [];
  const where = `${who} ${JSON.stringify(f.range)}`;
  const bad = rangeProblem(text, f.range);
  if (bad) return [`${where} ${bad}`];
  const shown = `${where} ${JSON.stringify(text.slice(f.range[0], f.range[1]).slice(0, 40))}`;
  if (typeof f.message !== 'string' || f.message.trim() === '') out.push(`${shown}: empty message`);
  if (!isDocLevel(f.range)) {
    if (!inside(checkable, f.range)) out.push(`${shown}: outside the checkable text`);
    // A zero-width finding sits between characters and cannot point into a block; a wide one must stay out of them.
    const into = unchecked.find((u) => overlaps(u, f.range));
    if (into) out.push(`${shown}: points into a quoted block or signature ${JSON.stringify(into)}`);
  }
  for (const [i, s] of (f.suggestions ?? []).entries()) {
    const what = `${shown} fix ${i} ${JSON.stringify(s.edit).slice(0, 120)}`;
    if (typeof s.label !== 'string' || s.label === '') out.push(`${what}: empty label`);
    if (typeof s.edit?.text !== 'string') {
      out.push(`${what}: edit text is not a string`);
      continue;
    }
    const badEdit = rangeProblem(text, s.edit.range);
    if (badEdit) {
      out.push(`${what}: range ${badEdit}`);
      continue;
    }
    const [es, ee] = s.edit.range;
    if (!noOpFixes && text.slice(es, ee) === s.edit.text) out.push(`${what}: changes nothing`);
    // A fix never rewrites the customer's quoted words or the signature; it may add a line right next to them.
    const into = unchecked.find((u) => overlaps(u, s.edit.range) || (es === ee && u[0] < es && es < u[1]));
    if (into) out.push(`${what}: edits a quoted block or signature ${JSON.stringify(into)}`);
    const whole = text.length <= WHOLE_APPLY_LIMIT;
    const from = whole ? 0 : Math.max(0, es - 50);
    const to = whole ? text.length : Math.min(text.length, ee + 50);
    const local = text.slice(from, to);
    const after = applyEdit(local, { range: [es - from, ee - from], text: s.edit.text });
    if (after.slice(0, es - from) !== text.slice(from, es)) out.push(`${what}: changed text before its range`);
    if (after.slice(es - from + s.edit.text.length) !== text.slice(ee, to)) out.push(`${what}: changed text after its range`);
  }
  return out;
}

/** What is not plain data in `value`, as the message channel between the worker and the page needs it. */
export function plainDataProblems(value: unknown, path = 'result', out: string[] = []): string[] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return out;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} is ${value}`);
    return out;
  }
  if (typeof value !== 'object') {
    out.push(`${path} is a ${typeof value}`);
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => plainDataProblems(v, `${path}[${i}]`, out));
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) out.push(`${path} is not a plain object`);
  for (const [k, v] of Object.entries(value as object)) {
    if (v === undefined) out.push(`${path}.${k} is undefined`);
    else plainDataProblems(v, `${path}.${k}`, out);
  }
  return out;
}

/** Asserts everything above for one engine result on exactly the text it checked. */
export function expectSoundResult(text: string, result: CheckResult, checkable: readonly Range[], unchecked: readonly Range[]): void {
  const problems: string[] = [];
  if (!Number.isInteger(result.score) || result.score < 0 || result.score > 100) problems.push(`score ${result.score}`);
  for (const d of result.diagnostics) problems.push(...findingProblems(text, d, checkable, unchecked, d.ruleId));
  plainDataProblems(result, 'result', problems);
  expect(problems).toEqual([]);
  expect(structuredClone(result)).toEqual(result);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

/** Asserts the findings of one rule, before the engine filters them, have sound ranges and fixes. */
export function expectSoundFindings(text: string, findings: readonly Finding[], who: string): void {
  const whole: Range[] = [[0, text.length]];
  expect(findings.flatMap((f) => findingProblems(text, f, whole, [], who, { noOpFixes: true }))).toEqual([]);
}
