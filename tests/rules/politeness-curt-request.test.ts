import { describe } from 'vitest';
import rule from '../../src/engine/rules/politeness/curt-request';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Please attach the receipt.',
    'Please find the label attached. Print it and stick it on the box.', // "please" is there: the rep asks
    'Kindly fill in the form. Send it back by Friday.',
    'Just reply with a good time to call, and I will ring you.',
    'Hi Jonas,\n\nSetting it up takes two minutes:\n\n1. Open Settings.\n2. Tap Connect.\n3. Restart the app.\n\nBest,\nMia',
    'To update your card:\n- Open the app\n- Go to Billing\n- Tap Update card',
    'Call us anytime if you need anything else.',
    'Reply here if you get stuck on any of the steps.',
    'Return shipping is free for all orders.',
    'Check-in opens at 3 pm on the day of your stay.',
    'Could you send me the order number?',
    'Have a great weekend.',
    'Take care,\nSam',
    'Let me know if you have any questions.',
    'Update: your order has shipped.',
    'Take your time, there is no rush.',
    'Look, I have checked it twice.',
  ],
  invalid: [
    {
      // Thanks at the top does not soften an order further down.
      text: 'Hi Tom,\n\nThanks for your message. Send me the order number and I will check it.\n\nThanks,\nMia',
      actual: 'Send me the order number and I will check it.',
      output:
        'Hi Tom,\n\nThanks for your message. Could you please send me the order number and I will check it?\n\nThanks,\nMia',
    },
    {
      text: 'Forward me the confirmation email if the other item also looks wrong.',
      actual: 'Forward me the confirmation email if the other item also looks wrong.',
      output: 'Could you please forward me the confirmation email if the other item also looks wrong?',
    },
    {
      text: 'Fill in the form.',
      actual: 'Fill in the form.',
      output: 'Could you please fill in the form?',
    },
    {
      text: 'Hi Anna,\n\nAttach the receipt.\n\nRegards,\nTom',
      actual: 'Attach the receipt.',
      output: 'Hi Anna,\n\nCould you please attach the receipt?\n\nRegards,\nTom',
    },
    {
      text: 'Send me the order number.',
      actual: 'Send me the order number.',
      output: 'Could you please send me the order number?',
    },
    {
      text: 'Your router needs a reset. Restart the router!',
      actual: 'Restart the router!',
      output: 'Your router needs a reset. Could you please restart the router?',
    },
    {
      text: 'Also send the invoice (the PDF).',
      actual: 'Also send the invoice (the PDF).',
      output: 'Could you please also send the invoice (the PDF)?',
    },
    {
      text: 'Check it is plugged in. Then wait ten minutes.',
      actual: ['Check it is plugged in.', 'Then wait ten minutes.'],
      output: 'Could you please check it is plugged in? Then wait ten minutes.',
    },
    {
      text: 'Provide the following details:',
      actual: 'Provide the following details:',
      output: 'Could you please provide the following details:',
    },
  ],
});

