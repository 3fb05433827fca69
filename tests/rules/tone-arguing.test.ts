import { describe } from 'vitest';
import rule from '../../src/engine/rules/tone/arguing';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'I was wrong about the date, sorry: the parcel arrives on Tuesday.',
    "You're right, the second charge should not be there.",
    "That's true, and I have passed your feedback on to the team.",
    "If you're confused by the new layout, here is a short guide.",
    "No, you don't need to do anything else.",
    "No, you didn't do anything wrong: the card was blocked by the bank.",
    'If anything here is unclear or something you don\'t understand, just ask.',
    "I completely agree that the wait was too long.",
    'Let me know if you disagree with any of the charges.',
    "If that's not true for your account, please tell me and I'll check again.",
    "You are not charged for the replacement.",
  ],
  invalid: [
    {
      text: "You're wrong about the price.",
      actual: "You're wrong",
      output: 'There may be a misunderstanding about the price.',
    },
    {
      text: "I'm afraid you are mistaken: we never received it.",
      actual: 'you are mistaken',
      output: "I'm afraid there may be a misunderstanding: we never received it.",
    },
    {
      text: 'That is not true, we shipped it on Monday.',
      actual: 'That is not true',
      output: "That's not what our records show, we shipped it on Monday.",
    },
    {
      text: "That's not what happened.",
      actual: "That's not what happened",
      output: 'Our records show something different.',
    },
    { text: "No, you didn't pay for express shipping.", actual: "No, you didn't" },
    { text: 'I disagree with your reading of the policy.', actual: 'I disagree' },
    {
      text: 'With all due respect, the warranty has expired.',
      actual: 'With all due respect',
      output: 'The warranty has expired.',
    },
    { text: 'You are confused, the fee is monthly.', actual: 'You are confused' },
    { text: 'You misunderstood the offer.', actual: 'You misunderstood' },
    {
      text: 'You seem confused about how billing works.',
      actual: 'You seem confused',
      output: 'There may be a misunderstanding about how billing works.',
    },
    { text: "That simply isn't true.", actual: "That simply isn't true" },
    { text: "You don't understand how the discount works.", actual: "You don't understand" },
    { text: "You're not listening to what I am saying.", actual: "You're not listening" },
  ],
});

