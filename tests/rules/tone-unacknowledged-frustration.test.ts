import { describe } from 'vitest';
import rule from '../../src/engine/rules/tone/unacknowledged-frustration';
import { testRule } from '../helpers/rule-tester';

const ANGRY = {
  name: 'John Smith',
  text: 'Hello,\n\nThis is the THIRD TIME I am writing about my order #4471. It STILL has not arrived and nobody answers. This is unacceptable!!!\n\nJohn',
};
const CALM = {
  name: 'John Smith',
  text: 'Hello,\n\nCould you tell me when my order #4471 will arrive? Thanks a lot.\n\nJohn',
};
const BODY = 'Your order #4471 left our warehouse this morning with DPD and should arrive on Thursday. Here is the tracking link: https://dpd.example/4471';

testRule(rule, {
  valid: [
    // Acknowledged: an apology, understanding, thanks for patience.
    { customer: ANGRY, text: `Hi John,\n\nI'm so sorry about the wait. ${BODY}\n\nBest regards,\nMark` },
    { customer: ANGRY, text: `Hi John,\n\nI completely understand how annoying this must be. ${BODY}\n\nBest regards,\nMark` },
    { customer: ANGRY, text: `Hi John,\n\nThank you for your patience. ${BODY}\n\nBest regards,\nMark` },
    { customer: ANGRY, text: `Hi John,\n\nPlease accept our apologies. ${BODY}\n\nBest regards,\nMark` },
    // A calm customer needs no apology.
    { customer: CALM, text: `Hi John,\n\n${BODY}\n\nBest regards,\nMark` },
    // "Thanks again!!" and a cancellation asked calmly are not anger.
    { customer: { text: 'Hi,\n\nThanks again for the quick help!! Could you also cancel my newsletter subscription?\n\nJohn' }, text: `Hi John,\n\n${BODY}\n\nBest regards,\nMark` },
    // Capitals in acronyms are no shouting.
    { customer: { text: 'Hi, my IBAN and the SEPA form are in the PDF. Please confirm the refund.\n\nJohn' }, text: `Hi John,\n\n${BODY}\n\nBest regards,\nMark` },
    // No customer message: nothing to compare with.
    { text: `Hi John,\n\n${BODY}\n\nBest regards,\nMark` },
  ],
  invalid: [
    {
      customer: ANGRY,
      text: `Hi John,\n\n${BODY}\n\nBest regards,\nMark`,
      output: `Hi John,\n\nI'm sorry for the trouble this has caused.\n\n${BODY}\n\nBest regards,\nMark`,
      message: 'frustrated',
    },
    {
      // Anger in words alone, no capitals.
      customer: { text: 'I am really disappointed. I have been waiting for two weeks and I want my money back.' },
      text: `Hello,\n\n${BODY}\n\nKind regards,\nMark`,
      output: `Hello,\n\nI'm sorry for the trouble this has caused.\n\n${BODY}\n\nKind regards,\nMark`,
    },
    {
      // Two weak signs together: "again" and "still … waiting".
      customer: { text: 'Hi, I am writing again. I am still waiting for the refund.' },
      text: `${BODY}\n\nKind regards,\nMark`,
      output: `I'm sorry for the trouble this has caused.\n\n${BODY}\n\nKind regards,\nMark`,
    },
    {
      // Shouting.
      customer: { text: 'WHERE IS MY PARCEL? I PAID FOR EXPRESS DELIVERY!' },
      text: `Hi John,\n\n${BODY}\n\nBest regards,\nMark`,
    },
  ],
});

const LV_ANGRY = { name: 'Jānis Bērziņš', text: 'Labdien!\n\nRakstu jau trešo reizi, pasūtījums joprojām nav piegādāts. Tas ir nepieņemami!!!\n\nJānis' };
const LV_BODY = 'Jūsu pasūtījums šodien tika nosūtīts ar DPD, un piegāde gaidāma ceturtdien.';
const SL_ANGRY = { name: 'Ana Novak', text: 'Pozdravljeni,\n\nže tretjič vam pišem, paket še vedno ni prispel. To je nesprejemljivo!\n\nAna' };
const SL_BODY = 'Vaše naročilo smo danes poslali s Pošto Slovenije in bo dostavljeno v četrtek.';
const HR_ANGRY = { name: 'Ivan Horvat', text: 'Poštovani,\n\npišem vam treći put, paket još uvijek nije stigao. Ovo je neprihvatljivo!\n\nIvan' };
const HR_BODY = 'Vaša narudžba danas je poslana putem GLS-a i bit će dostavljena u četvrtak.';
const FI_ANGRY = { name: 'Matti Meikäläinen', text: 'Hei,\n\nkirjoitan jo kolmannen kerran, eikä paketti ole vieläkään saapunut. Tämä on kohtuutonta!\n\nMatti' };
const FI_BODY = 'Tilauksesi lähti tänään Postin kuljetukseen ja se saapuu torstaina.';

