// Latvian replies: greeting, sign-off, signature and quoted thread as Latvian mail clients write them.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../src/engine/text/regions';
import { textPack } from '../../src/engine/lang/pack';
import { paragraphs, sentencesOf } from '../../src/engine/text/sentences';
import { tokenize } from '../../src/engine/text/tokens';

const lv = textPack('lv');
const part = (text: string, r: [number, number] | null) => (r ? text.slice(r[0], r[1]) : null);
const checkable = (text: string) => parseEmail(text, lv).checkable.map((r) => text.slice(r[0], r[1])).join('');

describe('parseEmail (lv)', () => {
  it.each([
    ['Labdien, Anna!', 'Ar cieņu,'],
    ['Sveiki, Jāni!', 'Ar labiem vēlējumiem,'],
    ['Cienījamā Bērziņas kundze!', 'Paldies par sapratni!'],
    ['Labrīt!', 'Jauku dienu!'],
  ])('finds the greeting "%s" and the sign-off "%s"', (greeting, closing) => {
    const text = `${greeting}\n\nJūsu pasūtījums ir nosūtīts, un to piegādās rīt.\n\n${closing}\nMārtiņš Kalniņš\nKlientu atbalsts\n`;
    const e = parseEmail(text, lv);
    expect(part(text, e.greeting)).toBe(greeting);
    expect(part(text, e.closing)).toBe(closing);
    expect(part(text, e.signature)).toContain('Klientu atbalsts');
    expect(checkable(text)).not.toContain('Klientu atbalsts');
  });

  it("treats Gmail's Latvian attribution as the start of the quote, also when it wraps", () => {
    const one = 'Labdien!\n\nPaldies, pārbaudīsim.\n\nAr cieņu,\nMārtiņš\n\npirmd., 2025. g. 3. febr., plkst. 10:04 — lietotājs Anna Bērziņa (<anna@example.lv>) rakstīja:\n> Kur ir mana paka?\n';
    const wrapped = 'Labdien!\n\nPaldies, pārbaudīsim.\n\nAr cieņu,\nMārtiņš\n\npirmd., 2025. g. 3. febr., plkst. 10:04 — lietotājs Anna Bērziņa\n(<anna@example.lv>) rakstīja:\n> Kur ir mana paka?\n';
    for (const text of [one, wrapped]) {
      expect(checkable(text)).not.toContain('lietotājs');
      expect(checkable(text)).not.toContain('paka');
      expect(checkable(text)).toContain('pārbaudīsim');
    }
  });

  it('treats an English "On … wrote:" and an Outlook block in Latvian labels as quoted', () => {
    const gmail = 'Labdien!\n\nPaka ir ceļā.\n\nAr cieņu,\nMārtiņš\n\nOn Mon, 3 Feb 2025 at 10:04, Anna Berzina <anna@example.com> wrote:\n> Where is my parcel?\n';
    const outlook = 'Labdien!\n\nPaka ir ceļā.\n\nAr cieņu,\nMārtiņš\n\nNo: Anna Bērziņa\nNosūtīts: pirmdiena, 2025. gada 3. februāris 10:04\nKam: Atbalsts\nTēma: Paka\n\nKur ir mana paka?\n';
    expect(checkable(gmail)).not.toContain('parcel');
    expect(checkable(outlook)).not.toContain('Kur ir mana paka');
    expect(checkable(outlook)).toContain('Paka ir ceļā.');
  });

  it('treats an Outlook block in English labels without an address as quoted from its Sent line on', () => {
    const text = 'Labdien!\n\nPaka ir ceļā.\n\nAr cieņu,\nMārtiņš\n\nFrom: Anna Berzina\nSent: Monday, February 3, 2025 10:04 AM\nTo: Support\nSubject: Parcel\n\nWhere is my parcel?\n';
    expect(checkable(text)).not.toContain('Where is my parcel');
    expect(checkable(text)).toContain('Paka ir ceļā.');
    // A body line with that label but no date and time is no header.
    const body = 'Labdien!\n\nNosūtīts: 2 pakas, abas šodien.\nOtrā paka pienāks rīt.\n\nAr cieņu,\nMārtiņš\n';
    expect(checkable(body)).toContain('Otrā paka pienāks rīt.');
  });

  it('does not take "… rakstīja:" in the body for a quote header', () => {
    const text = 'Labdien!\n\nKolēģis man rakstīja:\nviss ir kārtībā, un paka ir ceļā.\n\nAr cieņu,\nMārtiņš\n';
    expect(checkable(text)).toContain('viss ir kārtībā');
  });

  it('does not end a sentence after a Latvian abbreviation', () => {
    const text = 'Sīkāka informācija, piem. cenas, ir pielikumā. Zvaniet plkst. 10.';
    const [p] = paragraphs(text, [[0, text.length]]);
    const s = sentencesOf(text, p!.range, lv, tokenize(text, p!.range));
    expect(s.map((x) => x.text)).toEqual(['Sīkāka informācija, piem. cenas, ir pielikumā.', 'Zvaniet plkst. 10.']);
  });
});
