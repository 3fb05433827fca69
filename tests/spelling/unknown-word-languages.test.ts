// spelling/unknown-word in the four other working languages, through the same dictionaries the CLI and the
// extension load (Hunspell for lv, sl, hr; the build-time automaton for fi).
import rule from '../../src/engine/rules/spelling/unknown-word';
import type { Language } from '../../src/engine/types';
import { loadSpeller } from '../../src/cli/dictionaries';
import { testRule } from '../helpers/rule-tester';

const CASES: Record<Exclude<Language, 'en'>, { clean: string; typo: string; wrong: string; fixed: string }> = {
  lv: {
    clean: 'Paldies par jūsu vēstuli. Jūsu pasūtījums ir nosūtīts un pienāks piektdien.',
    typo: 'Jūsu pasūtījums ir nosūtīts un pienāks piektdein.',
    wrong: 'piektdein',
    fixed: 'Jūsu pasūtījums ir nosūtīts un pienāks piektdien.',
  },
  sl: {
    clean: 'Hvala za vaše sporočilo. Vaše naročilo smo danes poslali in prispelo bo v petek.',
    typo: 'Vaše naročilo smo danes poslali in prispleo bo v petek.',
    wrong: 'prispleo',
    fixed: 'Vaše naročilo smo danes poslali in prispelo bo v petek.',
  },
  hr: {
    clean: 'Hvala na vašoj poruci. Vaša narudžba je danas poslana i stići će u petak.',
    typo: 'Vaša narudžba je danas posalna i stići će u petak.',
    wrong: 'posalna',
    fixed: 'Vaša narudžba je danas poslana i stići će u petak.',
  },
  fi: {
    clean: 'Kiitos viestistäsi. Tilauksesi on lähetetty ja se saapuu perjantaina.',
    typo: 'Tilauksesi on lähetetty ja se saapuu perjantaina asiakaspalvelusta kiitoksn kera.',
    wrong: 'kiitoksn',
    fixed: 'Tilauksesi on lähetetty ja se saapuu perjantaina asiakaspalvelusta kiitoksen kera.',
  },
};

for (const [language, c] of Object.entries(CASES) as [Exclude<Language, 'en'>, (typeof CASES)['lv']][]) {
  testRule(
    { ...rule, id: `${rule.id} (${language})` },
    {
      valid: [{ text: c.clean, language }],
      invalid: [{ text: c.typo, language, actual: c.wrong, output: c.fixed }],
    },
    { speller: () => loadSpeller(language) },
  );
}