testRule(rule, {
  valid: [
    { language: 'lv', customer: LV_ANGRY, text: `Labdien, Jāni!\n\nAtvainojamies par kavēšanos. ${LV_BODY}\n\nAr cieņu,\nLīga` },
    { language: 'lv', customer: LV_ANGRY, text: `Labdien, Jāni!\n\nSaprotu Jūsu neapmierinātību. ${LV_BODY}\n\nAr cieņu,\nLīga` },
    { language: 'lv', customer: { text: 'Labdien! Kad tiks piegādāts mans pasūtījums? Paldies.' }, text: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,\nLīga` },
    { language: 'sl', customer: SL_ANGRY, text: `Pozdravljeni,\n\nopravičujemo se za zamudo. ${SL_BODY}\n\nLep pozdrav,\nMaja` },
    { language: 'sl', customer: { text: 'Pozdravljeni, kdaj bo prispelo moje naročilo? Hvala.' }, text: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,\nMaja` },
    { language: 'hr', customer: HR_ANGRY, text: `Poštovani,\n\nispričavamo se zbog kašnjenja. ${HR_BODY}\n\nLijep pozdrav,\nIvana` },
    { language: 'hr', customer: { text: 'Poštovani, kada će stići moja narudžba? Hvala.' }, text: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nIvana` },
    { language: 'fi', customer: FI_ANGRY, text: `Hei Matti,\n\npahoittelemme viivästystä. ${FI_BODY}\n\nYstävällisin terveisin,\nLiisa` },
    { language: 'fi', customer: { text: 'Hei, milloin tilaukseni saapuu? Kiitos.' }, text: `Hei Matti,\n\n${FI_BODY}\n\nYstävällisin terveisin,\nLiisa` },
  ],
  invalid: [
    {
      // A Latvian reply to an English message: the anger is read in English, the opening line offered in Latvian.
      language: 'lv',
      customer: { text: 'This is the third time I am writing. My order still has not arrived and nobody answers. Unacceptable.' },
      text: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,\nLīga`,
      output: `Labdien!\n\nAtvainojos par sagādātajām neērtībām.\n\n${LV_BODY}\n\nAr cieņu,\nLīga`,
    },
    {
      language: 'lv',
      customer: LV_ANGRY,
      text: `Labdien, Jāni!\n\n${LV_BODY}\n\nAr cieņu,\nLīga`,
      output: `Labdien, Jāni!\n\nAtvainojos par sagādātajām neērtībām.\n\n${LV_BODY}\n\nAr cieņu,\nLīga`,
      message: 'neapmierināts',
    },
    {
      language: 'sl',
      customer: SL_ANGRY,
      text: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,\nMaja`,
      output: `Pozdravljeni,\n\nOpravičujem se za nevšečnosti, ki so vam nastale.\n\n${SL_BODY}\n\nLep pozdrav,\nMaja`,
    },
    {
      language: 'hr',
      customer: HR_ANGRY,
      text: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nIvana`,
      output: `Poštovani,\n\nIspričavam se zbog neugodnosti koje ste imali.\n\n${HR_BODY}\n\nLijep pozdrav,\nIvana`,
    },
    {
      language: 'fi',
      customer: FI_ANGRY,
      text: `Hei Matti,\n\n${FI_BODY}\n\nYstävällisin terveisin,\nLiisa`,
      output: `Hei Matti,\n\nPahoittelen tilanteen aiheuttamaa harmia.\n\n${FI_BODY}\n\nYstävällisin terveisin,\nLiisa`,
    },
  ],
});

