// Slovenian replies: greeting, sign-off, signature and quoted thread as Slovenian mail clients write them.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../src/engine/text/regions';
import { textPack } from '../../src/engine/lang/pack';
import { paragraphs, sentencesOf } from '../../src/engine/text/sentences';
import { tokenize } from '../../src/engine/text/tokens';

const sl = textPack('sl');
const part = (text: string, r: [number, number] | null) => (r ? text.slice(r[0], r[1]) : null);
const checkable = (text: string) => parseEmail(text, sl).checkable.map((r) => text.slice(r[0], r[1])).join('');

describe('parseEmail (sl)', () => {
  it.each([
    ['Pozdravljeni,', 'Lep pozdrav,'],
    ['Spoštovani g. Novak,', 'S spoštovanjem,'],
    ['Spoštovana ga. Kovač,', 'Lp,'],
    ['Dober dan,', 'Lepo pozdravljeni,'],
  ])('finds the greeting "%s" and the sign-off "%s"', (greeting, closing) => {
    const text = `${greeting}\n\nvaše naročilo smo danes poslali in prispelo bo jutri.\n\n${closing}\nMaja Horvat\nPodpora strankam\n`;
    const e = parseEmail(text, sl);
    expect(part(text, e.greeting)).toBe(greeting);
    expect(part(text, e.closing)).toBe(closing);
    expect(part(text, e.signature)).toContain('Podpora strankam');
    expect(checkable(text)).not.toContain('Podpora strankam');
  });

  it("treats Gmail's Slovenian attribution as the start of the quote, also when it wraps", () => {
    const one = 'Pozdravljeni,\n\npreverili bomo.\n\nLep pozdrav,\nMaja\n\nV tor., 4. feb. 2025 ob 10:04 je oseba Ana Novak <ana@example.si> napisala:\n> Kje je moj paket?\n';
    const wrapped = 'Pozdravljeni,\n\npreverili bomo.\n\nLep pozdrav,\nMaja\n\nV V tor., 4. feb. 2025 ob 10:04 je oseba Ana Novak\n<ana@example.si> napisala:\n> Kje je moj paket?\n';
    for (const text of [one, wrapped]) {
      expect(checkable(text)).not.toContain('oseba');
      expect(checkable(text)).not.toContain('paket');
      expect(checkable(text)).toContain('preverili bomo');
    }
  });

  it("treats Thunderbird's attribution and Outlook's Slovenian header block as quoted", () => {
    const bird = 'Pozdravljeni,\n\npaket je na poti.\n\nLep pozdrav,\nMaja\n\n4. 02. 2025 ob 10:04 je Ana Novak napisal(a):\n> Kje je moj paket?\n';
    const outlook = 'Pozdravljeni,\n\npaket je na poti.\n\nLep pozdrav,\nMaja\n\nOd: Ana Novak\nPoslano: torek, 4. februar 2025 10:04\nZa: Podpora\nZadeva: Paket\n\nKje je moj paket?\n';
    expect(checkable(bird)).not.toContain('Kje je moj');
    expect(checkable(outlook)).not.toContain('Kje je moj');
    expect(checkable(outlook)).toContain('paket je na poti.');
  });

  it('does not take "… je napisal:" in the body for a quote header', () => {
    const text = 'Pozdravljeni,\n\nsodelavec mi je napisal:\npaket je že na poti.\n\nLep pozdrav,\nMaja\n';
    expect(checkable(text)).toContain('paket je že na poti');
  });

  it('does not end a sentence after a Slovenian abbreviation', () => {
    const text = 'Podatke, npr. številko naročila, vpišite v obrazec. Ostalo uredimo mi.';
    const [p] = paragraphs(text, [[0, text.length]]);
    const s = sentencesOf(text, p!.range, sl, tokenize(text, p!.range));
    expect(s.map((x) => x.text)).toEqual(['Podatke, npr. številko naročila, vpišite v obrazec.', 'Ostalo uredimo mi.']);
  });
});
