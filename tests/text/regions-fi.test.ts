// Finnish replies: greeting, sign-off, signature and quoted thread as Finnish mail clients write them.
import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../src/engine/text/regions';
import { textPack } from '../../src/engine/lang/pack';
import { paragraphs, sentencesOf } from '../../src/engine/text/sentences';
import { tokenize } from '../../src/engine/text/tokens';

const fi = textPack('fi');
const part = (text: string, r: [number, number] | null) => (r ? text.slice(r[0], r[1]) : null);
const checkable = (text: string) => parseEmail(text, fi).checkable.map((r) => text.slice(r[0], r[1])).join('');

describe('parseEmail (fi)', () => {
  it.each([
    ['Hei Matti,', 'Ystävällisin terveisin'],
    ['Hyvä asiakkaamme,', 'Terveisin'],
    ['Hei!', 'Hyvää päivänjatkoa!'],
    ['Hyvää huomenta,', 'Parhain terveisin,'],
  ])('finds the greeting "%s" and the sign-off "%s"', (greeting, closing) => {
    const text = `${greeting}\n\nTilauksesi lähti tänään, ja se saapuu huomenna.\n\n${closing}\nLiisa Virtanen\nAsiakaspalvelu\n`;
    const e = parseEmail(text, fi);
    expect(part(text, e.greeting)).toBe(greeting);
    expect(part(text, e.closing)).toBe(closing);
    expect(part(text, e.signature)).toContain('Asiakaspalvelu');
    expect(checkable(text)).not.toContain('Asiakaspalvelu');
  });

  it("treats Gmail's Finnish attribution as the start of the quote, also when it wraps", () => {
    const one = 'Hei,\n\nTarkistamme asian.\n\nTerveisin\nLiisa\n\nke 8. tammik. 2025 klo 9.15 Matti Meikäläinen <matti@example.fi> kirjoitti:\n> Missä pakettini on?\n';
    const wrapped = 'Hei,\n\nTarkistamme asian.\n\nTerveisin\nLiisa\n\nke 8. tammik. 2025 klo 9.15 Matti Meikäläinen\n<matti@example.fi> kirjoitti:\n> Missä pakettini on?\n';
    for (const text of [one, wrapped]) {
      expect(checkable(text)).not.toContain('Meikäläinen');
      expect(checkable(text)).not.toContain('pakettini');
      expect(checkable(text)).toContain('Tarkistamme asian');
    }
  });

  it("treats Outlook's Finnish header block and Thunderbird's attribution as quoted", () => {
    const outlook = 'Hei,\n\nPaketti on matkalla.\n\nTerveisin\nLiisa\n\nLähettäjä: Matti Meikäläinen\nLähetetty: keskiviikko 8. tammikuuta 2025 9.15\nVastaanottaja: Asiakaspalvelu\nAihe: Paketti\n\nMissä pakettini on?\n';
    const bird = 'Hei,\n\nPaketti on matkalla.\n\nTerveisin\nLiisa\n\n8.1.2025 9.15, Matti Meikäläinen kirjoitti:\n> Missä pakettini on?\n';
    for (const text of [outlook, bird]) {
      expect(checkable(text)).not.toContain('Missä pakettini');
      expect(checkable(text)).toContain('Paketti on matkalla.');
    }
  });

  it('does not take "… kirjoitti:" in the body for a quote header', () => {
    const text = 'Hei,\n\nKollegani kirjoitti:\npaketti on jo matkalla.\n\nTerveisin\nLiisa\n';
    expect(checkable(text)).toContain('paketti on jo matkalla');
  });

  it('does not end a sentence after a Finnish abbreviation', () => {
    const text = 'Liitä viestiin tiedot, esim. tilausnumero. Soitamme klo 10 jälkeen.';
    const [p] = paragraphs(text, [[0, text.length]]);
    const s = sentencesOf(text, p!.range, fi, tokenize(text, p!.range));
    expect(s.map((x) => x.text)).toEqual(['Liitä viestiin tiedot, esim. tilausnumero.', 'Soitamme klo 10 jälkeen.']);
  });
});
