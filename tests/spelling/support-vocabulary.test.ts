// The everyday vocabulary of customer support (banking, telecoms, travel, health, insurance, utilities, retail,
// delivery, accounts, education, public services, legal and HR, housing, transport, leisure, pets), in base and
// inflected forms, must pass spelling/unknown-word in each language: a rep who is told a correct word is misspelled
// stops trusting the tool. The lists in ./support-vocabulary/ were written by domain, not taken from any corpus; the
// words they showed missing were added through scripts/dictionary-additions/ and src/engine/spelling/en/words.json.
// The other half: realistic misspellings of the same vocabulary (a mark left off, letters swapped, doubled or
// dropped) must stay flagged, so that the additions did not open holes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../src/engine/rules/spelling/unknown-word';
import type { Language } from '../../src/engine/types';
import { loadSpeller } from '../../src/cli/dictionaries';
import { runRule } from '../helpers/rule-tester';

const DIR = new URL('./support-vocabulary/', import.meta.url).pathname;

/** The list's words, comments dropped, each once. */
function vocabulary(language: Language): string[] {
  const text = readFileSync(`${DIR}${language}.txt`, 'utf8').replace(/#.*$/gmu, '');
  return [...new Set(text.split(/[\s,;]+/u).filter(Boolean))];
}

/** Words as plain prose: eight to a paragraph, no sentence punctuation. */
function asText(words: readonly string[]): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < words.length; i += 8) paragraphs.push(words.slice(i, i + 8).join(' '));
  return paragraphs.join('\n\n');
}

async function flagged(language: Language, words: readonly string[]): Promise<string[]> {
  const speller = await loadSpeller(language);
  return [...new Set(runRule(rule, asText(words), { language, speller }).map((f) => f.actual ?? ''))];
}

const MISSPELLINGS: Record<Language, string[]> = {
  en: [
    'recieve', 'refundd', 'cruciat', 'celiak', 'anaphylaxsis', 'biometirc', 'keycrad', 'barcdoe', 'dashcma',
    'telematcs', 'intergrations', 'pilatse', 'dieticain', 'cryptp', 'smishng', 'aesthetican', 'microbladng',
    'voicebt', 'reregistred', 'rebiled', 'apologiese', 'inconvienence',
  ],
  lv: [
    'pasutijums', 'sūtijums', 'rēķns', 'paldes', 'atvainojmies', 'pakalpojms', 'kleints', 'lietone', 'maksajums',
    'piegade', 'reklamacija', 'garnatija', 'kontrolvizite', 'internetveikls', 'videozvas', 'klubkatre', 'bezgluetna',
    'kriptovaluta', 'zibmaksajums', 'kurjerdinests', 'boilleris', 'domafons',
  ],
  sl: [
    'racun', 'narocilo', 'posiljka', 'zahvalujemo', 'opravicujemo', 'nevšečnsti', 'reklamacjo', 'pošilkjo', 'potdrilo',
    'dosatva', 'aplikacjia', 'uporabnisko', 'gelso', 'sotritev', 'vracilo', 'prejelli', 'infromacije', 'obvestillo',
    'elektarna', 'razsmenik', 'celijakija', 'sknirati', 'kontakirajte', 'fotovoltajika', 'manikira', 'parkomta',
    'kriptovalta', 'nutricionsit', 'brezkontatno', 'bojlr',
  ],
  hr: [
    'racun', 'narudzba', 'posiljka', 'zahvljujemo', 'ispricavamo', 'reklamcija', 'dostva', 'aplikacjia', 'lozinnka',
    'korisnicko', 'pretplta', 'usmjernk', 'osiguranej', 'celijakja', 'intolerncija', 'videopozv', 'rodijlni',
    'kriptovlauta', 'platitel', 'inverterr', 'bezglutneski', 'predmemroija', 'isplovljavnje', 'ugađac', 'parkomta',
    'fotonapn',
  ],
  fi: [
    'kiiots', 'tilaaus', 'toimtus', 'pahoitelemme', 'asiakaspalevlu', 'salasnaa', 'sahkoposti', 'lahetys', 'hyvitsy',
    'inverteri', 'invertterrin', 'debitkorrti', 'laktoosittomuteen', 'tikettinumro', 'elllei', 'elleivat', 'siruts',
    'pilatesutnti', 'wfii', 'chatbto', 'ystävallisin', 'terveiisin', 'pakettiautomaati',
  ],
};

describe('spelling/unknown-word: support vocabulary by domain (round 2)', () => {
  for (const language of ['en', 'lv', 'sl', 'hr', 'fi'] as const) {
    it(`${language}: every word of the support vocabulary list passes`, async () => {
      const words = vocabulary(language);
      expect(words.length).toBeGreaterThan(700);
      expect(await flagged(language, words)).toEqual([]);
    }, 60_000);

    it(`${language}: misspellings of that vocabulary stay flagged`, async () => {
      const typos = MISSPELLINGS[language];
      expect(typos.length).toBeGreaterThanOrEqual(20);
      expect((await flagged(language, typos)).sort()).toEqual([...typos].sort());
    }, 60_000);
  }
});
