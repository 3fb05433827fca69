import rule from '../../src/engine/rules/tone/shouting';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    // Styled "fancy font" letters are capitals with no lower-case form: a font, not shouting.
    'Our new plan is called 𝐀𝐁𝐂 𝐏𝐑𝐎𝐌𝐎 and it starts today.',
    'Please send the PDF invoice and your IBAN so we can refund the VAT.',
    'You will get an SMS with a PIN; the URL is in our FAQ.',
    'Our IT and HR teams are OK with the new API key on the USB stick.',
    'I will call you ASAP, and I am sure we can fix it.',
    'Use the code WELCOME at checkout for 10% off.',
    'Tap CONNECT, then wait for the VPN icon.',
    'Press the SUBMIT button at the bottom of the form.',
    'The error says "ACCESS DENIED" because the session expired.',
    'Your parcel is with DHL, tracking ABC123XYZ.',
    'Thanks for choosing BRIGHTCART!\n\nBest regards,\nDaniel\nBRIGHTCART Customer Care',
    'Hi Sarah,\n\nI have fixed it.\n\nOn Mon, Sarah wrote:\n> NOTHING WORKS AT ALL\n',
    'We ship to the US, UK and EU within 5 days (GMT).',
    'Your file reference is BOS-SL-40917, and the error code is ERR_TIMEOUT.',
  ],
  invalid: [
    {
      text: 'PLEASE NOTE: the office is closed on Friday.',
      actual: 'PLEASE NOTE',
      output: 'Please note: the office is closed on Friday.',
    },
    {
      text: 'You need to restart the router IMMEDIATELY.',
      actual: 'IMMEDIATELY',
      output: 'You need to restart the router immediately.',
    },
    {
      // Quotes earlier on the line are closed: the capitals after them are the rep's own.
      text: 'The "Save" button is there, it is NOT OUR FAULT.',
      actual: 'NOT OUR FAULT',
      output: 'The "Save" button is there, it is not our fault.',
    },
    {
      text: 'This is NOT OUR FAULT.',
      actual: 'NOT OUR FAULT',
      output: 'This is not our fault.',
    },
    {
      text: 'I AM VERY SORRY ABOUT THE DELAY.',
      actual: 'AM VERY SORRY ABOUT THE DELAY',
      output: 'I am very sorry about the delay.',
    },
    {
      text: 'SEND THE PDF NOW.',
      actual: 'SEND THE PDF NOW',
      output: 'Send the PDF now.',
    },
    {
      text: 'Your refund was ALREADY processed.',
      actual: 'ALREADY',
      output: 'Your refund was already processed.',
    },
    {
      text: "I'M DONE WITH THIS.",
      actual: "I'M DONE WITH THIS",
      output: "I'm done with this.",
    },
    {
      text: 'Hi Anna,\n\nDO NOT open the box.',
      actual: 'DO NOT',
      output: 'Hi Anna,\n\nDo not open the box.',
    },
    {
      text: 'HI ANNA,\n\nYour card is on its way.',
      actual: 'HI ANNA',
      output: 'Hi Anna,\n\nYour card is on its way.',
    },
    {
      text: 'Follow the STEP-BY-STEP guide.',
      actual: 'STEP-BY-STEP',
      output: 'Follow the step-by-step guide.',
    },
    {
      text: 'It is a VERY BIG problem.',
      actual: 'VERY BIG',
      output: 'It is a very big problem.',
    },
  ],
});

