import { describe, expect, it } from 'vitest';
import type { Category, Diagnostic } from '../../src/engine/types';
import {
  missedContextTargets,
  questionsOverlap,
  quotedQuestion,
  scorePair,
  summarizeContext,
  validateContextCorpus,
  type ContextPair,
} from '../../scripts/quality/context';
import { formatContextResult, runContextQuality } from '../../scripts/quality/context-run';

const FIXTURE = 'tests/quality/context-fixture';

function finding(ruleId: string, message = 'x', actual?: string): Diagnostic {
  return { ruleId, category: ruleId.split('/')[0] as Category, severity: 'warning', range: [0, 0], message, suggestions: [], ...(actual ? { actual } : {}) };
}

const pair = (over: Partial<ContextPair['expect']> & { questions?: number } = {}): ContextPair => ({
  id: 'p',
  customer: { text: 'Where is my lamp? Can I change the address?' },
  reply: 'Hi,\n\nIt ships today.',
  attachments: 0,
  questions: over.questions ?? 2,
  expect: { unanswered: [], frustrationUnacknowledged: false, greetingName: null, missingAttachment: false, ...over },
});

describe('quotedQuestion and questionsOverlap', () => {
  it('reads the question out of any language\'s message and matches it loosely', () => {
    expect(quotedQuestion('Nav atbildēts: "Vai varu mainīt adresi?"')).toBe('Vai varu mainīt adresi?');
    expect(questionsOverlap('Also, can I change the address?', 'can I change the address?')).toBe(true);
    expect(questionsOverlap('Can I change the\naddress?', 'Can I change the address')).toBe(true);
    expect(questionsOverlap('Where is my lamp?', 'Can I change the address?')).toBe(false);
  });
});

describe('scorePair and summarizeContext', () => {
  it('counts matched, missed and extra unanswered questions', () => {
    const s = scorePair(pair({ unanswered: ['Can I change the address?'] }), [
      finding('structure/unanswered-question', 'Not answered: "Can I change the address?"'),
      finding('structure/unanswered-question', 'Not answered: "Where is my lamp?"'),
    ]);
    expect(s.unanswered.matched).toBe(1);
    expect(s.unanswered.falseFindings).toEqual(['Where is my lamp?']);
    expect(s.unanswered.missed).toEqual([]);
  });

  it('scores the yes/no checks, the greeting name on its word, and the headline false-unanswered rate', () => {
    const scores = [
      // All answered, yet flagged: the headline counts it.
      scorePair(pair(), [finding('structure/unanswered-question', 'Not answered: "Where is my lamp?"')]),
      // All answered, not flagged.
      scorePair(pair(), []),
      // Nothing asked: not in the headline's denominator.
      scorePair(pair({ questions: 0 }), [finding('tone/unacknowledged-frustration')]),
      // Expected findings: frustration found, the greeting flagged on the wrong word, the attachment missed.
      scorePair(pair({ frustrationUnacknowledged: true, greetingName: { wrong: 'Jon', right: 'John' }, missingAttachment: true, unanswered: ['Can I change the address?'] }), [
        finding('tone/unacknowledged-frustration'),
        finding('structure/greeting-name', 'x', 'Smith'),
      ]),
    ];
    const s = summarizeContext(scores);
    expect(s.falseUnanswered).toEqual({ pairs: 1, of: 2, rate: 0.5 });
    expect(s.checks.unanswered).toMatchObject({ expected: 1, found: 0, recall: 0, falseFindings: 1 });
    expect(s.checks.frustration).toMatchObject({ expected: 1, found: 1, recall: 1, falseFindings: 1, pairsNotExpecting: 3 });
    expect(s.checks.greetingName).toMatchObject({ expected: 1, found: 0, recall: 0, falseFindings: 1 });
    expect(s.checks.missingAttachment).toMatchObject({ expected: 1, found: 0, recall: 0, falseFindings: 0 });
    const missed = missedContextTargets(s);
    expect(missed.some((m) => m.includes('structure/unanswered-question recall 0 %'))).toBe(true);
    expect(missed.some((m) => m.includes('false "unanswered" on 50 %'))).toBe(true);
    expect(missed.some((m) => m.includes('tone/unacknowledged-frustration'))).toBe(false);
  });
});

describe('validateContextCorpus', () => {
  it('lists every problem with its pair', () => {
    const problems = validateContextCorpus(
      { language: 'en', pairs: [{ id: 'a', customer: { text: 'Hi?' }, reply: 'x', attachments: -1, questions: 1, expect: { unanswered: ['Not in the text?'], frustrationUnacknowledged: 'no', greetingName: { wrong: 'Jon' }, missingAttachment: false } }, { id: 'a' }] },
      'en',
    );
    expect(problems).toEqual([
      'pair "a": "attachments" is not a whole number',
      'pair "a": unanswered question not in customer.text: "Not in the text?"',
      'pair "a": "expect.frustrationUnacknowledged" is not true or false',
      'pair "a": "expect.greetingName" is neither null nor { wrong, right }',
      'pair "a": "id" is used twice',
      'pair "a": "customer.text" is not a string',
      'pair "a": "reply" is not a string',
      'pair "a": "attachments" is not a whole number',
      'pair "a": "questions" is not a whole number',
      'pair "a": "expect" is not an object',
    ]);
    expect(validateContextCorpus({ language: 'lv', pairs: [] }, 'en')).toEqual(['"language" is "lv", not "en"']);
  });
});

describe('runContextQuality on a fixture', () => {
  it('scores the languages with a file and names those without', async () => {
    const result = await runContextQuality(FIXTURE);
    expect(result.runs.map((r) => r.language)).toEqual(['en']);
    expect(result.skipped).toEqual(['lv', 'sl', 'hr', 'fi']);
    const s = result.runs[0]!.summary;
    expect(s.pairs).toBe(3);
    // The fixture's planted cases are plain ones every check should catch.
    expect(s.checks.unanswered).toMatchObject({ expected: 1, found: 1, falseFindings: 0 });
    expect(s.checks.frustration).toMatchObject({ expected: 1, found: 1, falseFindings: 0 });
    expect(s.checks.greetingName).toMatchObject({ expected: 1, found: 1, falseFindings: 0 });
    expect(s.checks.missingAttachment).toMatchObject({ expected: 1, found: 1, falseFindings: 0 });
    expect(s.falseUnanswered).toEqual({ pairs: 0, of: 1, rate: 0 });
    const text = formatContextResult(result, true);
    expect(text).toContain('| structure/unanswered-question');
    expect(text).toContain('No corpus file for lv, sl, hr, fi');
  });

  it('says so when there is no corpus at all', async () => {
    const result = await runContextQuality('tests/quality/no-such-folder');
    expect(result.runs).toEqual([]);
    expect(formatContextResult(result)).toContain('not measured');
  });
});
