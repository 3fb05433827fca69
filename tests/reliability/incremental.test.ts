// Re-checking by paragraph (src/engine/engine.ts) must change nothing a rep can see: a long-lived engine that has
// checked earlier versions of a draft, and reuses the paragraph-scoped findings of paragraphs it has seen, gives
// exactly what a fresh engine running every rule on the whole draft gives, version after version, whatever the edits.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CheckResult, Language, Range } from '../../src/engine/types';
import type { Speller } from '../../src/engine/spelling/speller';
import { createEngine, type Engine } from '../../src/engine/engine';
import { RULES } from '../../src/engine/rules/index';
import { loadSpeller } from '../../src/cli/dictionaries';
import { anyDraft, CORPUS_REPLIES, repeatedPiece } from './arbitraries';
import { PROPERTY_TIMEOUT, RUNS } from './budget';

let speller: Speller;
// Every rule, the ones off by default included.
const everyRule = Object.fromEntries(RULES.map((r) => [r.id, r.meta.defaultSeverity]));

beforeAll(async () => {
  speller = await loadSpeller('en');
});

/**
 * The same answer, but for spelling suggestions the reference check had no budget left to work out (a check works
 * out at most a few new lists); any it did work out must be there.
 */
function expectSame(incremental: CheckResult, reference: CheckResult): void {
  const deferred = (r: CheckResult) =>
    r.diagnostics.map((d) => (d.ruleId === 'spelling/unknown-word' ? { ...d, suggestions: [] } : d));
  expect(deferred(incremental)).toEqual(deferred(reference));
  reference.diagnostics.forEach((d, i) => {
    if (d.suggestions.length > 0) expect(incremental.diagnostics[i]!.suggestions).toEqual(d.suggestions);
  });
  expect(incremental.score).toBe(reference.score);
  expect(incremental.truncated).toEqual(reference.truncated);
}

/** What a rep does between two checks: types, deletes, pastes, splits or joins paragraphs, ends a line with ":". */
const insertion = fc.oneof(
  fc.constantFrom('a', 'x', ' ', '.', ',', ':', '\n', '\n\n', '\r\n', '-', "'", '!', 'Hi Anna,\n\n', 'Hi Anna,', '\n\nthanks', ' the', ' a', ' an hour', '```', 'https://example.com/x'),
  repeatedPiece,
  fc.constantFrom(...CORPUS_REPLIES.slice(0, 20)).map((r) => r.slice(0, 200)),
);
type Edit = { at: number; remove: number; insert: string } | { lineEnd: number; char: string } | { move: number; to: number } | { firstLine: string };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(12), insert: fc.option(insertion, { nil: '' }) }) },
  // The last character of a line changed: what ends a paragraph decides how the next one reads (a list after ":").
  { weight: 2, arbitrary: fc.record({ lineEnd: fc.nat(), char: fc.constantFrom(':', '.', ',', 'x', ': ', '.\n\nplease check it', ':\n\nthe', ',\n\nthanks') }) },
  // A paragraph moved elsewhere: the same text, seen before, now after another paragraph.
  { weight: 2, arbitrary: fc.record({ move: fc.nat(), to: fc.nat() }) },
  // The greeting written, changed or taken out: the line after "Hi Anna," starts the message.
  { weight: 1, arbitrary: fc.record({ firstLine: fc.constantFrom('Hi Anna,', 'Hi Anna,\nthanks for the update.', 'Anna, wait', 'thanks,', '', 'Dear team') }) },
);
/** Spans the page may mark as quoted, as fractions of the text (the page marks whole blocks and odd bits alike). */
const hints = fc.option(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true })), { maxLength: 2 }), { nil: undefined });
const version = fc.record({ edit, hints, customer: fc.option(fc.constantFrom('Where is my refund?!', 'Hi, can you help? Thanks, Anna'), { nil: undefined }) });

function applyTo(text: string, e: Edit): string {
  if ('firstLine' in e) return e.firstLine + text.slice(text.search(/\n|$/));
  if ('move' in e) {
    const parts = text.split(/(\n[ \t\r]*\n)/);
    const paras = parts.filter((_, i) => i % 2 === 0);
    const [moved] = paras.splice(e.move % paras.length, 1);
    paras.splice(e.to % (paras.length + 1), 0, moved!);
    return paras.map((p, i) => (i === 0 ? p : (parts[2 * i - 1] ?? '\n\n') + p)).join('');
  }
  if ('lineEnd' in e) {
    const ends = [...text.matchAll(/\S(?=\r?\n)/g)].map((m) => m.index);
    if (ends.length === 0) return text + e.char;
    const at = ends[e.lineEnd % ends.length]!;
    return text.slice(0, at) + e.char + text.slice(at + 1);
  }
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

function hintRanges(text: string, h: [number, number][] | undefined): Range[] | undefined {
  return h?.map(([at, len]) => {
    const s = Math.floor(at * text.length);
    return [s, Math.min(text.length, s + Math.floor(len * text.length))] as Range;
  });
}

function editSequence(language: Language, withSpeller: boolean, runs: number) {
  fc.assert(
    fc.property(
      fc.oneof(anyDraft.map((d) => d.text), fc.constantFrom(...CORPUS_REPLIES)),
      fc.array(version, { minLength: 1, maxLength: 6 }),
      (first, versions) => {
        const config = { language, speller: withSpeller ? speller : null, rules: everyRule };
        const engine: Engine = createEngine(config);
        let text = first;
        engine.check(text);
        for (const v of versions) {
          text = applyTo(text, v.edit);
          const input = { hints: hintRanges(text, v.hints), customer: v.customer ? { text: v.customer } : undefined };
          const reference = createEngine({ ...config, incremental: false }).check(text, input);
          expectSame(engine.check(text, input), reference);
        }
      },
    ),
    { numRuns: runs },
  );
}

describe('re-checking by paragraph', () => {
  it('gives exactly what a fresh whole-draft check gives, edit after edit (English, with the dictionary)', { timeout: PROPERTY_TIMEOUT }, () => {
    editSequence('en', true, RUNS.incremental);
  });

  it('the same in Latvian and Finnish', { timeout: PROPERTY_TIMEOUT }, () => {
    editSequence('lv', false, Math.ceil(RUNS.incremental / 4));
    editSequence('fi', false, Math.ceil(RUNS.incremental / 4));
  });
});