// "Unbearable", "enough now", "nobody picks up the phone" alone show anger; "I want my money back" with another sign.
testRule(rule, {
  valid: [
    // A money-back wish asked calmly is one weak sign, not anger.
    { customer: { text: 'Hi, could I get my money back for the unused ticket? Thanks.' }, text: `Hi John,\n\n${BODY}\n\nBest regards,\nMark` },
    { language: 'fi', customer: { text: 'Hei, netti on ollut poikki kaksi päivää. Milloin vika korjataan?' }, text: `Hei Matti,\n\n${FI_BODY}\n\nYstävällisin terveisin,\nLiisa` },
    { language: 'fi', customer: { text: 'Hei, netti on ollut poikki kaksi päivää ja tämä on täysin kestämätöntä.' }, text: `Hei Matti,\n\nPahoittelen katkosta. ${FI_BODY}\n\nYstävällisin terveisin,\nLiisa` },
  ],
  invalid: [
    { customer: { text: 'The internet has been down for two days and I work from home. This is unbearable.' }, text: `Hi John,\n\n${BODY}\n\nBest regards,\nMark` },
    { customer: { text: 'You charged me twice and I want my money back.' }, text: `Hi John,\n\n${BODY}\n\nBest regards,\nMark` },
    { language: 'fi', customer: { text: 'Netti on ollut poikki jo kaksi päivää. Tämä on täysin kestämätöntä.' }, text: `Hei Matti,\n\n${FI_BODY}\n\nYstävällisin terveisin,\nLiisa` },
    { language: 'fi', customer: { text: 'Nyt riittää. Juna peruttiin, eikä korvauksesta ole kuulunut mitään.' }, text: `Hei Matti,\n\n${FI_BODY}\n\nYstävällisin terveisin,\nLiisa` },
    { language: 'lv', customer: { text: 'Man divreiz noņēma naudu, un neviens neceļ telefonu.' }, text: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,\nLīga` },
    { language: 'sl', customer: { text: 'Dvakrat ste mi zaračunali, nihče ne dvigne telefona.' }, text: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,\nMaja` },
    { language: 'hr', customer: { text: 'Naplatili ste mi dvaput, a nitko ne diže telefon.' }, text: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nIvana` },
    { language: 'hr', customer: { text: 'Internet ne radi dva dana. Ovo je nepodnošljivo.' }, text: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nIvana` },
  ],
});

// ---------------------------------------------------------------------------------------------------------------
// s4-ctx (issue #10): a verdict sentence ("Outrageous.", "Sramota.", "Ovo je nevjerojatno." — an ambiguous one like
// "Unbelievable." only beside another sign), a refusal to pay, "you charged me … even though", "thanks for nothing",
// "finally"; and acknowledgements in free word order ("zelo nam je žal", "jako nam je žao", "to ni v redu").
describe('s4-ctx: frustration cues and acknowledgements (en)', () => {
  const reply = (body: string) => `Hi Sam,\n\n${body}\n\nBest regards,\nMark`;
  testRule(rule, {
    valid: [
      { customer: { text: 'Incredible! Thank you so much for the quick delivery. Could you send the invoice too?' }, text: reply(BODY) },
      { customer: { text: 'The parcel finally arrived this morning, thank you. Can I order a second one?' }, text: reply(BODY) },
      { customer: { text: 'You charged me the member price even though my card had expired, that was kind. When does it renew?' }, text: reply(BODY) },
      { customer: { text: 'I am not paying by card this time. Can I use PayPal instead?' }, text: reply(BODY) },
      { customer: { text: 'Do you match the prices of your competitors?' }, text: reply(BODY) },
      { customer: { text: 'You charged me a late fee even though I paid on time. Unbelievable.' }, text: reply(`I'm sorry, that fee should not have been added. ${BODY}`) },
    ],
    invalid: [
      { customer: { text: 'The engineer never showed up and nobody called. Outrageous.' }, text: reply(BODY), message: 'frustrated' },
      { customer: { text: 'I was billed £40 for a repair you never did. I am not paying this.' }, text: reply(BODY) },
      { customer: { text: 'Thanks for nothing. The engineer never came.' }, text: reply(BODY) },
      { customer: { text: 'You charged me for delivery even though I collected it myself. When will this finally be sorted?' }, text: reply(BODY) },
      { customer: { text: 'You fined me even though I returned the book on time! Unbelievable.' }, text: reply(BODY) },
      { customer: { text: 'Three weeks and no refund. This is a disgrace!' }, text: reply(BODY) },
    ],
  });
});