// Latvian, Slovenian and Croatian formal imperatives; the fix is the polite question. Finnish is not checked (a bare
// imperative is the ordinary polite instruction there).
testRule(rule, {
  valid: [
    { language: 'lv', text: 'Lūdzu, nosūtiet mums čeka kopiju.' },
    { language: 'lv', text: 'Vai, lūdzu, varētu nosūtīt mums čeka kopiju?' },
    { language: 'lv', text: 'Labdien!\n\n1. Atveriet lietotni.\n2. Nospiediet „Iestatījumi”.\n\nAr cieņu,\nMārtiņš' },
    { language: 'lv', text: 'Zvaniet mums, ja Jums nepieciešama palīdzība.' },
    { language: 'lv', text: 'Droši rakstiet mums jebkurā laikā.' },
    { language: 'sl', text: 'Prosimo, pošljite nam kopijo računa.' },
    { language: 'sl', text: 'Ali bi nam lahko poslali kopijo računa?' },
    { language: 'sl', text: 'Pokličite nas, če potrebujete pomoč.' },
    { language: 'sl', text: 'Pozdravljeni,\n\n1. Odprite aplikacijo.\n2. Kliknite Nastavitve.\n\nLep pozdrav,\nMaja' },
    { language: 'sl', text: 'Samo odgovorite na to sporočilo in uredimo vse ostalo.' },
    { language: 'hr', text: 'Molimo Vas, pošaljite nam kopiju računa.' },
    { language: 'hr', text: 'Biste li nam mogli poslati kopiju računa?' },
    { language: 'hr', text: 'Nazovite nas ako trebate pomoć.' },
    { language: 'hr', text: 'Poštovani,\n\n1. Otvorite aplikaciju.\n2. Kliknite Postavke.\n\nLijep pozdrav,\nMarko' },
    { language: 'hr', text: 'Slobodno nam se javite u bilo kojem trenutku.' },
    { language: 'fi', text: 'Kirjaudu sisään ja valitse Asetukset.' },
    { language: 'fi', text: 'Kirjaudu sisään ja valitse Asetukset. Sieltä löydät kohdan Laskutus.' },
    { language: 'fi', text: 'Lähettäkää kuitit meille sähköpostitse. Käsittelemme hakemuksen ystävällisesti mahdollisimman pian.' },
    { language: 'fi', text: 'Lähetättehän kuitit meille. Liittäkää mukaan myös tarkastuskortti.' },
    { language: 'fi', text: 'Jos haluatte, soittakaa meille arkisin klo 8–16.' },
    { language: 'fi', text: 'Voisitteko lähettää kuitin? Täyttäkää myös lomake.' },
    { language: 'fi', text: 'Korvausta varten tarvitsemme:\n1. Lähettäkää kuitit.\n2. Liittäkää kuva laukusta.' },
    { language: 'lv', text: 'Ja rodas jautājumi, zvaniet mums jebkurā laikā.' },
    { language: 'lv', text: 'Čeka kopiju, lūdzu, atsūtiet uz šo e-pastu.' },
    { language: 'lv', text: 'Pēc tam droši zvaniet mums.' },
    { language: 'sl', text: 'Če imate vprašanja, nas pokličite.' },
    { language: 'hr', text: 'Ako trebate pomoć, nazovite nas.' },
    { language: 'sl', text: 'Limit kartice lahko sami spremenite v mobilni banki.' },
    { language: 'sl', text: 'Ko prejmete kartico, jo aktivirajte v aplikaciji.' },
    { language: 'hr', text: 'Lozinku sami možete promijeniti u postavkama.' },
  ],
  invalid: [
    {
      language: 'lv',
      text: 'Nosūtiet mums čeka kopiju.',
      actual: 'Nosūtiet mums čeka kopiju.',
      output: 'Vai, lūdzu, varētu nosūtīt mums čeka kopiju?',
    },
    {
      language: 'lv',
      text: 'Labdien!\n\nAtsūtiet pasūtījuma numuru.\n\nAr cieņu,\nMārtiņš',
      output: 'Labdien!\n\nVai, lūdzu, varētu atsūtīt pasūtījuma numuru?\n\nAr cieņu,\nMārtiņš',
    },
    { language: 'lv', text: 'Pārbaudiet mēstuļu mapi.', output: 'Vai, lūdzu, varētu pārbaudīt mēstuļu mapi?' },
    {
      language: 'lv',
      // Not "Atveriet lietotni un nospiediet…": how-to steps in an app are instructions (the `steps` of lv data).
      text: 'Nosūtiet čeka kopiju un norādiet „Pasūtījums”.',
      output: 'Vai, lūdzu, varētu nosūtīt čeka kopiju un norādīt „Pasūtījums”?',
    },
    { language: 'lv', text: 'Sazinieties ar savu banku.', output: 'Vai, lūdzu, varētu sazināties ar savu banku?' },
    {
      language: 'sl',
      text: 'Pošljite nam kopijo računa.',
      actual: 'Pošljite nam kopijo računa.',
      output: 'Ali bi nam lahko poslali kopijo računa?',
    },
    { language: 'sl', text: 'Preverite mapo z neželeno pošto.', output: 'Ali bi lahko preverili mapo z neželeno pošto?' },
    {
      language: 'sl',
      text: 'Prijavite se v aplikacijo in izberite Nastavitve.',
      output: 'Ali bi se lahko prijavili v aplikacijo in izbrali Nastavitve?',
    },
    { language: 'sl', text: 'Sporočite nam številko naročila.', output: 'Ali bi nam lahko sporočili številko naročila?' },
    {
      language: 'hr',
      text: 'Pošaljite nam kopiju računa.',
      actual: 'Pošaljite nam kopiju računa.',
      output: 'Biste li nam mogli poslati kopiju računa?',
    },
    { language: 'hr', text: 'Provjerite mapu neželjene pošte.', output: 'Biste li mogli provjeriti mapu neželjene pošte?' },
    {
      language: 'hr',
      text: 'Prijavite se u aplikaciju i odaberite Postavke.',
      output: 'Biste li se mogli prijaviti u aplikaciju i odabrati Postavke?',
    },
    { language: 'hr', text: 'Javite nam broj narudžbe.', output: 'Biste li nam mogli javiti broj narudžbe?' },
    { language: 'hr', text: 'Zatim pošaljite račun na našu adresu.', output: 'Molimo Vas, zatim pošaljite račun na našu adresu.' },
    { language: 'fi', text: 'Korvaushakemusta ei käsitellä ilman kuitteja. Toimittakaa kuitit viikon kuluessa.', actual: 'Toimittakaa kuitit viikon kuluessa.', message: 'Lähetättehän' },
    { language: 'fi', text: 'Tilisi on avattu. Tarkista osoitetiedot ennen ensimmäistä tilausta.', actual: 'Tarkista osoitetiedot ennen ensimmäistä tilausta.' },
    { language: 'fi', text: 'Palautus onnistuu vain alkuperäisessä pakkauksessa. Pakatkaa tuote huolellisesti ja tuokaa se lähimpään noutopisteeseen.', actual: 'Pakatkaa tuote huolellisesti ja tuokaa se lähimpään noutopisteeseen.' },
    { language: 'lv', text: 'Čeka kopiju atsūtiet līdz piektdienai.', actual: 'Čeka kopiju atsūtiet līdz piektdienai.', output: 'Lūdzu, čeka kopiju atsūtiet līdz piektdienai.' },
    { language: 'lv', text: 'Uz salonu ņemiet līdzi pasi.', actual: 'Uz salonu ņemiet līdzi pasi.' },
    { language: 'sl', text: 'V poslovalnici izpolnite vlogo za novo kartico.', actual: 'V poslovalnici izpolnite vlogo za novo kartico.', output: 'Prosimo, v poslovalnici izpolnite vlogo za novo kartico.' },
    { language: 'sl', text: 'Pridite na pošto z osebnim dokumentom.', output: 'Ali bi lahko prišli na pošto z osebnim dokumentom?' },
    { language: 'hr', text: 'Na šalteru predajte potpisani obrazac.', actual: 'Na šalteru predajte potpisani obrazac.' },
    { language: 'hr', text: 'Donesite račun u trgovinu.', output: 'Biste li mogli donijeti račun u trgovinu?' },
  ],
});

