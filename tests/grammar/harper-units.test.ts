// The sentences Harper is asked about one at a time (src/engine/grammar/harper/units.ts): where a paragraph is cut and
// where it is not, and — through Harper's real wasm — that the findings of a paragraph are exactly those of its pieces,
// each linted alone, on every English text in the development corpora and on paragraphs written to sit on the cuts.
// Then the provider: an edit re-lints only the sentence it touched and reports what a fresh check reports.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dialect, LocalLinter, type LintConfig } from 'harper.js';
import { buildContext } from '../../src/engine/context';
import { harperUnits } from '../../src/engine/grammar/harper/units';
import { createNodeHarper, nodeHarperBinary } from '../../src/engine/grammar/harper/node-binary';
import { HARPER_RULE_NAMES, HARPER_OFF_IN_EMAIL, HARPER_RULES, HARPER_SPELLING_RULE } from '../../src/engine/grammar/harper/rules';

const pieces = (p: string) => harperUnits(p).map(([s, e]) => p.slice(s, e));

describe('harperUnits: where a paragraph is cut', () => {
  it('cuts after a sentence end followed by a capital letter, keeping the space with the sentence before', () => {
    expect(pieces('We have refunded you. It takes three days.')).toEqual(['We have refunded you. ', 'It takes three days.']);
    expect(pieces('Is it working now? Please let me know!  Thanks again.')).toEqual([
      'Is it working now? ',
      'Please let me know!  ',
      'Thanks again.',
    ]);
    expect(pieces('She wrote "Done." Then she closed it.')).toEqual(['She wrote "Done." ', 'Then she closed it.']);
    expect(pieces('Your parcel (the blue one.) Arrived today.')).toEqual(['Your parcel (the blue one.) ', 'Arrived today.']);
    expect(pieces('Really?! Yes, really.\nThe team agrees.')).toEqual(['Really?! ', 'Yes, really.\n', 'The team agrees.']);
    expect(pieces('Thanks. "Great," he said.')).toEqual(['Thanks. ', '"Great," he said.']);
  });

  it('does not cut after abbreviations, initials, numbers, dotted words, ellipses or before a small letter', () => {
    const whole = [
      'Please call Mr. Smith tomorrow.',
      'Meet us at 10 a.m. Tomorrow works as well.',
      'Send it to J. Doe at the office.',
      'Some items, e.g. Cables, ship later.',
      'Your ticket is No. 5 in the queue.',
      'Update to v2. Then restart the app.',
      'Step 1. Open the app and sign in.',
      'Wait... Then try again.',
      'We shipped it. the tracking number follows.',
      'Open example.com. Then sign in.',
      'Use the app.Then restart it.',
      'It costs 3.50 in total.',
    ];
    for (const p of whole) expect(pieces(p), p).toEqual([p]);
  });

  it('covers the paragraph exactly, in order', () => {
    const p = 'First one. Second one? Third one! Fourth, with Dr. Who. Fifth.';
    const us = harperUnits(p);
    expect(us[0]![0]).toBe(0);
    expect(us.at(-1)![1]).toBe(p.length);
    for (let i = 1; i < us.length; i++) expect(us[i]![0]).toBe(us[i - 1]![1]);
  });
});

/** Every English text of the development corpora (never the blind set), the grammar sentences four to a paragraph. */
function englishTexts(): string[] {
  const texts: string[] = [];
  for (const c of ['corpus', 'corpus-fresh', 'corpus-holdout']) {
    const dir = `tests/${c}/en`;
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) texts.push(readFileSync(`${dir}/${f}`, 'utf8'));
    const pairs = `tests/${c}/context/en.json`;
    if (existsSync(pairs)) {
      for (const p of JSON.parse(readFileSync(pairs, 'utf8')).pairs as { reply: string; customer: { text: string } }[]) {
        texts.push(p.reply, p.customer.text);
      }
    }
  }
  const sentences = (JSON.parse(readFileSync('tests/corpus/grammar/en.json', 'utf8')).sentences as { text: string }[]).map((s) => s.text);
  for (let i = 0; i < sentences.length; i += 4) texts.push(sentences.slice(i, i + 4).join(' '));
  texts.push(readFileSync('tests/bench/reply-250.txt', 'utf8'));
  return texts;
}

/** Written to sit on the cuts: repeats, capitals, slips and abbreviations either side of a sentence end. */
const ON_THE_CUT = [
  'I will send it. It will arrive tomorrow. Tomorrow it will be there.',
  'Thanks. Thanks. Thanks for waiting.',
  'We will refund you. We will refund you. We will refund you.',
  'We fixed it. we will let you know. Its a known issue. Its fine now.',
  'Wait... What happened to the order? Nothing. Nothing at all!',
  'Hello!! How are you? Really?! Yes, really. Great!',
  'She said "Done." Then she left. "Okay." He replied.',
  'The call is at 10 a.m. In the morning we will call. See you at 5 p.m. Tomorrow works too.',
  'Your ticket is No. 5 in the queue. The U.S. Army office called. Mr. Smith will reply.',
  'I have forward your request. We was unable to help. There is many reasons. He go to the shop.',
  'Could you send it? Could of been lost. I could of sent it. Your welcome.',
  'An hour ago. A hour ago. An user asked. A apple.',
  'They\'re going. There going. Their going. Going there.',
  'Let me know. Let\'s me know. Lets go. Let us go.',
  'Thanks.  We will look into it.  Regards.',
  'The colour is red. Color matters. We apologise. We apologize.',
  'This is a sentence. This is another sentence. And this is a third one that goes on and on without stopping because the writer did not think about where to end it and kept adding more and more clauses to it until it became very long indeed.',
  'See https://example.com/a. Then click. Then https://example.com/b. Done.',
  'He said: \u201cThank you.\u201d She said: \u201cYou are welcome.\u201d',
  'A lot of people ask. Alot of people ask. A lot. Alot.',
];