// Everyday support words the upstream dictionaries lacked, added by analogy (scripts/dictionary-additions/), in
// their inflected forms; the language's abbreviations with their full stop; case endings after an acronym.
const MORE: Record<'lv' | 'sl' | 'hr', { valid: string[]; typo: string; wrong: string }> = {
  lv: {
    valid: [
      'Lūdzu, restartējiet maršrutētāju un pēc tam noskenējiet QR kodu ar viedierīci.',
      'Pēc restartēšanas Jūsu priekšierīce atkal darbosies, un ekrānuzņēmumu varat pievienot atbildei.',
      'Pieslēgšanos un pieteikšanos pakalpojumam var atiestatīt pašapkalpošanās portālā.',
      'Sūtījums Jūs gaidīs pakomātā līdz piektdienai plkst. 18.00.',
      'Jaunais rūteris tiks piegādāts līdz piektdienai, un rūterim nav vajadzīgi papildu iestatījumi.',
      'Atvainojamies par neērtībām, kas radušās kavēšanās dēļ.',
      'Garantija neattiecas uz aizsargvāciņu, bet ekrāns zem aizsargvāciņa ir apskatīts bez maksas.',
    ],
    typo: 'Lūdzu, restartējeit maršrutētāju.',
    wrong: 'restartējeit',
  },
  sl: {
    valid: [
      'Geslo sem Vam ponastavila, aktivacijsko kodo pa boste prejeli po pošti.',
      'Ponastavitev usmerjevalnika traja nekaj minut, paket pa Vas čaka v paketniku.',
      'Prosimo, pošljite potrdilo o plačilu z IBAN-om prejemnika.',
      'Znesek Vam bomo dobropisali, ko paket prispe v sortirni center; dobropišemo ga v petih dneh.',
      'Pošiljka Vas čaka v paketomatu, koda za paketomat pa je v SMS-u.',
      'Kasko zavarovanje krije tudi škodo na steklu, stornirani račun pa Vam refundiramo.',
      'Predplačniški paket lahko podaljšate v aplikaciji.',
      'Omrežnino obračunamo ločeno, dvostopenjsko avtentikacijo pa vklopite v nastavitvah.',
    ],
    typo: 'Geslo sem Vam ponastavlia.',
    wrong: 'ponastavlia',
  },
  hr: {
    valid: [
      'Paket Vas čeka u paketomatu, a lozinku možete resetirati u aplikaciji.',
      'Račun br. 4521 poslali smo jutros, a potvrdu SMS-om.',
      'Dvostruka autentifikacija štiti Vaš račun.',
      'Refundaciju ćemo izvršiti čim izdamo storno račun, a kasko osiguranje pokriva štetu na staklu.',
      'Mrežarina je na računu posebno iskazana, a usmjernik ponovno pokrenite nakon dvofaktorske prijave.',
    ],
    typo: 'Paket Vas čeka u paketomtu.',
    wrong: 'paketomtu',
  },
};

for (const [language, c] of Object.entries(MORE) as ['lv' | 'sl' | 'hr', (typeof MORE)['lv']][]) {
  testRule(
    { ...rule, id: `${rule.id} (${language}, added words)` },
    {
      valid: c.valid.map((text) => ({ text, language })),
      invalid: [{ text: c.typo, language, actual: c.wrong }],
    },
    { speller: () => loadSpeller(language) },
  );
}

// Finnish: a local case form whose sibling on the same stem the list knows ("veloituksilta" by "veloituksista",
// "edullisimmassa" by "edullisimman"; the wrong vowel harmony is still flagged), and the fused forms of "että".
testRule(
  { ...rule, id: `${rule.id} (fi, superlatives)` },
  {
    valid: [
      { text: 'Edullisimmassa paketissa ei ole palautusoikeutta.', language: 'fi' },
      { text: 'Löydätte edullisimmalla hinnalla olevat liput sovelluksesta.', language: 'fi' },
      { text: 'Noutopiste on lähimmässä kauppakeskuksessa.', language: 'fi' },
      { text: 'Jatkossa vältytte kaksinkertaisilta veloituksilta, kun tilillä on vain yksi kortti.', language: 'fi' },
      // "että" fused with the negation verb, added to the word list (scripts/dictionary-additions/fi.txt).
      { text: 'Varmistattehan, etteivät tunnukset päädy muiden käsiin.', language: 'fi' },
      // "ettet" has only the sinä form (the Te form is "ettette"); many Finnish companies address customers so.
      { text: 'Huolehdithan, ettet kerro salasanaa kenellekään.', language: 'fi' },
    ],
    invalid: [
      { text: 'Edullisimmässä paketissa ei ole palautusoikeutta.', language: 'fi', actual: 'Edullisimmässä' },
      { text: 'Pahoittelemme kaksinkertaisista veloitukssista.', language: 'fi', actual: 'veloitukssista' },
    ],
  },
  { speller: () => loadSpeller('fi') },
);