// English negated orders and more verbs of everyday requests.
testRule(
  { ...rule, id: `${rule.id} (en, negated and more verbs)` },
  {
    valid: [
      'Never share your PIN with anyone, not even with us.',
      "Don't worry: the refund is already on its way.",
      'Do not hesitate to write back.',
      "Don't contact the merchant yourself; please leave that to us.",
      'Stay safe on the roads this winter.',
      'Export files are kept for 30 days.',
    ],
    invalid: [
      {
        text: "Don't contact the merchant yourself while the claim is open.",
        actual: "Don't contact the merchant yourself while the claim is open.",
        output: "Please don't contact the merchant yourself while the claim is open.",
      },
      { text: 'Do not open new tickets about this suspension.', actual: 'Do not open new tickets about this suspension.' },
      {
        text: 'Export your data before that date.',
        output: 'Could you please export your data before that date?',
      },
      { text: 'Keep the receipt until the refund arrives.', actual: 'Keep the receipt until the refund arrives.' },
    ],
  },
);

// A fronted object before the imperative, then a comma ("Pogoje preberite, preden…") still gives an order.
testRule(
  { ...rule, id: `${rule.id} (fronted object, then a comma)` },
  {
    valid: [{ language: 'sl', text: 'Pogoje lahko preberete, preden oddate naslednji zahtevek.' }],
    invalid: [
      { language: 'sl', text: 'Pogoje preberite, preden oddate naslednji zahtevek.', actual: 'Pogoje preberite, preden oddate naslednji zahtevek.' },
      { language: 'hr', text: 'Uvjete pročitajte, prije nego što pošaljete novi zahtjev.', actual: 'Uvjete pročitajte, prije nego što pošaljete novi zahtjev.' },
      { language: 'hr', text: 'Pošaljite nam račun i potvrdu o uplati.', actual: 'Pošaljite nam račun i potvrdu o uplati.' },
    ],
  },
);