describe('Harper finds in a paragraph exactly what it finds in its pieces', () => {
  async function organized(linter: LocalLinter, text: string, shift: number): Promise<string[]> {
    const groups = await linter.organizedLints(text, { language: 'plaintext' });
    const out: string[] = [];
    for (const [rule, lints] of Object.entries(groups)) {
      for (const l of lints) {
        const s = l.span();
        const fixes = l.suggestions().map((x) => `${x.kind()}:${x.get_replacement_text()}`);
        out.push(`${rule} ${s.start + shift}-${s.end + shift} ${l.message()} ${fixes.join('/')}`);
        l.free();
      }
    }
    return out.sort();
  }

  const paragraphs = new Set<string>();
  for (const t of [...englishTexts(), ...ON_THE_CUT]) {
    const ctx = buildContext({ text: t, language: 'en' });
    for (const p of ctx.paragraphs) paragraphs.add(t.slice(p.range[0], p.range[1]));
  }
  const cut = [...paragraphs].filter((p) => harperUnits(p).length > 1);

  // Our default rules in American English, on all of them; and every rule a profile may switch on (the formatting ones
  // too, but not BoringWords, which needs the thesaurus the slim wasm leaves out) in British English, on every other
  // one and all the cut cases (the suite shares two cores).
  const everyOther = [...cut.filter((_, i) => i % 2 === 0), ...ON_THE_CUT];
  const configs: [string, Dialect, (name: string) => boolean, string[]][] = [
    ['default rules, American', Dialect.American, (n) => HARPER_RULES.find((r) => r.name === n)!.onByDefault, cut],
    ['every rule, British', Dialect.British, (n) => n !== 'BoringWords', everyOther],
  ];
  for (const [name, dialect, on, cases] of configs) {
    it(`on ${cases.length} cut paragraphs of the corpora and the cut cases, ${name}`, async () => {
      expect(cut.length).toBeGreaterThan(300);
      expect(HARPER_OFF_IN_EMAIL.size).toBeGreaterThan(0);
      const linter = new LocalLinter({ binary: nodeHarperBinary(), dialect });
      await linter.setup();
      const config: LintConfig = { [HARPER_SPELLING_RULE]: false };
      for (const n of HARPER_RULE_NAMES) config[n] = on(n);
      await linter.setLintConfig(config);
      const differ: string[] = [];
      for (const p of cases) {
        const whole = await organized(linter, p, 0);
        const parts = (await Promise.all(harperUnits(p).map(([s, e]) => organized(linter, p.slice(s, e), s)))).flat().sort();
        if (JSON.stringify(whole) !== JSON.stringify(parts)) differ.push(p);
      }
      await linter.dispose();
      expect(differ).toEqual([]);
    }, 300_000);
  }
});

describe('HarperProvider: an edit re-lints only the sentence it touched', () => {
  const fresh = createNodeHarper();
  const used = createNodeHarper();
  beforeAll(async () => {
    await Promise.all([fresh.setup(), used.setup()]);
  }, 60_000);
  afterAll(async () => {
    await fresh.dispose();
    await used.dispose();
  });

  const draft = (middle: string) =>
    `Hi Jo,\n\nThe parcel left our warehouse today. ${middle} We will email you the tracking number.\n\nBest,\nTom`;
  const edits = [
    'It reaches the depot on Friday.',
    'He go to the depot on Friday.',
    'He go to the new depot on Friday.',
    'He goes to the new depot on Friday.',
    'It should of reached the depot on Friday.',
    'It has reached the depot on Friday.',
    'Its a known issue at the depot.',
  ];

  it('and reports what a fresh check of the same text reports', async () => {
    await used.check(draft(edits[0]!));
    for (const middle of edits.slice(1)) {
      const text = draft(middle);
      const before = used.linted;
      const found = await used.check(text);
      expect(used.linted - before, middle).toBe(1);
      await fresh.dispose();
      expect(found, middle).toEqual(await fresh.check(text));
    }
  }, 120_000);

  it('goes to Harper once for a paragraph it has not seen, whatever its sentences', async () => {
    const before = used.linted;
    await used.check('Hi Jo,\n\nWe was unable to help. He go to the shop. There is many reasons. Thanks for waiting.\n\nBest,\nTom');
    expect(used.linted - before).toBe(1);
  });
});