// Finnish (s4-lvfi): a compound of known parts that is a listed form with two neighbouring letters swapped is that
// form mistyped ("viimesitään" is no viime + sitään); real compounds, verbal-noun compounds and kiuas's forms pass.
testRule(
  { ...rule, id: `${rule.id} (fi, swapped letters and compounds)` },
  {
    valid: [
      { text: 'Asentaja käy paikalla viimeistään perjantaina.', language: 'fi' },
      { text: 'Saunan kiukaan vastukset vaihdetaan huomenna.', language: 'fi' },
      { text: 'Irtisanomisajan jälkeen jäsenyys päättyy.', language: 'fi' },
      { text: 'Valitse maksamistapa verkkokaupan kassalla.', language: 'fi' },
      { text: 'Toimitusajan näet tilausvahvistuksesta.', language: 'fi' },
      { text: 'Huoltoajan voi varata autoilla ja moottoripyörillä.', language: 'fi' },
    ],
    invalid: [
      { text: 'Asentaja käy paikalla viimesitään perjantaina.', language: 'fi', actual: 'viimesitään' },
      { text: 'Lähetämme tilasuvahvistuksen sähköpostiin.', language: 'fi', actual: 'tilasuvahvistuksen' },
      { text: 'Otamme yhteyttä asiakaspalevlun kautta.', language: 'fi', actual: 'asiakaspalevlun' },
    ],
  },
  { speller: () => loadSpeller('fi') },
);

// Latvian (s4-lvfi): "pagarināties" takes the reflexive forms of "samazināt" (scripts/dictionary-additions/lv.txt).
testRule(
  { ...rule, id: `${rule.id} (lv, pagarināties)` },
  {
    valid: [
      { text: 'Abonementa beigu datums automātiski pagarināsies par tikpat dienām.', language: 'lv' },
      { text: 'Līguma termiņš pagarinājās līdz martam.', language: 'lv' },
      { text: 'Termiņam pagarinoties, maksa nemainās.', language: 'lv' },
    ],
    invalid: [{ text: 'Abonements automātiski pagarinasies par mēnesi.', language: 'lv', actual: 'pagarinasies' }],
  },
  { speller: () => loadSpeller('lv') },
);

// Slovenian and Croatian support vocabulary added in scripts/dictionary-additions/{sl,hr}.txt (session s4-slhr):
// credit balances, sprays, MRI scans, unlocking, (de)activation, vouchers; optometrists, debit cards, wellness.
testRule(
  { ...rule, id: `${rule.id} (sl, support vocabulary 2)` },
  {
    valid: [
      { text: 'Znesek smo Vam pripisali kot dobroimetje, ki ga lahko porabite pri naslednjem nakupu.', language: 'sl' },
      { text: 'Nosni sprej je na zalogi, z dobroimetjem pa lahko plačate tudi dostavo.', language: 'sl' },
      { text: 'Za magnetnoresonančno slikanje potrebujete napotnico.', language: 'sl' },
      { text: 'Kartico smo odblokirali, odklep pa bo viden v aplikaciji v nekaj minutah.', language: 'sl' },
      { text: 'Račun smo deaktivirali in ga lahko kadar koli reaktivirate.', language: 'sl' },
      { text: 'Vavčer je veljaven do konca leta, unovčitev pa je mogoča tudi na spletu.', language: 'sl' },
      { text: 'Storniranje naročila smo potrdili, odpremnica je v priponki.', language: 'sl' },
    ],
    invalid: [
      { text: 'Kartico smo odblokriali včeraj.', language: 'sl', actual: 'odblokriali' },
      { text: 'Dobroimetje je na Vašem dobroimetu.', language: 'sl', actual: 'dobroimetu' },
    ],
  },
  { speller: () => loadSpeller('sl') },
);

testRule(
  { ...rule, id: `${rule.id} (hr, support vocabulary 2)` },
  {
    valid: [
      { text: 'Prilikom preuzimanja optometrist će Vam naočale prilagoditi licu.', language: 'hr' },
      { text: 'Poklon-bon uključuje korištenje wellness centra i spa zone.', language: 'hr' },
      { text: 'Plaćanje debitnom karticom moguće je i online, putem webshop aplikacije.', language: 'hr' },
    ],
    invalid: [{ text: 'Optometirst će Vas nazvati.', language: 'hr', actual: 'Optometirst' }],
  },
  { speller: () => loadSpeller('hr') },
);