// English (en), session 4: an order made a condition by the next sentence is an ultimatum, "please" elsewhere or not.
testRule(
  { ...rule, id: `${rule.id} (en, order plus ultimatum)` },
  {
    valid: [
      'Send us a photo of the label when you can. If you have any questions, please let us know.',
      'Please send us the receipt. We cannot process the refund without it.',
      'Restart the router and wait two minutes. If the light stays red, please call us.',
      'We cannot change the date without the booking reference, so could you send it over? Please let me know if you need help.',
      'Check the spam folder as well. We cannot see your inbox, but please tell us if nothing is there.',
    ],
    invalid: [
      {
        text: 'Return the signed form by Friday. We cannot release the deposit until we have it. Please let me know if you have questions.',
        actual: 'Return the signed form by Friday.',
      },
      {
        text: "Send the original receipt. We won't look at the claim without it. If you have questions, please ask.",
        actual: 'Send the original receipt.',
      },
      {
        text: 'Provide two forms of ID. We are unable to open the account unless both are attached. Please reply with any questions.',
        actual: 'Provide two forms of ID.',
      },
      {
        text: "Pay the outstanding £30 first. I can't rebook the visit until it is cleared. Please get in touch if you need anything.",
        actual: 'Pay the outstanding £30 first.',
      },
      {
        text: 'Fill in the claim form. We will not process your refund without it. Please ask if anything is unclear.',
        actual: 'Fill in the claim form.',
      },
    ],
  },
);

// English (en), session 4: a "please" inside an offer of help ("If it hasn't arrived, please let us know") does not
// soften bare orders elsewhere in the reply; a "please" anywhere else still does.
testRule(
  { ...rule, id: `${rule.id} (en, please only in an offer)` },
  {
    valid: [
      'Please keep the old card until the new one arrives. Cut it up afterwards. If anything goes wrong, please call us.',
      'Thanks for the photos. If you need a hand with the form, please let me know.',
      'Could you send the receipt when you have a moment? If it is easier, please post it to us.',
      'Please bring the parcel to any branch. Keep the receipt. If you have questions, just ask.',
      'Your new card is on its way. If it has not arrived by Friday, please let us know.',
    ],
    invalid: [
      {
        text: 'Your new card is on its way. Destroy the old one. If it has not arrived by Friday, please let us know.',
        actual: 'Destroy the old one.',
      },
      {
        text: 'Bring the damaged item to the shop. If you need directions, please call us.',
        actual: 'Bring the damaged item to the shop.',
      },
      {
        text: 'Send the meter reading by Monday. If you get stuck, please reply to this email.',
        actual: 'Send the meter reading by Monday.',
      },
      {
        text: 'Fill in the attached form and post it back. If anything is unclear, please ask.',
        actual: 'Fill in the attached form and post it back.',
      },
      {
        text: 'Return the charger in its original box. Should you need a label, please tell me.',
        actual: 'Return the charger in its original box.',
      },
    ],
  },
);

// s4-lvfi: Finnish "Ota mukaan…" is an order in a reply with no softening; "Ota yhteyttä" is an invitation.
describe('fi ota / ottakaa (s4-lvfi)', () => {
  testRule(
    { ...rule, id: `${rule.id} (fi ota)` },
    {
      valid: [
        { language: 'fi', text: 'Ota meihin yhteyttä, jos jokin jäi epäselväksi.' },
        { language: 'fi', text: 'Ota yhteyttä asiakaspalveluun arkisin.' },
        { language: 'fi', text: 'Ottakaa ystävällisesti mukaan henkilöllisyystodistus.' },
        { language: 'fi', text: 'Otathan mukaan henkilöllisyystodistuksen.' },
        { language: 'fi', text: 'Voit ottaa mukaan myös saattajan.' },
        { language: 'fi', text: 'Jos haluat, ota mukaan oma pyyhe.' },
      ],
      invalid: [
        { language: 'fi', text: 'Ota mukaan henkilöllisyystodistus ja Kela-kortti.' },
        { language: 'fi', text: 'Ottakaa kuitti mukaan huoltoon.' },
        { language: 'fi', text: 'Ota laite mukaan liikkeeseen.' },
        { language: 'fi', text: 'Ota kopio sopimuksesta ja tuo se toimistolle.' },
        { language: 'fi', text: 'Ottakaa passit mukaan lähtöselvitykseen.' },
      ],
    },
  );
});