// Latvian, Slovenian, Croatian and Finnish: contradicting head-on, and the friendly sentences that share its words.
testRule(rule, {
  valid: [
    { language: 'lv', text: 'Jums ir pilnīga taisnība, maksājums tika iekasēts divreiz.' },
    { language: 'lv', text: 'Ja jūs nesaprotat kādu no rēķina pozīcijām, labprāt paskaidrošu.' },
    { language: 'lv', text: 'Atvainojos, esmu pārpratis Jūsu jautājumu, tagad viss ir skaidrs.' },
    { language: 'lv', text: 'Tā nav Jūsu vaina, un mēs kļūdu jau labojam.' },
    { language: 'lv', text: '> Jūs kļūdāties, es samaksāju jau martā.\nPaldies, pārbaudīšu vēlreiz.' },
    // Correcting a wrong idea about the company, in the customer's favour.
    { language: 'lv', text: 'Tas nav tiesa, ka mēs iekasējam maksu par atgriešanu – atgriešana ir bezmaksas.' },
    { language: 'hr', text: 'To nije istina da naplaćujemo povrat – povrat je besplatan.' },
    { language: 'fi', text: 'Se ei pidä paikkaansa, että perimme palautuksesta maksun – palautus on maksuton.' },
    { language: 'sl', text: 'Popolnoma imate prav, znesek je bil bremenjen dvakrat.' },
    { language: 'sl', text: 'To ni res potrebno, saj smo naročilo že popravili.' },
    { language: 'sl', text: 'Za to storitev nimate prav nobenih dodatnih stroškov.' },
    { language: 'sl', text: 'Če česa ne razumete, vam z veseljem pojasnim.' },
    { language: 'sl', text: 'Oprostite, napačno sem razumel vaše vprašanje.' },
    { language: 'sl', text: 'Ne motite se, paket je res zamujal tri dni.' },
    { language: 'hr', text: 'Potpuno ste u pravu, iznos je naplaćen dvaput.' },
    { language: 'hr', text: 'Ne griješite, paket je zaista kasnio tri dana.' },
    { language: 'hr', text: 'Ako nešto ne razumijete, rado ću Vam objasniti.' },
    { language: 'hr', text: 'To nije točno ono što ste naručili, pa ćemo Vam poslati zamjenu.' },
    { language: 'hr', text: 'Ispričavam se, krivo sam shvatio Vaše pitanje.' },
    { language: 'fi', text: 'Olet aivan oikeassa, veloitus tehtiin kahdesti.' },
    { language: 'fi', text: 'Jos et ymmärrä jotain laskun kohtaa, selitän mielelläni.' },
    { language: 'fi', text: 'Verkkosivun tieto ei pidä paikkaansa, ja korjaamme sen heti.' },
    { language: 'fi', text: 'Pahoittelen, ymmärsin kysymyksesi väärin.' },
    { language: 'fi', text: 'Et ole tehnyt mitään väärin, vika on meidän järjestelmässämme.' },
    { language: 'hr', text: 'Ako to nije istina, javite nam pa ćemo provjeriti.' },
  ],
  invalid: [
    {
      language: 'lv',
      text: 'Jūs kļūdāties, maksājums tika saņemts tikai vienu reizi.',
      actual: 'Jūs kļūdāties',
      output: 'Šeit varētu būt pārpratums, maksājums tika saņemts tikai vienu reizi.',
    },
    {
      language: 'lv',
      text: 'Jums nav taisnība, abonements tika atcelts jau martā.',
      actual: 'Jums nav taisnība',
      output: 'Šeit varētu būt pārpratums, abonements tika atcelts jau martā.',
    },
    {
      language: 'lv',
      text: 'Tā nav taisnība. Kurjers pie Jums ieradās piektdien.',
      actual: 'Tā nav taisnība',
      output: 'Mūsu dati rāda ko citu. Kurjers pie Jums ieradās piektdien.',
    },
    { language: 'lv', text: 'Ar visu cieņu, mūsu noteikumi to neparedz.', actual: 'Ar visu cieņu', output: 'Mūsu noteikumi to neparedz.' },
    { language: 'lv', text: 'Jūs nesaprotat, kā darbojas atmaksa.', actual: 'Jūs nesaprotat' },
    { language: 'lv', text: 'Tā nav taisnība, ka kurjers neieradās.', actual: 'Tā nav taisnība' },
    {
      language: 'sl',
      text: 'Motite se, plačilo smo prejeli samo enkrat.',
      actual: 'Motite se',
      output: 'Morda je prišlo do nesporazuma, plačilo smo prejeli samo enkrat.',
    },
    {
      language: 'sl',
      text: 'To ne drži. Kurir je bil pri vas v petek dopoldne.',
      actual: 'To ne drži',
      output: 'Naši podatki kažejo drugače. Kurir je bil pri vas v petek dopoldne.',
    },
    {
      language: 'sl',
      text: 'Z vsem spoštovanjem, naša pravila tega ne dovoljujejo.',
      actual: 'Z vsem spoštovanjem',
      output: 'Naša pravila tega ne dovoljujejo.',
    },
    { language: 'sl', text: 'Napačno ste razumeli naše pogoje.', actual: 'Napačno ste razumeli' },
    { language: 'sl', text: 'V tem nimate prav, naročnina velja do konca meseca.', actual: 'V tem nimate prav' },
    {
      language: 'hr',
      text: 'Griješite, uplatu smo primili samo jednom.',
      actual: 'Griješite',
      output: 'Možda je došlo do nesporazuma, uplatu smo primili samo jednom.',
    },
    {
      language: 'hr',
      text: 'Niste u pravu, pretplata je otkazana još u ožujku.',
      actual: 'Niste u pravu',
      output: 'Možda je došlo do nesporazuma, pretplata je otkazana još u ožujku.',
    },
    {
      language: 'hr',
      text: 'To nije istina. Kurir je bio na Vašoj adresi u petak.',
      actual: 'To nije istina',
      output: 'Naši podaci pokazuju drugačije. Kurir je bio na Vašoj adresi u petak.',
    },
    {
      language: 'hr',
      text: 'Uz dužno poštovanje, naša pravila to ne dopuštaju.',
      actual: 'Uz dužno poštovanje',
      output: 'Naša pravila to ne dopuštaju.',
    },
    { language: 'hr', text: 'Krivo ste shvatili naše uvjete.', actual: 'Krivo ste shvatili' },
    {
      language: 'fi',
      text: 'Olet väärässä, maksu veloitettiin vain kerran.',
      actual: 'Olet väärässä',
      output: 'Tässä on ehkä tapahtunut väärinkäsitys, maksu veloitettiin vain kerran.',
    },
    {
      language: 'fi',
      text: 'Se ei pidä paikkaansa. Kuriiri kävi osoitteessasi perjantaina.',
      actual: 'Se ei pidä paikkaansa',
      output: 'Tietojemme mukaan asia on toisin. Kuriiri kävi osoitteessasi perjantaina.',
    },
    {
      language: 'fi',
      text: 'Kaikella kunnioituksella, ehtomme eivät salli tätä.',
      actual: 'Kaikella kunnioituksella',
      output: 'Ehtomme eivät salli tätä.',
    },
    { language: 'fi', text: 'Olet ymmärtänyt asian väärin.', actual: 'Olet ymmärtänyt asian väärin' },
    { language: 'fi', text: 'Et ymmärrä, miten hyvitys toimii.', actual: 'Et ymmärrä' },
    { language: 'hr', text: 'Pišete da ste platili dostavu, ali to naprosto nije točno.', actual: 'to naprosto nije točno' },
  ],
});

