// The labelled corpus is the yardstick of `npm run quality`: these tests keep its labels honest, so that a figure
// it prints measures the rules and not a typo in labels.json.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category, type Language, type Range } from '../../src/engine/types';
import { corpusLanguages, loadCorpus, type Corpus } from '../../scripts/quality/corpus';
import { isDocumentLabel, locate, type SpanLabel } from '../../scripts/quality/score';
import { validateContextCorpus } from '../../scripts/quality/context';
import { validateDetectionSet } from '../../scripts/quality/detection';

const ROOT = fileURLToPath(new URL('../corpus', import.meta.url));
const PLANNED_STRUCTURE_RULES = ['structure/missing-greeting', 'structure/missing-closing', 'structure/satisfaction-check'];

/**
 * The line that starts the customer's earlier message, in each language's Gmail ("On … wrote:", "… rakstīja:",
 * "… je oseba … napisala:", "… napisao je:", "… kirjoitti:") and Outlook ("From:", "No:", "Od:", "Šalje:",
 * "Lähettäjä:") forms, as the corpus writes them.
 */
const QUOTE_HEADERS: Record<Language, RegExp[]> = {
  en: [/^On .+wrote:\s*$/, /^From: .+/],
  lv: [/^.+ rakstīja:\s*$/, /^No: .+/],
  sl: [/^V .+ napisala?:\s*$/, /^Od: .+/],
  hr: [/^.+ (?:napisao je|je napisala?):\s*$/, /^Šalje: .+/],
  fi: [/^.+ kirjoitti:\s*$/, /^Lähettäjä: .+/],
};

/**
 * Where the customer's words are in a corpus reply: "> " lines, and everything from a quote header on. A planted
 * problem there would be one the engine must ignore, so no label may point into it.
 */