// Slovenian and Croatian (session s4-slhr): an instruction for an occasion a fronted phrase names ("Ob vselitvi
// prinesite…", "Prilikom dolaska donesite…") and a sentence with an offer ("ako Vas zanima", "rado ćemo", "če vas
// zanima", "z veseljem") are not orders; a fronted place or object still is.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, occasions and offers)` },
  {
    valid: [
      { language: 'sl', text: 'Ob vselitvi prinesite osebni dokument in potrdilo o vpisu.' },
      { language: 'sl', text: 'Pred pregledom izpolnite vprašalnik o zdravju.' },
      { language: 'sl', text: 'Pri prevzemu podpišite dobavnico.' },
      { language: 'sl', text: 'Med čakanjem izpolnite kratek obrazec.' },
      { language: 'sl', text: 'Pišite nam, če vas zanima še kaj, z veseljem pomagamo.' },
      { language: 'hr', text: 'Javite nam se ako Vas zanima još nešto, rado ćemo pomoći.' },
      { language: 'hr', text: 'Prilikom dolaska donesite osobnu iskaznicu.' },
      { language: 'hr', text: 'Prije pregleda ispunite upitnik.' },
      { language: 'hr', text: 'Pri preuzimanju potpišite otpremnicu.' },
      { language: 'hr', text: 'Tijekom čekanja ispunite kratki obrazac.' },
    ],
    invalid: [
      { language: 'sl', text: 'V poslovalnici izpolnite vlogo za novo kartico.', actual: 'V poslovalnici izpolnite vlogo za novo kartico.' },
      { language: 'sl', text: 'Pošljite originalne račune in izvid zdravnika.', actual: 'Pošljite originalne račune in izvid zdravnika.' },
      { language: 'sl', text: 'Račun pošljite do petka.', actual: 'Račun pošljite do petka.' },
      { language: 'sl', text: 'Prinesite osebni dokument in potrdilo o vpisu.', actual: 'Prinesite osebni dokument in potrdilo o vpisu.' },
      { language: 'sl', text: 'Pokličite nas jutri.', actual: 'Pokličite nas jutri.' },
      { language: 'hr', text: 'Na šalteru predajte potpisani obrazac.', actual: 'Na šalteru predajte potpisani obrazac.' },
      { language: 'hr', text: 'Pošaljite račun i potvrdu o rezervaciji.', actual: 'Pošaljite račun i potvrdu o rezervaciji.' },
      { language: 'hr', text: 'Račun pošaljite do petka.', actual: 'Račun pošaljite do petka.' },
      { language: 'hr', text: 'Donesite osobnu iskaznicu.', actual: 'Donesite osobnu iskaznicu.' },
      { language: 'hr', text: 'Javite nam broj narudžbe do petka.', actual: 'Javite nam broj narudžbe do petka.' },
    ],
  },
);

describe('en/lv/fi shapes that generalise (s4-r2tone1)', () => {
  testRule(
    { ...rule, id: `${rule.id} (en/lv/fi r2)` },
    {
      valid: [
        { language: 'lv', text: "Lejupielādējiet lietotni un ievadiet kodu." },
        { language: 'lv', text: "Izvēlieties sadaļu \"Rēķini\" un nospiediet \"Lejupielādēt\"." },
        { language: 'lv', text: "Atveriet iestatījumus un ieslēdziet paziņojumus." },
        { language: 'fi', text: "Voit hakea korvausta lomakkeella. Liitä hakemukseen kuitit." },
        { language: 'fi', text: "Voitte palauttaa tuotteen 30 päivän kuluessa. Täytä palautuslomake ja liitä se pakettiin." },
      ],
      invalid: [
        { language: 'lv', text: "Atsūtiet čeka kopiju līdz piektdienai." },
        { language: 'lv', text: "Nomainiet paroli nekavējoties." },
        { language: 'lv', text: "Iesniedziet iesniegumu klātienē." },
        { language: 'fi', text: "Lähetä kuitti meille huomiseen mennessä." },
        { language: 'fi', text: "Voit hakea korvausta. Tai soita meille heti.\nLähetä kuitti tänään." },
      ],
    },
  );
});

