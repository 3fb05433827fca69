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
