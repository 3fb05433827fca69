// Findings between checks: after every edit they are shifted or dropped before anything is drawn, so an underline
// never sits on text that changed under it (Harper's spanMapping.ts: fail closed). Pure functions: tests/content
// runs them without a browser.
import type { Category, Diagnostic, Range, Severity } from '../engine/types';

export interface Change {
  /** [from, to) of the old text was replaced by `text`. */
  from: number;
  to: number;
  text: string;
}

/** A range moved through one change; null when the change touched it (typing right after a word changes the word). */
export function shiftRange(range: Range, change: Change): Range | null {
  const [start, end] = range;
  if (end < change.from) return range;
  const delta = change.text.length - (change.to - change.from);
  if (start > change.to) return [start + delta, end + delta];
  return null;
}

function shiftDiagnostic(d: Diagnostic, change: Change): Diagnostic | null {
  // Document-level findings (missing greeting) have no text under them; they wait for the next check.
  if (d.range[0] === 0 && d.range[1] === 0) return d;
  const range = shiftRange(d.range, change);
  if (!range) return null;
  const delta = range[0] - d.range[0];
  if (delta === 0) return d;
  const suggestions = [];
  for (const s of d.suggestions) {
    const r = shiftRange(s.edit.range, change);
    if (r) suggestions.push({ label: s.label, edit: { range: r, text: s.edit.text } });
  }
  return { ...d, range, suggestions };
}

export function shiftFindings(findings: readonly Diagnostic[], change: Change): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of findings) {
    const moved = shiftDiagnostic(d, change);
    if (moved) out.push(moved);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;

/**
 * Whether the rep is in the middle of typing a word at `caret`: the last edit typed a word character there and
 * the caret has not moved since. Findings touching that word wait until it ends.
 */
export function typingWordAt(change: Change | null, caret: number | null, inputType: string | null): number | null {
  // insertCompositionText: a word typed through an input method (accents, dead keys, CJK) is still being typed.
  if (!change || caret === null || (inputType !== 'insertText' && inputType !== 'insertCompositionText')) return null;
  const typedEnd = change.from + change.text.length;
  if (caret !== typedEnd) return null;
  const last = change.text[change.text.length - 1];
  return last !== undefined && WORD_CHAR.test(last) ? caret : null;
}

/** Findings to draw: not document-level, not ignored, not on the word being typed. */
export function visibleFindings(findings: readonly Diagnostic[], typingAt: number | null): Diagnostic[] {
  return findings.filter(
    (d) => d.range[1] > d.range[0] && !(typingAt !== null && d.range[0] < typingAt && typingAt <= d.range[1]),
  );
}

/** The finding under a text offset (ends included: a click just after a word's last letter is on the word). */
export function findingAt(findings: readonly Diagnostic[], offset: number): Diagnostic | null {
  let best: Diagnostic | null = null;
  for (const d of findings) {
    if (d.range[0] <= offset && offset <= d.range[1] && d.range[1] > d.range[0]) {
      // The narrowest wins: a misspelling inside a long tone phrase.
      if (!best || d.range[1] - d.range[0] < best.range[1] - best.range[0]) best = d;
    }
  }
  return best;
}

/** Where the caret goes after an edit: where it was, moved by the length change if it sat after the edit. */
export function caretAfterEdit(caret: number, edit: { range: Range; text: string }): number {
  const [start, end] = edit.range;
  const delta = edit.text.length - (end - start);
  if (caret >= end) return caret + delta;
  if (caret > start) return start + edit.text.length; // it was inside the replaced text: after the replacement
  return caret;
}

/** Findings that should stop a send: errors and warnings the rep did not dismiss. */
export function blockingFindings(findings: readonly Diagnostic[]): Diagnostic[] {
  return findings.filter((d) => d.severity === 'error' || d.severity === 'warning');
}

export function countByCategory(findings: readonly Diagnostic[]): Partial<Record<Category, number>> {
  const counts: Partial<Record<Category, number>> = {};
  for (const d of findings) counts[d.category] = (counts[d.category] ?? 0) + 1;
  return counts;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