function quotedRanges(text: string, language: Language): Range[] {
  const out: Range[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const end = at + line.length;
    if (QUOTE_HEADERS[language].some((h) => h.test(line))) {
      out.push([at, text.length]);
      break;
    }
    if (line.startsWith('>')) out.push([at, end]);
    at = end + 1;
  }
  return out;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function ibanValid(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const n = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of n) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

it('luhnValid and ibanValid tell real numbers from near misses', () => {
  expect(luhnValid('4111111111111111')).toBe(true);
  expect(luhnValid('4111111111111112')).toBe(false);
  expect(ibanValid('GB82WEST12345698765432')).toBe(true);
  expect(ibanValid('GB82WEST12345698765423')).toBe(false);
});

const COUNTRY: Record<Language, string> = { en: '', lv: 'LV', sl: 'SI', hr: 'HR', fi: 'FI' };

function inQuote(corpus: Corpus, file: string, part: string): boolean {
  const text = corpus.replies.find((r) => r.labels.file === file)!.text;
  const at = text.indexOf(part);
  expect(at, `"${part}" in ${file}`).toBeGreaterThanOrEqual(0);
  return quotedRanges(text, corpus.language).some(([s, e]) => s <= at && at < e);
}

/** Checks every language's corpus shares: the labels point at the rep's own words, and the planted data is real. */
function commonChecks(corpus: Corpus) {
  const replies = corpus.replies;
  const labels = replies.flatMap((r) => r.labels.planted);

  it('plants one to three problems in each reply that is not clean', () => {
    for (const r of replies.filter((x) => !x.labels.clean)) {
      expect(r.labels.planted.length, r.labels.file).toBeGreaterThanOrEqual(1);
      expect(r.labels.planted.length, r.labels.file).toBeLessThanOrEqual(3);
    }
  });

  it('uses only the planned structure rule ids', () => {
    for (const l of labels.filter((x) => x.category === 'structure')) {
      expect(isDocumentLabel(l) && l.rule && PLANNED_STRUCTURE_RULES.includes(l.rule), JSON.stringify(l)).toBeTruthy();
    }
  });

  it('plants card numbers that pass the Luhn check and IBANs that pass mod-97, so a rule must not need fakes', () => {
    const spans = labels.filter((l): l is SpanLabel => l.category === 'privacy' && !isDocumentLabel(l));
    const checked = { cards: 0, ibans: 0 };
    for (const { text } of spans) {
      const compact = text.replace(/[\s-]/g, '');
      if (/^\d{13,19}$/.test(compact)) {
        checked.cards++;
        expect(luhnValid(compact), text).toBe(true);
      }
      if (/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) {
        checked.ibans++;
        expect(ibanValid(compact), text).toBe(true);
        if (COUNTRY[corpus.language]) expect(compact.slice(0, 2), text).toBe(COUNTRY[corpus.language]);
      }
    }
    expect(checked.cards).toBeGreaterThanOrEqual(1);
    expect(checked.ibans).toBeGreaterThanOrEqual(1);
  });

  for (const r of replies.filter((x) => !x.labels.clean)) {
    it(`${r.labels.file}: every span label is in the rep's own words, once, and apart from the others`, () => {
      const quoted = quotedRanges(r.text, corpus.language);
      const spans = r.labels.planted.filter((l): l is SpanLabel => !isDocumentLabel(l));
      const ranges = spans.map((l) => {
        const range = locate(r.text, l);
        expect(range, `"${l.text}" occurs ${l.occurrence ?? 1} time(s)`).not.toBeNull();
        return range!;
      });
      ranges.forEach((range, i) => {
        const label = spans[i]!;
        expect(
          quoted.some((q) => range[0] < q[1] && q[0] < range[1]),
          `"${label.text}" points into the quoted customer message`,
        ).toBe(false);
        for (let j = i + 1; j < ranges.length; j++) {
          const other = ranges[j]!;
          expect(range[0] < other[1] && other[0] < range[1], `"${label.text}" overlaps "${spans[j]!.text}"`).toBe(false);
        }
      });
    });
  }
}

describe('the English corpus', async () => {
  const corpus = await loadCorpus(ROOT, 'en');
  const replies = corpus.replies;
  const labels = replies.flatMap((r) => r.labels.planted);

  it('is large enough to measure with', () => {
    expect(replies.length).toBeGreaterThanOrEqual(70);
    expect(replies.filter((r) => r.labels.clean).length).toBeGreaterThanOrEqual(25);
    for (const category of CATEGORIES) {
      expect(labels.filter((l) => l.category === category).length, category).toBeGreaterThanOrEqual(12);
    }
  });

  it('tells the quoted customer messages apart from the reply', () => {
    expect(inQuote(corpus, '001-order-shipped.txt', 'recieved')).toBe(true);
    expect(inQuote(corpus, '002-refund-issued-uk.txt', 'MUSTARD')).toBe(true);
    expect(inQuote(corpus, '088-size-exchange-uk.txt', 'only lets me do a refund??')).toBe(true);
    expect(inQuote(corpus, '088-size-exchange-uk.txt', "You're right")).toBe(false);
  });

  commonChecks(corpus);
});

/**
 * The categories issue 5 asks every working language to measure. Grammar and style are measured in English only
 * for now: their rules for the other languages are few and length-based.
 */
const MEASURED: Category[] = ['spelling', 'tone', 'politeness', 'structure', 'privacy'];

/** A customer's message that holds something the engine must ignore, one per language, and a line of the reply. */
const QUOTE_SAMPLES: Record<Exclude<Language, 'en'>, { quoted: [string, string][]; own: [string, string] }> = {
  lv: {
    quoted: [['002-dubults-rekins.txt', '5594 8321 0743 6633'], ['001-viesabonesana-italija.txt', 'jamaksā'], ['009-e-rekins.txt', 'sutīt']],
    own: ['009-e-rekins.txt', 'Jā, protams.'],
  },
  sl: {
    quoted: [['001-blokirana-kartica.txt', '5346 6592 3066 1436'], ['002-nakazilo-v-tujino.txt', 'ŽE ŠTIRI DNI ČAKAM!!!']],
    own: ['005-izpiski.txt', 'Seveda, če jo dodate'],
  },
  hr: {
    quoted: [['002-povrat-novca.txt', '5155 7558 9960 4350'], ['001-narudzba-poslana.txt', 'narucila'], ['005-osteceni-paket.txt', 'hocu li']],
    own: ['005-osteceni-paket.txt', 'Ne, oštećenu vitrinu'],
  },
  fi: {
    quoted: [['002-matkatavarat.txt', '4842 0570 0098 7275'], ['010-tietojen-vienti.txt', 'talteen???']],
    own: ['005-laskupohja.txt', 'Voi. Lisää logo'],
  },
};

describe('the corpora of the other working languages', async () => {
  const languages = (await corpusLanguages(ROOT)).filter((l) => l !== 'en');

  it('exist for Latvian, Slovenian, Croatian and Finnish', () => {
    expect(languages).toEqual(['lv', 'sl', 'hr', 'fi']);
  });

  for (const language of languages) {
    describe(language, async () => {
      const corpus = await loadCorpus(ROOT, language);
      const replies = corpus.replies;
      const labels = replies.flatMap((r) => r.labels.planted);

      it('is large enough to measure with: 15+ replies, clean ones among them, and problems of every measured kind', () => {
        expect(replies.length).toBeGreaterThanOrEqual(15);
        // Ten clean replies: with fewer, a single false warning already breaks "one per ten clean replies".
        expect(replies.filter((r) => r.labels.clean).length).toBeGreaterThanOrEqual(10);
        for (const category of MEASURED) {
          expect(labels.filter((l) => l.category === category).length, category).toBeGreaterThanOrEqual(4);
        }
        for (const rule of PLANNED_STRUCTURE_RULES) {
          expect(labels.some((l) => isDocumentLabel(l) && l.rule === rule), rule).toBe(true);
        }
      });

      it('has replies with a customer message quoted below, in the local Gmail and Outlook forms', () => {
        const quoting = replies.filter((r) => quotedRanges(r.text, language).some(([s, e]) => e - s > 0 && s > 0));
        expect(quoting.length).toBeGreaterThanOrEqual(5);
        const outlook = QUOTE_HEADERS[language][1]!;
        expect(replies.some((r) => r.text.split('\n').some((line) => outlook.test(line)))).toBe(true);
      });

      it('tells the quoted customer messages apart from the reply', () => {
        const samples = QUOTE_SAMPLES[language as Exclude<Language, 'en'>];
        for (const [file, part] of samples.quoted) expect(inQuote(corpus, file, part), `${file}: ${part}`).toBe(true);
        expect(inQuote(corpus, ...samples.own)).toBe(false);
      });

      commonChecks(corpus);
    });
  }
});

/**
 * The corpora written by others (`npm run quality:fresh`, `quality:holdout`, `quality:blind`): each was held out when
 * written, and the blind one still is, but a label that is malformed, not found, or overlapping another would make
 * their figures wrong either way.
 */
describe('the corpora written as held-out sets', () => {
  for (const folder of ['corpus-fresh', 'corpus-holdout', 'corpus-blind', 'corpus-blind-2', 'corpus-blind-3']) {
    describe(folder, async () => {
      const root = fileURLToPath(new URL(`../${folder}`, import.meta.url));
      const languages = await corpusLanguages(root);

      it('cover all five languages', () => {
        expect([...languages].sort()).toEqual(['en', 'fi', 'hr', 'lv', 'sl']);
      });

      for (const language of languages) {
        it(`${language}: has clean and planted replies, and every span label is found once and apart from the others`, async () => {
          const corpus = await loadCorpus(root, language);
          expect(corpus.replies.length).toBeGreaterThanOrEqual(15);
          expect(corpus.replies.filter((r) => r.labels.clean).length).toBeGreaterThanOrEqual(8);
          for (const r of corpus.replies) {
            const spans = r.labels.planted.filter((l): l is SpanLabel => !isDocumentLabel(l));
            const ranges = spans.map((l) => {
              const range = locate(r.text, l);
              expect(range, `${r.labels.file}: "${l.text}" occurs ${l.occurrence ?? 1} time(s)`).not.toBeNull();
              return range!;
            });
            ranges.forEach((range, i) => {
              for (let j = i + 1; j < ranges.length; j++) {
                const other = ranges[j]!;
                expect(range[0] < other[1] && other[0] < range[1], `${r.labels.file}: "${spans[i]!.text}" overlaps "${spans[j]!.text}"`).toBe(false);
              }
            });
          }
        });

        it(`${language}: its context pairs are well-formed`, async () => {
          const data: unknown = JSON.parse(await readFile(`${root}/context/${language}.json`, 'utf8'));
          expect(validateContextCorpus(data, language)).toEqual([]);
          expect((data as { pairs: unknown[] }).pairs.length).toBeGreaterThanOrEqual(30);
        });
      }

      if (folder.startsWith('corpus-blind')) it('has a well-formed language-detection set', async () => {
        const data: unknown = JSON.parse(await readFile(`${root}/detect/paragraphs.json`, 'utf8'));
        expect(validateDetectionSet(data)).toEqual([]);
      });
    });
  }
});