describe('s4-ctx: frustration cues and acknowledgements (lv)', () => {
  const reply = (body: string) => `Labdien!\n\n${body}\n\nAr cieņu,\nLīga`;
  testRule(rule, {
    valid: [
      { language: 'lv', customer: { text: 'Neticami! Paldies par tik ātru piegādi. Vai varat atsūtīt arī rēķinu?' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Paka beidzot ir klāt, paldies! Vai varu pasūtīt vēl vienu?' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Vai jūsu cenas ir zemākas nekā konkurentiem?' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Šoreiz nemaksāšu ar karti, vai var ar pārskaitījumu?' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Tas ir kauns! Paka jau trešo nedēļu nav atnākusi.' }, text: reply(`Mums ir ļoti žēl, tā nedrīkstēja notikt. ${LV_BODY}`) },
      { language: 'lv', customer: { text: 'Iekasējāt soda naudu, lai gan grāmatu atdevu laikā. Neticami!' }, text: reply(`Tas patiešām nav pieņemami. ${LV_BODY}`) },
    ],
    invalid: [
      { language: 'lv', customer: { text: 'Meistars neieradās, un neviens nezvanīja. Tas ir kauns!' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Par remontu, ko neveicāt, es nemaksāšu.' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Paldies par neko. Kurjers tā arī neatbrauca.' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Iekasējāt piegādes maksu, lai gan paku izņēmu pats. Kad beidzot to izlabosiet?' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Piestādījāt rēķinu, kaut gan pakalpojumu atcēlu laikā. Neticami!' }, text: reply(LV_BODY) },
    ],
  });
});