// Slovenian and Croatian (round 2, s4-r2tone2): a verb with "lahko"/"možete" after it is a present form ("Spremenite
// ga lahko sami"); a sentence about the customer's choice or convenience ("koji Vam termin odgovara", "kateri dan
// Vam bolj ustreza") is an offer; a how-to naming three or more steps, and the sentences after it in its paragraph,
// are steps. Imperfective orders ("Ne kličite več", "Šaljite prigovore isključivo…") and a longer fronted phrase
// in Slovenian ("Za vse nadaljnje reklamacije uporabite…") are orders.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: present forms, choices, how-tos, imperfective orders)` },
  {
    valid: [
      { language: 'sl', text: 'Geslo zamenjate lahko kadar koli. Spremenite ga lahko tudi sami v spletni banki.' },
      { language: 'sl', text: 'Naslov za dostavo popravite lahko sami. Izberite ga lahko tudi ob naslednjem naročilu.' },
      { language: 'sl', text: 'Sporočite nam, kateri dan Vam bolj ustreza, in termin bomo potrdili.' },
      { language: 'sl', text: 'Izberite termin, ki Vam najbolj ustreza.' },
      { language: 'sl', text: 'Javite, katera možnost Vam odgovarja.' },
      {
        language: 'sl',
        text: 'Limit spremenite tako: v aplikaciji odprite Nastavitve, izberite Kartice in vnesite nov znesek. Spremembo potrdite s kodo SMS.',
      },
      { language: 'sl', text: 'Odprite e-pošto, kliknite povezavo in vpišite novo geslo. Nato se prijavite z novim geslom.' },
      { language: 'hr', text: 'Javite nam samo koji Vam više odgovara.' },
      { language: 'hr', text: 'Javite nam koji Vam termin odgovara, pa ćemo ga potvrditi.' },
      { language: 'hr', text: 'Odaberite datum koji Vam najviše odgovara.' },
      { language: 'hr', text: 'Promijenite je možete sami u aplikaciji.' },
      {
        language: 'hr',
        text: 'Otvorite aplikaciju, odaberite Postavke i uključite obavijesti. Potvrdite promjenu PIN-om i gotovo.',
      },
    ],
    invalid: [
      { language: 'sl', text: 'Na oddelek ne kličite več, tam Vam ne bodo mogli pomagati.', actual: 'Na oddelek ne kličite več, tam Vam ne bodo mogli pomagati.' },
      { language: 'sl', text: 'Ne pošiljajte nam več istih fotografij.', actual: 'Ne pošiljajte nam več istih fotografij.' },
      { language: 'sl', text: 'Za vse nadaljnje reklamacije uporabite obrazec na spletni strani.', actual: 'Za vse nadaljnje reklamacije uporabite obrazec na spletni strani.' },
      { language: 'sl', text: 'Kličite samo v uradnih urah.', actual: 'Kličite samo v uradnih urah.' },
      { language: 'sl', text: 'Račun nam pošljite še danes.', actual: 'Račun nam pošljite še danes.' },
      { language: 'hr', text: 'Daljnje prigovore šaljite isključivo kroz obrazac u aplikaciji.', actual: 'Daljnje prigovore šaljite isključivo kroz obrazac u aplikaciji.' },
      { language: 'hr', text: 'Ne zovite više na ovaj broj.', actual: 'Ne zovite više na ovaj broj.' },
      { language: 'hr', text: 'Na šalter dolazite samo s potvrdom.', actual: 'Na šalter dolazite samo s potvrdom.' },
      { language: 'hr', text: 'Pošaljite nam račun odmah.', actual: 'Pošaljite nam račun odmah.' },
      { language: 'hr', text: 'Javite nam broj računa do sutra.', actual: 'Javite nam broj računa do sutra.' },
    ],
  },
);
