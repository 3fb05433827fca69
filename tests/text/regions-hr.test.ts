// Croatian replies: greeting, sign-off, signature and quoted thread as Croatian mail clients write them.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../src/engine/text/regions';
import { textPack } from '../../src/engine/lang/pack';
import { paragraphs, sentencesOf } from '../../src/engine/text/sentences';
import { tokenize } from '../../src/engine/text/tokens';

const hr = textPack('hr');
const part = (text: string, r: [number, number] | null) => (r ? text.slice(r[0], r[1]) : null);
const checkable = (text: string) => parseEmail(text, hr).checkable.map((r) => text.slice(r[0], r[1])).join('');

describe('parseEmail (hr)', () => {
  it.each([
    ['Poštovani,', 'Lijep pozdrav,'],
    ['Poštovana gospođo Horvat,', 'S poštovanjem,'],
    ['Dobar dan,', 'Srdačan pozdrav,'],
    ['Pozdrav Ivana,', 'Hvala na razumijevanju!'],
  ])('finds the greeting "%s" and the sign-off "%s"', (greeting, closing) => {
    const text = `${greeting}\n\nVaša narudžba je danas poslana i stići će sutra.\n\n${closing}\nMarko Babić\nKorisnička podrška\n`;
    const e = parseEmail(text, hr);
    expect(part(text, e.greeting)).toBe(greeting);
    expect(part(text, e.closing)).toBe(closing);
    expect(part(text, e.signature)).toContain('Korisnička podrška');
    expect(checkable(text)).not.toContain('Korisnička podrška');
  });

  it("treats Gmail's Croatian attribution as the start of the quote, also when it wraps", () => {
    const one = 'Poštovani,\n\nProvjerit ćemo.\n\nLijep pozdrav,\nMarko\n\npet, 7. velj 2025. u 10:04 Ana Horvat <ana@example.hr> napisao je:\n> Gdje je moj paket?\n';
    const wrapped = 'Poštovani,\n\nProvjerit ćemo.\n\nLijep pozdrav,\nMarko\n\npet, 7. velj 2025. u 10:04 Ana Horvat\n<ana@example.hr> napisao je:\n> Gdje je moj paket?\n';
    for (const text of [one, wrapped]) {
      expect(checkable(text)).not.toContain('Ana Horvat');
      expect(checkable(text)).not.toContain('paket');
      expect(checkable(text)).toContain('Provjerit ćemo');
    }
  });

  it("treats Outlook's Croatian header block and a \"je napisao/la:\" line as quoted", () => {
    const outlook = 'Poštovani,\n\nPaket je na putu.\n\nLijep pozdrav,\nMarko\n\nŠalje: Ana Horvat\nPoslano: petak, 7. veljače 2025. 10:04\nPrima: Podrška\nPredmet: Paket\n\nGdje je moj paket?\n';
    const bird = 'Poštovani,\n\nPaket je na putu.\n\nLijep pozdrav,\nMarko\n\n7.2.2025. u 10:04, Ana Horvat je napisao/la:\n> Gdje je moj paket?\n';
    const od = 'Poštovani,\n\nPaket je na putu.\n\nLijep pozdrav,\nMarko\n\nOd: Ana Horvat <ana@example.hr>\nDatum: 7. 2. 2025.\n\nGdje je moj paket?\n';
    for (const text of [outlook, bird, od]) {
      expect(checkable(text)).not.toContain('Gdje je moj paket');
      expect(checkable(text)).toContain('Paket je na putu.');
    }
  });

  it('treats an Outlook block in another client language as quoted from its Sent line on', () => {
    const text = 'Poštovani,\n\nPaket je na putu.\n\nLijep pozdrav,\nMarko\n\nOd: Ana Horvat\nPoslano: petak, 7. veljače 2025. 10:04\nZa: Podrška\nZadeva: Paket\n\nKje je moj paket?\n';
    expect(checkable(text)).not.toContain('Kje je moj paket');
    expect(checkable(text)).toContain('Paket je na putu.');
  });

  it('does not take "… je napisao:" in the body for a quote header', () => {
    const text = 'Poštovani,\n\nKolega mi je napisao:\nPaket je već na putu.\n\nLijep pozdrav,\nMarko\n';
    expect(checkable(text)).toContain('Paket je već na putu');
  });

  it('does not end a sentence after a Croatian abbreviation', () => {
    const text = 'Podatke, npr. broj narudžbe, upišite u obrazac. Ostalo ćemo riješiti mi.';
    const [p] = paragraphs(text, [[0, text.length]]);
    const s = sentencesOf(text, p!.range, hr, tokenize(text, p!.range));
    expect(s.map((x) => x.text)).toEqual(['Podatke, npr. broj narudžbe, upišite u obrazac.', 'Ostalo ćemo riješiti mi.']);
  });
});
