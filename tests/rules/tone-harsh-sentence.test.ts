// The tone model judges a sentence by the kinds of words in it, the same model in every language. Sentences here
// were written for this test (none is in a corpus); the flagged ones turn on the customer in words no phrase list
// holds as such, and the clean ones are everyday support sentences full of "you", negations and "need to".
import { describe, expect, it } from 'vitest';
import rule from '../../src/engine/rules/tone/harsh-sentence';
import model from '../../src/engine/tone/model.json';
import { createEngine } from '../../src/engine/engine';
import { runRule, testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    "I have checked your order and it will arrive on Friday.",
    "You don't need to do anything else: the refund is on its way.",
    "Unfortunately we can't change the delivery date, but I can cancel the order for you.",
    'Please read the attached guide and let me know if anything is unclear.',
    'You should receive the new card within five working days.',
    { text: 'Jums nav jādara nekas vairāk, naudu atmaksāsim līdz piektdienai.', language: 'lv' },
    { text: 'Diemžēl piegādes datumu mainīt nevaram, bet varu atcelt pasūtījumu.', language: 'lv' },
    { text: 'Vam ni treba storiti ničesar več, denar bo vrnjen do petka.', language: 'sl' },
    { text: 'Žal datuma dostave ne moremo spremeniti, lahko pa naročilo prekličem.', language: 'sl' },
    { text: 'Ne morate ništa više poduzeti, novac će biti vraćen do petka.', language: 'hr' },
    { text: 'Nažalost ne možemo promijeniti datum dostave, ali mogu otkazati narudžbu.', language: 'hr' },
    { text: 'Teidän ei tarvitse tehdä mitään, rahat palautetaan perjantaihin mennessä.', language: 'fi' },
    { text: 'Valitettavasti toimituspäivää ei voi muuttaa, mutta voin perua tilauksen.', language: 'fi' },
  ],
  invalid: [
    {
      text: 'You clearly never read our terms!!',
      actual: 'You clearly never read our terms!!',
      // The card quotes the words it read.
      message: /may read as harsh to the customer: it .+ \(".+"\)\. Say what you will do/,
    },
    { text: 'There is honestly nothing more we can do, so please stop emailing us.', message: /may read as harsh/ },
    { text: 'Nopietni, tas nav nekas sarežģīts, poga ir augšā!', language: 'lv', message: /may read as harsh/ },
    { text: 'Mēs tur neko nevaram darīt, tā tas vienkārši ir.', language: 'lv', message: /may read as harsh/ },
    { text: 'Se ei yksinkertaisesti pidä paikkaansa, olette väärässä.', language: 'fi', message: /may read as harsh/ },
  ],
});

describe('tone/harsh-sentence in the engine', () => {
  it('gives way to a phrase rule that flags the same words, so the rep sees the specific card and its fix', () => {
    const text = 'Hi Ann,\n\nAs I already told you, you clearly never read our terms!!\n\nBest,\nTom';
    const alone = runRule(rule, text);
    expect(alone).toHaveLength(1);
    const { diagnostics } = createEngine({ language: 'en' }).check(text);
    const tone = diagnostics.filter((d) => d.category === 'tone' && d.range[0] < alone[0]!.range[1] && alone[0]!.range[0] < d.range[1]);
    expect(tone.length).toBeGreaterThan(0);
    expect(tone.map((d) => d.ruleId)).not.toContain('tone/harsh-sentence');
  });

  it('stands on its own where no phrase rule reads the sentence', () => {
    const text = 'Labdien!\n\nNopietni, tas nav nekas sarežģīts, poga ir augšā!\n\nAr cieņu,\nInga';
    const { diagnostics } = createEngine({ language: 'lv' }).check(text);
    expect(diagnostics.map((d) => d.ruleId)).toContain('tone/harsh-sentence');
  });

  it('ships a model trained by scripts/train-tone.ts with a threshold chosen on held-out sets', () => {
    expect(model.$comment).toMatch(/scripts\/train-tone\.ts/);
    expect(Object.keys(model.weights).length).toBeGreaterThan(20);
    expect(model.threshold).toBeGreaterThanOrEqual(0.5);
  });
});
