import { describe, expect, it } from 'vitest';
import type { Category, Diagnostic, Range, Severity } from '../../src/engine/types';
import {
  lineColumn,
  locate,
  missedTargets,
  scoreReply,
  summarize,
  validateLabels,
  type ReplyLabels,
} from '../../scripts/quality/score';

function finding(ruleId: string, range: Range, severity: Severity = 'warning'): Diagnostic {
  return { ruleId, category: ruleId.split('/')[0] as Category, severity, range, message: 'x', suggestions: [] };
}

const at = (text: string, part: string, from = 0): Range => {
  const i = text.indexOf(part, from);
  if (i < 0) throw new Error(`no "${part}"`);
  return [i, i + part.length];
};

describe('locate', () => {
  const text = 'Thanks! Thanks again, thanks.';
  it('finds the asked-for occurrence, case-sensitively', () => {
    expect(locate(text, { category: 'tone', text: 'Thanks' })).toEqual([0, 6]);
    expect(locate(text, { category: 'tone', text: 'Thanks', occurrence: 2 })).toEqual([8, 14]);
    expect(locate(text, { category: 'tone', text: 'Thanks', occurrence: 3 })).toBeNull();
    expect(locate(text, { category: 'tone', text: 'thanks' })).toEqual([22, 28]);
  });
  it('counts overlapping occurrences', () => {
    expect(locate('!!!!', { category: 'tone', text: '!!!', occurrence: 2 })).toEqual([1, 4]);
  });
});

describe('scoreReply and summarize on a handmade corpus', () => {
  const dirtyText = 'Hello,\nYou could of told us. We recieve mail.\nRegards, Ann\n';
  const dirty: ReplyLabels = {
    file: 'a.txt',
    clean: false,
    planted: [
      { category: 'grammar', text: 'could of' },
      { category: 'spelling', text: 'recieve' },
      { category: 'structure', document: true, rule: 'structure/satisfaction-check' },
      { category: 'politeness', document: true },
    ],
  };
  const dirtyFindings = [
    // Overlaps "could of" by one character: found.
    finding('grammar/could-of', [at(dirtyText, 'of')[0], at(dirtyText, 'of')[1]]),
    // Right place, wrong category: does not find "recieve", but is not counted as false either.
    finding('style/odd', at(dirtyText, 'recieve'), 'info'),
    // Right rule, document-level: found.
    finding('structure/satisfaction-check', [0, 0]),
    // Another structure rule, matching no label: unexpected.
    finding('structure/missing-greeting', [0, 0]),
    // A politeness finding anywhere finds the category-only document label.
    finding('politeness/curt', at(dirtyText, 'Hello')),
    // Touches no label: unexpected.
    finding('tone/blame', at(dirtyText, 'told us')),
    finding('style/wordy', at(dirtyText, 'mail'), 'info'),
  ];
  const cleanText = 'Hi Bo,\nAll done. Anything else?\nBest, Ann\n';
  const clean: ReplyLabels = { file: 'b.txt', clean: true, planted: [] };
  const cleanFindings = [
    finding('spelling/unknown-word', at(cleanText, 'Bo'), 'error'),
    finding('style/passive', at(cleanText, 'done'), 'info'),
    finding('style/hedge', at(cleanText, 'All'), 'info'),
  ];

  const a = scoreReply(dirty, dirtyText, dirtyFindings);
  const b = scoreReply(clean, cleanText, cleanFindings);

  it('marks each label found or missed', () => {
    expect(a.labels.map((r) => r.foundBy.map((d) => d.ruleId))).toEqual([
      ['grammar/could-of'],
      [],
      ['structure/satisfaction-check'],
      ['politeness/curt'],
    ]);
    expect(a.labels[1]!.range).toEqual(at(dirtyText, 'recieve'));
  });

  it('counts as false only the findings that touch no label, and every finding on a clean reply', () => {
    expect(a.falseFindings.map((d) => d.ruleId)).toEqual(['structure/missing-greeting', 'tone/blame', 'style/wordy']);
    expect(b.falseFindings).toHaveLength(3);
  });

  it('adds up per category and per reply', () => {
    const s = summarize([a, b]);
    expect(s).toMatchObject({ replies: 2, clean: 1, dirty: 1, planted: 4, found: 3 });
    expect(s.categories.grammar).toMatchObject({ planted: 1, found: 1, recall: 1 });
    expect(s.categories.spelling).toMatchObject({
      planted: 1,
      found: 0,
      recall: 0,
      falseOnClean: { warningOrError: 1, info: 0 },
    });
    expect(s.categories.style).toMatchObject({
      planted: 0,
      recall: null,
      falseOnClean: { warningOrError: 0, info: 2 },
      unexpectedInDirty: { warningOrError: 0, info: 1 },
    });
    expect(s.categories.tone.unexpectedInDirty).toEqual({ warningOrError: 1, info: 0 });
    expect(s.falseOnClean).toEqual({ warningOrError: 1, info: 2, warningOrErrorPerReply: 1, infoPerReply: 2 });
    expect(s.unexpectedInDirty).toEqual({ warningOrError: 2, info: 1, warningOrErrorPerReply: 2 });
    expect(missedTargets(s)).toEqual([
      'spelling recall 0 % is below 90 %',
      '1.00 warning-or-error findings per clean reply is above 0.1',
    ]);
  });

  it('notes a label found only by info-level findings', () => {
    const infoOnly = scoreReply(dirty, dirtyText, [finding('grammar/could-of', at(dirtyText, 'could of'), 'info')]);
    expect(summarize([infoOnly]).categories.grammar).toMatchObject({ found: 1, foundOnlyAsInfo: 1 });
  });

  it('meets the targets when everything is found and clean replies stay quiet enough', () => {
    const quietClean = Array.from({ length: 10 }, (_, i) =>
      scoreReply({ ...clean, file: `c${i}.txt` }, cleanText, i === 0 ? [cleanFindings[0]!] : [cleanFindings[1]!]),
    );
    const all = scoreReply(dirty, dirtyText, [
      ...dirtyFindings,
      finding('spelling/unknown-word', at(dirtyText, 'recieve'), 'error'),
    ]);
    expect(missedTargets(summarize([all, ...quietClean]))).toEqual([]);
  });

  it('refuses a label whose text is not in the reply', () => {
    expect(() => scoreReply({ ...dirty, planted: [{ category: 'grammar', text: 'should of' }] }, dirtyText, [])).toThrow(
      /should of/,
    );
  });
});