describe('s4-ctx: frustration cues and acknowledgements (sl)', () => {
  const reply = (body: string) => `Pozdravljeni,\n\n${body}\n\nLep pozdrav,\nMaja`;
  testRule(rule, {
    valid: [
      { language: 'sl', customer: { text: 'Neverjetno! Hvala za tako hitro dostavo. Mi lahko pošljete še račun?' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Paket je končno prispel, hvala! Lahko naročim še enega?' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Ali so vaše cene nižje kot pri konkurenci?' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Lipa se je posušila, zelo sem razočarana. Kaj boste storili?' }, text: reply(`Zelo nam je žal, to nikakor ni v redu. ${SL_BODY}`) },
      { language: 'sl', customer: { text: 'Sramota! Paket čakam že tretji teden.' }, text: reply(`Res nam je žal za zamudo. ${SL_BODY}`) },
    ],
    invalid: [
      { language: 'sl', customer: { text: 'Serviser ni prišel in nihče ni poklical. Sramota.' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Popravila niste opravili, zato tega ne bom plačala.' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Hvala za nič. Kurir sploh ni prišel.' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Zaračunali ste mi dostavo, čeprav sem paket prevzela sama. Kdaj boste to končno uredili?' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Obračunali ste zamudnino, čeprav sem knjigo vrnil pravočasno. Neverjetno!' }, text: reply(SL_BODY) },
    ],
  });
});

describe('s4-ctx: frustration cues and acknowledgements (hr)', () => {
  const reply = (body: string) => `Poštovani,\n\n${body}\n\nLijep pozdrav,\nIvana`;
  testRule(rule, {
    valid: [
      { language: 'hr', customer: { text: 'Nevjerojatno! Hvala na brzoj dostavi. Možete li mi poslati i račun?' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Paket je konačno stigao, hvala! Mogu li naručiti još jedan?' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Jesu li vaše cijene niže nego kod konkurencije?' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Majstor je trebao doći prije deset dana. Ovo je krajnje neozbiljno.' }, text: reply(`Jako nam je žao, to nije u redu. ${HR_BODY}`) },
      { language: 'hr', customer: { text: 'Opet ste mi naplatili vodu za prazan stan! Ovo je nevjerojatno.' }, text: reply(`Iskreno nam je žao zbog pogreške. ${HR_BODY}`) },
    ],
    invalid: [
      { language: 'hr', customer: { text: 'Majstor je trebao doći PRIJE DESET DANA, a još ga nema. Ovo je krajnje neozbiljno.' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Opet ste mi naplatili vodu za prazan stan! Ovo je nevjerojatno. Zašto?' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Naplatili ste mi zakasninu iako sam knjigu vratio na vrijeme! Nevjerojatno.' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Popravak niste napravili i neću platiti taj račun.' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Hvala na ničemu. Kurir uopće nije došao.' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Zovem tri dana, a nitko se ne javlja na telefon.' }, text: reply(HR_BODY) },
    ],
  });
});

describe('s4-ctx: frustration cues and acknowledgements (fi)', () => {
  const reply = (body: string) => `Hei Matti,\n\n${body}\n\nYstävällisin terveisin,\nLiisa`;
  testRule(rule, {
    valid: [
      { language: 'fi', customer: { text: 'Uskomatonta! Kiitos nopeasta toimituksesta. Voitteko lähettää vielä laskun?' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Paketti vihdoin saapui, kiitos! Voinko tilata vielä toisen?' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Onko hintanne halvempia kuin kilpailijoilla?' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'En maksa tällä kertaa kortilla, käykö tilisiirto?' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Veloititte peruutusmaksun, vaikka peruin ajoissa! Uskomatonta.' }, text: reply(`Tämä ei todellakaan ole hyväksyttävää. ${FI_BODY}`) },
    ],
    invalid: [
      { language: 'fi', customer: { text: 'Veloititte minulta peruutusmaksun, vaikka peruin ajan hyvissä ajoin! Uskomatonta.' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Asentaja ei tullut eikä kukaan soittanut. Häpeällistä!' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Korjausta ei tehty, joten en maksa tätä.' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Kiitos ei mistään. Kuriiri ei tullut ollenkaan.' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Laskutitte toimituksesta, vaikka hain paketin itse. Milloin tämä vihdoin korjataan?' }, text: reply(FI_BODY) },
    ],
  });
});

// Kinds of complaint rather than phrases: time already gone by (a number or ordinal with a unit), a service down
// since a given day, paying for nothing, a first-person demand, "at all" in a who/why question, a danger escaped;
// each a weak sign, so one alone stays silent and two together, or one with "!!", speak. Blame ("because of you")
// is left out: it thanks as often as it blames ("because of you I finally found ...").
// Finnish "kerta" with an ordinal in any case and the "ärsy-" (annoyed) family are strong, as their Slovenian and
// Croatian counterparts already were.
describe('ctx-f: kinds of complaint (sl)', () => {
  const reply = (body: string) => `Pozdravljeni,\n\n${body}\n\nLep pozdrav,\nMaja`;
  testRule(rule, {
    valid: [
      { language: 'sl', customer: { text: 'Ali sploh dostavljate v Avstrijo?' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Sin že dve leti hodi na tečaj kitare, zdaj bi rad zamenjal učitelja.' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Zaradi vas sem se odločil še za drugo kolo. Kdaj bo na zalogi?' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Ali lahko pridete že ta teden?' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Pralni stroj ne deluje že od ponedeljka!! Kdaj pride serviser?' }, text: reply(`Žal nam je, da ste ostali brez stroja. ${SL_BODY}`) },
    ],
    invalid: [
      { language: 'sl', customer: { text: 'Pralni stroj ne deluje že od ponedeljka!! Kdaj pride serviser?' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Že dva tedna nimam telefona, plačujem pa ga za nič.' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Ali sploh kdo prebere moja sporočila? Zahtevam odgovor.' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Zahtevam povračilo, že tri dni smo brez elektrike.' }, text: reply(SL_BODY) },
      { language: 'sl', customer: { text: 'Besna sem, ker paketa še ni.' }, text: reply(SL_BODY) },
    ],
  });
});

describe('ctx-f: kinds of complaint (hr)', () => {
  const reply = (body: string) => `Poštovani,\n\n${body}\n\nLijep pozdrav,\nIvana`;
  testRule(rule, {
    valid: [
      { language: 'hr', customer: { text: 'Je li uopće moguće platiti karticom?' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Već tri godine sam vaš korisnik i želim promijeniti paket.' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Možete li doći već ovaj tjedan?' }, text: reply(HR_BODY) },
      // Blame ("zbog vas") is no sign: it thanks as often as it blames.
      { language: 'hr', customer: { text: 'Zbog vas sam konačno našla prave cipele. Imate li ih u crnoj boji?' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Perilica ne radi od utorka!! Kada dolazi serviser?' }, text: reply(`Žao nam je zbog kvara. ${HR_BODY}`) },
    ],
    invalid: [
      { language: 'hr', customer: { text: 'Perilica ne radi od utorka!! Kada dolazi serviser?' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Čita li itko uopće ove poruke? Zahtijevam odgovor.' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Obećali ste dostavu za utorak, a paket još nemam.' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Mogao sam poginuti, kočnice su otkazale. Tko je uopće pregledao bicikl?' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Već dva tjedna čekam tehničara!! Kada će doći?' }, text: reply(HR_BODY) },
      { language: 'hr', customer: { text: 'Bijesna sam jer paket nije stigao.' }, text: reply(HR_BODY) },
    ],
  });
});

describe('ctx-f: kinds of complaint (fi)', () => {
  const reply = (body: string) => `Hei Matti,\n\n${body}\n\nYstävällisin terveisin,\nLiisa`;
  testRule(rule, {
    valid: [
      { language: 'fi', customer: { text: 'Voinko varata ajan jo ensi viikolle?' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Olen ollut asiakkaananne jo kolme vuotta ja haluaisin vaihtaa liittymää.' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Toimiiko sovellus ylipäätään tabletilla?' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Päivitys on ollut käynnissä jo toista päivää. Onko se normaalia?' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Kiitos, kolmas kerta toden sanoo: nyt toimii!' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Tämä on jo neljäs kerta, kun lasku on väärin.' }, text: reply(`Pahoittelen toistuvaa virhettä. ${FI_BODY}`) },
    ],
    invalid: [
      { language: 'fi', customer: { text: 'Pesukone ei ole toiminut maanantaista asti!! Milloin asentaja tulee?' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Lukeeko kukaan edes näitä viestejä? Vaadin vastauksen.' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Tilasin kengät jo kuukausi sitten. Vaadin rahat takaisin.' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Tämä on jo neljäs kerta, kun lasku on väärin.' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Täysin uskomatonta touhua. Maksoin laskun jo viikko sitten.' }, text: reply(FI_BODY) },
      { language: 'fi', customer: { text: 'Olen todella ärsyyntynyt tähän.' }, text: reply(FI_BODY) },
    ],
  });
});

describe('ctx-f: kinds of complaint (en)', () => {
  const reply = (body: string) => `Hi John,\n\n${body}\n\nBest regards,\nMark`;
  testRule(rule, {
    valid: [
      { customer: { text: 'Do you even ship to Norway?' }, text: reply(BODY) },
      { customer: { text: 'I have been a customer for three years and would like to upgrade.' }, text: reply(BODY) },
      { customer: { text: 'Because of you I finally found shoes that fit. Do you have them in blue?' }, text: reply(BODY) },
      { customer: { text: 'It is not urgent, since Monday works for me too.' }, text: reply(BODY) },
    ],
    invalid: [
      { customer: { text: 'My router has not worked since Friday!! When is the engineer coming?' }, text: reply(BODY) },
      { customer: { text: "It's been three days and I paid for nothing. When will it be fixed?" }, text: reply(BODY) },
      { customer: { text: 'I could have been hurt when the brakes failed. Why does nobody check the bikes at all?' }, text: reply(BODY) },
    ],
  });
});

describe('ctx-f: kinds of complaint (lv)', () => {
  const reply = (body: string) => `Labdien!\n\n${body}\n\nAr cieņu,\nLīga`;
  testRule(rule, {
    valid: [
      { language: 'lv', customer: { text: 'Vai jūs vispār piegādājat uz Igauniju?' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Jau trīs gadus esmu jūsu klients un vēlos mainīt tarifu.' }, text: reply(LV_BODY) },
    ],
    invalid: [
      { language: 'lv', customer: { text: 'Veļasmašīna nestrādā kopš pirmdienas!! Kad atbrauks meistars?' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Vai vispār kāds lasa manas vēstules? Pieprasu atbildi.' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Varēju iet bojā, bremzes atteica. Kāpēc neviens vispār nepārbauda skrejriteņus?' }, text: reply(LV_BODY) },
      { language: 'lv', customer: { text: 'Jau trešo dienu nav elektrības, bet maksāju velti.' }, text: reply(LV_BODY) },
    ],
  });
});