testRule(
  { ...rule, id: `${rule.id} (en, families)` },
  {
    valid: ['I have to agree that the wait was too long.', 'We must agree a new delivery date with the courier.'],
    invalid: [
      { text: 'I have to disagree with your account of the evening.', actual: 'I have to disagree' },
      { text: "I'll have to disagree here.", actual: "I'll have to disagree" },
      { text: 'We must respectfully disagree.', actual: 'We must respectfully disagree' },
      { text: 'I cannot agree with your description of the call.', actual: 'I cannot agree with your' },
    ],
  },
);

describe('en/lv/fi shapes that generalise (s4-r2tone1)', () => {
  testRule(
    { ...rule, id: `${rule.id} (en/lv/fi r2)` },
    {
      valid: [
        { language: 'en', text: "If that is not the case, please let us know and we will check again." },
        { language: 'en', text: "In case that is incorrect, just reply and I will fix it." },
        { language: 'en', text: "The address on the label was incorrect, so we have corrected it." },
        { language: 'en', text: "Your claim has been approved and the money is on its way." },
        { language: 'en', text: "Your statement for November is attached." },
        { language: 'fi', text: "Kertomasi osoite on virheellinen, joten korjasimme sen." },
        { language: 'fi', text: "Jos tieto ei pidä paikkaansa, ilmoita meille." },
        { language: 'fi', text: "Väitteesi tarkistettiin, ja olit oikeassa: palautamme rahat." },
        { language: 'fi', text: "Sanomasi pitää paikkansa, ja pahoittelemme virhettä." },
        { language: 'fi', text: "Hakemuksesi on käsitelty." },
      ],
      invalid: [
        { language: 'en', text: "That is simply not the case." },
        { language: 'en', text: "That's really incorrect, the order left us on Monday." },
        { language: 'en', text: "Your claim that nobody answered the phone is simply untrue." },
        { language: 'en', text: "Your suggestion that we kept the deposit is completely baseless." },
        { language: 'en', text: "This is absolutely not the case, and our logs show it." },
        { language: 'fi', text: "Väitteesi siitä, että laskutimme kahdesti, on täysin perätön." },
        { language: 'fi', text: "Mitä väität maksusta, ei yksinkertaisesti pidä paikkaansa." },
        { language: 'fi', text: "Väitteenne, ettei kukaan vastannut, ei pidä paikkaansa." },
        { language: 'fi', text: "Väittämäsi viivästys on virheellinen, paketti lähti ajallaan." },
        { language: 'fi', text: "Väitteesi on täysin väärä." },
      ],
    },
  );
});

// Slovenian and Croatian (round 2, s4-r2tone2): "your claim" or "what you write" with a lexicon of "is not true /
// wrong" ("Vaša trditev ni točna", "To što pišete nije istina"), "tu se pa motite", "u krivu ste", and "did you even
// read…?" ("Ste sploh prebrali…", "Jeste li uopće pročitali…"). Agreement, a question about receiving something and
// the rep's own doubt are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: your claim is wrong, did you even read)` },
  {
    valid: [
      { language: 'sl', text: 'Vaša trditev drži, zato Vam vrnemo kupnino.' },
      { language: 'sl', text: 'Vaša navedba je pravilna in napako smo že popravili.' },
      { language: 'sl', text: 'Ali ste sploh prejeli naše sporočilo z navodili?' },
      { language: 'sl', text: 'Morda se motim, a paket bi moral prispeti v petek.' },
      { language: 'sl', text: 'Kar pišete, drži, zato smo račun popravili.' },
      { language: 'hr', text: 'Vaša tvrdnja stoji, pa Vam vraćamo novac.' },
      { language: 'hr', text: 'Jeste li uopće primili našu poruku s uputama?' },
      { language: 'hr', text: 'Ako sam u krivu, slobodno me ispravite.' },
      { language: 'hr', text: 'Ako ste u krivu oko datuma, javite nam.' },
      { language: 'hr', text: 'To što pišete stoji, pa smo ispravili račun.' },
    ],
    invalid: [
      { language: 'sl', text: 'Vaša trditev preprosto ni točna.' },
      { language: 'sl', text: 'Vaš očitek je povsem neutemeljen.' },
      { language: 'sl', text: 'To, kar pišete, ne drži.' },
      { language: 'sl', text: 'Tu se pa motite.' },
      { language: 'sl', text: 'Ste sploh prebrali moje sporočilo?' },
      { language: 'sl', text: 'Ali sploh berete, kaj Vam pišemo?' },
      { language: 'hr', text: 'Vaša tvrdnja jednostavno nije točna.' },
      { language: 'hr', text: 'To što pišete nije istina.' },
      { language: 'hr', text: 'Tu ste u krivu.' },
      { language: 'hr', text: 'Jeste li uopće pročitali moju poruku?' },
      { language: 'hr', text: 'Čitate li uopće što Vam pišemo?' },
    ],
  },
);