describe('validateLabels', () => {
  it('accepts well-formed labels', () => {
    expect(
      validateLabels([
        { file: 'a.txt', clean: true, note: 'British', planted: [] },
        {
          file: 'b.txt',
          clean: false,
          planted: [
            { category: 'grammar', text: 'could of', occurrence: 2 },
            { category: 'structure', document: true, rule: 'structure/missing-greeting' },
            { category: 'politeness', document: true },
          ],
        },
      ]),
    ).toEqual([]);
  });

  it('reports every problem', () => {
    expect(
      validateLabels([
        { file: 'a.txt', clean: true, planted: [{ category: 'tone', text: 'obviously' }] },
        { file: 'a.txt', clean: false, planted: [] },
        {
          file: 'c.txt',
          clean: false,
          extra: 1,
          planted: [
            { category: 'wording', text: 'x' },
            { category: 'grammar', text: '', occurrence: 0 },
            { category: 'structure', document: true, rule: 'tone/blame' },
            { category: 'structure', document: true, text: 'Hi' },
          ],
        },
        { file: 'd.md', clean: 'yes' },
      ]),
    ).toEqual([
      'a.txt: a clean reply has nothing planted',
      'a.txt: listed twice',
      'a.txt: a reply that is not clean needs a planted problem',
      'c.txt: unknown field "extra"',
      'c.txt planted[0]: "category" must be one of spelling, grammar, style, tone, politeness, structure, privacy',
      'c.txt planted[1]: "text" must be non-empty',
      'c.txt planted[1]: "occurrence" must be a whole number from 1',
      'c.txt planted[2]: "rule" is not in category "structure"',
      'c.txt planted[3]: a document label has no "text" or "occurrence"',
      'c.txt planted[3]: unknown field "text"',
      '[3]: "file" must name a .txt file',
      'd.md: "clean" must be true or false',
      'd.md: "planted" must be an array',
    ]);
    expect(validateLabels({})).toEqual(['the labels file must be a JSON array of replies']);
  });
});

it('lineColumn counts from 1', () => {
  expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
  expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
});