// Latvian, Slovenian, Croatian and Finnish: the same capitals, each language's own acronyms and labels.
testRule(rule, {
  valid: [
    { language: 'lv', text: 'Lūdzu, nosūtiet PDF rēķinu un SIA rekvizītus, lai varam atmaksāt PVN.' },
    { language: 'lv', text: 'Nospiediet SAGLABĀT un pagaidiet dažas sekundes.' },
    { language: 'lv', text: 'Sūtījumu piegādās DPD, un Jūs saņemsiet SMS ar PIN kodu.' },
    { language: 'lv', text: 'Kļūdas paziņojums ir „PIEKĻUVE LIEGTA”, jo sesija beidzās.' },
    { language: 'sl', text: 'Prosimo, pošljite PDF račun in številko TRR, da vam vrnemo DDV.' },
    { language: 'sl', text: 'Kliknite SHRANI in počakajte nekaj sekund.' },
    // A keyword inside a quoted template the customer copies: not a raised voice.
    { language: 'sl', text: 'Pošljite SMS na 1919 v obliki »ODJAVA ime priimek« in storitev bo ukinjena.' },
    { language: 'hr', text: 'Pošaljite poruku u obliku „STANJE broj brojila“ na broj 1234.' },
    'To stop the reminders, text "STOP ALERTS now" to 6060.',
    { language: 'sl', text: 'Paket dostavlja GLS, dobili boste SMS s kodo PIN.' },
    { language: 'sl', text: 'Podjetje je vpisano v AJPES kot d.o.o. s sedežem v RS.' },
    { language: 'hr', text: 'Molimo pošaljite PDF račun i OIB kako bismo Vam vratili PDV.' },
    { language: 'hr', text: 'Pritisnite gumb SPREMI i pričekajte nekoliko sekundi.' },
    { language: 'hr', text: 'Paket dostavlja GLS, a dobit ćete SMS s PIN kodom.' },
    { language: 'hr', text: 'Uplatu možete izvršiti u FINA poslovnici ili putem PBZ aplikacije.' },
    { language: 'fi', text: 'Lähetä PDF-lasku ja Y-tunnus, niin hyvitämme ALV:n.' },
    { language: 'fi', text: 'Paina TALLENNA-painiketta ja odota hetki.' },
    { language: 'fi', text: 'Paketin toimittaa DHL, ja saat tekstiviestinä PIN-koodin.' },
    { language: 'fi', text: 'Asiakkaamme voivat asioida myös KELA:n palvelupisteessä.' },
  ],
  invalid: [
    { language: 'lv', text: 'LŪDZU, ŅEMIET VĒRĀ: birojs piektdien ir slēgts.', actual: 'LŪDZU, ŅEMIET VĒRĀ', output: 'Lūdzu, ņemiet vērā: birojs piektdien ir slēgts.' },
    { language: 'lv', text: 'Jums NEKAVĒJOTIES jārestartē maršrutētājs.', actual: 'NEKAVĒJOTIES', output: 'Jums nekavējoties jārestartē maršrutētājs.' },
    { language: 'lv', text: 'Tā NAV MŪSU VAINA.', actual: 'NAV MŪSU VAINA', output: 'Tā nav mūsu vaina.' },
    { language: 'lv', text: 'MĒS ATVAINOJAMIES PAR KAVĒŠANOS UN ATMAKSĀSIM NAUDU.', actual: 'MĒS ATVAINOJAMIES PAR KAVĒŠANOS UN ATMAKSĀSIM NAUDU', output: 'Mēs atvainojamies par kavēšanos un atmaksāsim naudu.' },
    { language: 'sl', text: 'PROSIMO, UPOŠTEVAJTE: pisarna je v petek zaprta.', actual: 'PROSIMO, UPOŠTEVAJTE', output: 'Prosimo, upoštevajte: pisarna je v petek zaprta.' },
    { language: 'sl', text: 'Usmerjevalnik morate TAKOJ znova zagnati.', actual: 'TAKOJ', output: 'Usmerjevalnik morate takoj znova zagnati.' },
    { language: 'sl', text: 'Paket je bil poslan NA PRAVI NASLOV.', actual: 'NA PRAVI NASLOV', output: 'Paket je bil poslan na pravi naslov.' },
    { language: 'sl', text: 'TO NI NAŠA NAPAKA.', actual: 'TO NI NAŠA NAPAKA', output: 'To ni naša napaka.' },
    { language: 'hr', text: 'MOLIMO, IMAJTE NA UMU: ured je u petak zatvoren.', actual: 'MOLIMO, IMAJTE NA UMU', output: 'Molimo, imajte na umu: ured je u petak zatvoren.' },
    { language: 'hr', text: 'Usmjerivač morate ODMAH ponovno pokrenuti.', actual: 'ODMAH', output: 'Usmjerivač morate odmah ponovno pokrenuti.' },
    { language: 'hr', text: 'Paket je poslan NA ISPRAVNU ADRESU.', actual: 'NA ISPRAVNU ADRESU', output: 'Paket je poslan na ispravnu adresu.' },
    { language: 'hr', text: 'TO NIJE NAŠA GREŠKA.', actual: 'TO NIJE NAŠA GREŠKA', output: 'To nije naša greška.' },
    { language: 'fi', text: 'HUOMIO: toimisto on suljettu perjantaina.', actual: 'HUOMIO', output: 'Huomio: toimisto on suljettu perjantaina.' },
    { language: 'fi', text: 'Reititin täytyy käynnistää uudelleen VÄLITTÖMÄSTI.', actual: 'VÄLITTÖMÄSTI', output: 'Reititin täytyy käynnistää uudelleen välittömästi.' },
    { language: 'fi', text: 'Tämä EI OLE MEIDÄN VIKAMME.', actual: 'EI OLE MEIDÄN VIKAMME', output: 'Tämä ei ole meidän vikamme.' },
    { language: 'fi', text: 'PAHOITTELEMME VIIVÄSTYSTÄ JA HYVITÄMME TILAUKSEN.', actual: 'PAHOITTELEMME VIIVÄSTYSTÄ JA HYVITÄMME TILAUKSEN', output: 'Pahoittelemme viivästystä ja hyvitämme tilauksen.' },
  ],
});

// English (en), session 4: one short everyday word in capitals for stress is shouting; short codes, names and
// acronyms are not.
testRule(
  { ...rule, id: `${rule.id} (en, one stressed word)` },
  {
    valid: [
      'Your ABC plan renews on 3 March.',
      'The refund went to the card ending in 4417 via our PSP on Monday.',
      'Your NOW TV pass has been extended by a month.',
      'Text YES to 60777 to confirm the appointment.',
      'The invoice is marked PAID in your account.',
      'Our DPD driver will call before arriving.',
      'I have added the SKU to the order notes.',
    ],
    invalid: [
      { text: 'Please do NOT open the box before the engineer arrives.', actual: 'NOT', output: 'Please do not open the box before the engineer arrives.' },
      { text: 'You MUST bring the original receipt.', actual: 'MUST', output: 'You must bring the original receipt.' },
      { text: "We DON'T offer refunds on sale items.", actual: "DON'T", output: "We don't offer refunds on sale items." },
      { text: 'The form has to be signed by ALL account holders.', actual: 'ALL', output: 'The form has to be signed by all account holders.' },
      { text: 'It was YOUR job to check the address.', actual: 'YOUR', output: 'It was your job to check the address.' },
      { text: 'We only refund the deposit ONLY once the keys are back.', actual: 'ONLY', output: 'We only refund the deposit only once the keys are back.' },
    ],
  },
);
