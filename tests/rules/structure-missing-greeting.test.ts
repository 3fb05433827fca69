import rule from '../../src/engine/rules/structure/missing-greeting';
import { testRule } from '../helpers/rule-tester';
import type { Language } from '../../src/engine/types';

const BODY = 'Your refund of $64.99 was sent back to your PayPal account today. It usually shows within 24 hours.';
const QUOTE = '\n\nOn Mon, 24 Nov 2025 at 09:14, Anna Berzina <anna@example.com> wrote:\n> Hi there,\n> Where is my refund?\n> Anna\n';

testRule(rule, {
  valid: [
    `Hi Anna,\n\n${BODY}\n\nLet me know if you have any other questions.\n\nBest regards,\nMark\nBrightcart Support${QUOTE}`,
    `Dear Mr Smith,\n\n${BODY}\n\nKind regards,\nOlivia Hart\nCustomer Experience Team`,
    `Good morning,\n\n${BODY}\n\nBest,\nNoah`,
    `Hello again,\n\n${BODY}\n\nThanks,\nMia`,
    `Hey there!\n\n${BODY}\n\nCheers,\nAmira`,
    // The greeting on one line with the body.
    `Hi Anna, thanks for the photos. ${BODY}\n\nBest regards,\nMark`,
    `Dear valued Brightcart customer, thank you for your patience. ${BODY}\n\nBest regards,\nMark`,
    `To whom it may concern,\n\n${BODY}\n\nYours faithfully,\nOlivia Hart`,
    // A name alone as the salutation.
    `Anna,\n\n${BODY}\n\nBest regards,\nMark`,
    // Empty drafts and one-line internal notes are not nagged.
    '',
    '   \n\n',
    'Refunded, closing the ticket.',
    'Done. Escalated to tier 2.',
    // Nothing typed yet above the quoted thread.
    `\n\nOn Mon, 24 Nov 2025 at 09:14, Anna <anna@example.com> wrote:\n> Hi,\n> Where is my order? It was due on Monday and nothing has arrived yet, please check.\n`,
  ],
  invalid: [
    {
      // A thank-you opener is the first sentence of the body, not a greeting.
      text: `Thank you for contacting Brightcart. ${BODY}\n\nIs there anything else I can help you with?\n\nBest regards,\nMark\nBrightcart Support${QUOTE}`,
      output: `Hello,\n\nThank you for contacting Brightcart. ${BODY}\n\nIs there anything else I can help you with?\n\nBest regards,\nMark\nBrightcart Support${QUOTE}`,
      message: 'greeting',
    },
    {
      // The only greeting is in the quoted customer message.
      text: `${BODY}\n\nKind regards,\nOlivia${QUOTE}`,
      output: `Hello,\n\n${BODY}\n\nKind regards,\nOlivia${QUOTE}`,
    },
    {
      text: `Thanks for your patience while we looked into this.\n\n${BODY}\n\nBest wishes,\nGrace\nBrightcart Support\n\nFrom: Kevin Li <kevin@example.com>\nSent: 24 November 2025 09:31\nTo: Brightcart Support\nSubject: Refund\n\nDear Support,\nWhere is my money?\n`,
      output: `Hello,\n\nThanks for your patience while we looked into this.\n\n${BODY}\n\nBest wishes,\nGrace\nBrightcart Support\n\nFrom: Kevin Li <kevin@example.com>\nSent: 24 November 2025 09:31\nTo: Brightcart Support\nSubject: Refund\n\nDear Support,\nWhere is my money?\n`,
    },
    {
      // Leading blank lines stay where they are; the greeting goes above the first paragraph.
      text: `\n\nThe engineer visit is booked for Tuesday between 8am and 12pm, and it takes about an hour.\n\n-- \nRhiannon | Telvia`,
      output: `\n\nHello,\n\nThe engineer visit is booked for Tuesday between 8am and 12pm, and it takes about an hour.\n\n-- \nRhiannon | Telvia`,
    },
    {
      // "Hiking" starts with "Hi" but is no greeting.
      text: 'Hiking boots in size 6 are back in stock. I have reserved a pair for you until Friday.\n\nBest,\nJordan',
      output: 'Hello,\n\nHiking boots in size 6 are back in stock. I have reserved a pair for you until Friday.\n\nBest,\nJordan',
    },
    {
      // Two short sentences are enough to be a reply to a customer.
      text: 'Your refund went out today. It takes 3–5 days to arrive.',
      output: 'Hello,\n\nYour refund went out today. It takes 3–5 days to arrive.',
    },
  ],
});

// Latvian, Slovenian, Croatian and Finnish: the language's own greetings, and its own greeting added.
const LV_BODY = 'Jūsu pasūtījums šodien tika nosūtīts ar DPD. Piegāde parasti aizņem divas līdz trīs darba dienas, un izsekošanas saite ir pievienota šai vēstulei.';
const LV_QUOTE = '\n\npirmd., 2025. g. 24. nov., plkst. 09:14 — lietotājs Anna Bērziņa (<anna@example.lv>) rakstīja:\n> Labdien!\n> Kur ir mans pasūtījums?\n';
const SL_BODY = 'Vaše naročilo smo danes poslali s Pošto Slovenije. Dostava običajno traja dva do tri delovne dni, povezavo za sledenje pa najdete v priponki.';
const SL_QUOTE = '\n\nV pon., 24. nov. 2025 ob 09:14 je oseba Ana Novak <ana@example.si> napisala:\n> Pozdravljeni,\n> kje je moje naročilo?\n';
const HR_BODY = 'Vaša narudžba danas je poslana putem GLS-a. Dostava obično traje dva do tri radna dana, a poveznicu za praćenje pošiljke naći ćete u privitku.';
const HR_QUOTE = '\n\npon, 24. stu 2025. u 09:14 Ana Horvat <ana@example.hr> napisao je:\n> Poštovani,\n> gdje je moja narudžba?\n';
const FI_BODY = 'Tilauksesi lähti tänään Postin kuljetukseen. Toimitus kestää yleensä kahdesta kolmeen arkipäivää, ja seurantalinkki on tämän viestin liitteenä.';
const FI_QUOTE = '\n\nma 24. marrask. 2025 klo 9.14 Matti Meikäläinen <matti@example.fi> kirjoitti:\n> Hei,\n> missä tilaukseni on?\n';

testRule(rule, {
  valid: [
    { language: 'lv', text: `Labdien, Anna!\n\n${LV_BODY}\n\nAr cieņu,\nMārtiņš\nKlientu atbalsts${LV_QUOTE}` },
    { language: 'lv', text: `Sveiki!\n\n${LV_BODY}\n\nAr labiem vēlējumiem,\nMārtiņš` },
    { language: 'lv', text: `Sveiks, Jāni!\n\n${LV_BODY}\n\nAr cieņu,\nMārtiņš` },
    { language: 'lv', text: `Ļoti cienījamais Ozola kungs!\n\n${LV_BODY}\n\nAr cieņu,\nMārtiņš` },
    { language: 'lv', text: `Cienījamā Bērziņas kundze!\n\n${LV_BODY}\n\nAr cieņu,\nMārtiņš` },
    { language: 'lv', text: `Labdien, paldies par Jūsu vēstuli! ${LV_BODY}\n\nAr cieņu,\nMārtiņš` },
    { language: 'lv', text: 'Atmaksāts, slēdzu pieteikumu.' },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,\nMaja\nPodpora strankam${SL_QUOTE}` },
    { language: 'sl', text: `Spoštovani g. Novak,\n\n${SL_BODY}\n\nS spoštovanjem,\nMaja Horvat` },
    { language: 'sl', text: `Dober dan,\n\n${SL_BODY}\n\nLp,\nMaja` },
    { language: 'sl', text: `Spoštovana ga. Kovač, hvala za vaše sporočilo. ${SL_BODY}\n\nLep pozdrav,\nMaja` },
    { language: 'sl', text: 'Vračilo urejeno, zapiram zahtevek.' },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nMarko\nKorisnička podrška${HR_QUOTE}` },
    { language: 'hr', text: `Poštovana gospođo Horvat,\n\n${HR_BODY}\n\nS poštovanjem,\nMarko Babić` },
    { language: 'hr', text: `Dobar dan,\n\n${HR_BODY}\n\nSrdačan pozdrav,\nMarko` },
    { language: 'hr', text: `Pozdrav Ivana,\n\n${HR_BODY}\n\nLijep pozdrav,\nMarko` },
    { language: 'hr', text: 'Povrat odobren, zatvaram upit.' },
    { language: 'fi', text: `Hei Matti,\n\n${FI_BODY}\n\nYstävällisin terveisin\nLiisa\nAsiakaspalvelu${FI_QUOTE}` },
    { language: 'fi', text: `Hyvä asiakkaamme,\n\n${FI_BODY}\n\nTerveisin\nLiisa Virtanen` },
    { language: 'fi', text: `Hyvää huomenta!\n\n${FI_BODY}\n\nParhain terveisin\nLiisa` },
    { language: 'fi', text: `Hei, ja kiitos viestistäsi! ${FI_BODY}\n\nTerveisin\nLiisa` },
    { language: 'fi', text: 'Hyvitetty, suljen tiketin.' },
    { language: 'sl', text: `Živjo, Ana!\n\n${SL_BODY}\n\nLep pozdrav,\nMaja` },
    { language: 'fi', text: `Hyvää iltapäivää, Matti!\n\n${FI_BODY}\n\nTerveisin\nLiisa` },
  ],
  invalid: [
    {
      language: 'lv',
      text: `Paldies, ka sazinājāties ar mums. ${LV_BODY}\n\nAr cieņu,\nMārtiņš${LV_QUOTE}`,
      output: `Labdien!\n\nPaldies, ka sazinājāties ar mums. ${LV_BODY}\n\nAr cieņu,\nMārtiņš${LV_QUOTE}`,
      message: 'Labdien!',
    },
    { language: 'lv', text: `${LV_BODY}\n\nAr cieņu,\nMārtiņš`, output: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,\nMārtiņš` },
    { language: 'lv', text: `${LV_BODY}${LV_QUOTE}`, output: `Labdien!\n\n${LV_BODY}${LV_QUOTE}` },
    {
      language: 'lv',
      text: 'Jūsu atmaksa ir nosūtīta. Tā parasti pienāk trīs darba dienu laikā.',
      output: 'Labdien!\n\nJūsu atmaksa ir nosūtīta. Tā parasti pienāk trīs darba dienu laikā.',
    },
    {
      language: 'sl',
      text: `Hvala, ker ste nam pisali. ${SL_BODY}\n\nLep pozdrav,\nMaja${SL_QUOTE}`,
      output: `Pozdravljeni,\n\nHvala, ker ste nam pisali. ${SL_BODY}\n\nLep pozdrav,\nMaja${SL_QUOTE}`,
      message: 'Pozdravljeni,',
    },
    { language: 'sl', text: `${SL_BODY}\n\nLep pozdrav,\nMaja`, output: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,\nMaja` },
    { language: 'sl', text: `${SL_BODY}${SL_QUOTE}`, output: `Pozdravljeni,\n\n${SL_BODY}${SL_QUOTE}` },
    {
      language: 'sl',
      text: 'Vračilo smo nakazali danes. Na računu ga boste videli v treh delovnih dneh.',
      output: 'Pozdravljeni,\n\nVračilo smo nakazali danes. Na računu ga boste videli v treh delovnih dneh.',
    },
    {
      language: 'hr',
      text: `Hvala što ste nam se obratili. ${HR_BODY}\n\nLijep pozdrav,\nMarko${HR_QUOTE}`,
      output: `Poštovani,\n\nHvala što ste nam se obratili. ${HR_BODY}\n\nLijep pozdrav,\nMarko${HR_QUOTE}`,
      message: 'Poštovani,',
    },
    { language: 'hr', text: `${HR_BODY}\n\nLijep pozdrav,\nMarko`, output: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nMarko` },
    { language: 'hr', text: `${HR_BODY}${HR_QUOTE}`, output: `Poštovani,\n\n${HR_BODY}${HR_QUOTE}` },
    {
      language: 'hr',
      text: 'Povrat novca poslan je danas. Na računu bi ga trebali vidjeti za tri dana.',
      output: 'Poštovani,\n\nPovrat novca poslan je danas. Na računu bi ga trebali vidjeti za tri dana.',
    },
    {
      language: 'fi',
      text: `Kiitos yhteydenotostasi. ${FI_BODY}\n\nTerveisin\nLiisa${FI_QUOTE}`,
      output: `Hei,\n\nKiitos yhteydenotostasi. ${FI_BODY}\n\nTerveisin\nLiisa${FI_QUOTE}`,
      message: 'Hei,',
    },
    { language: 'fi', text: `${FI_BODY}\n\nTerveisin\nLiisa`, output: `Hei,\n\n${FI_BODY}\n\nTerveisin\nLiisa` },
    { language: 'fi', text: `${FI_BODY}${FI_QUOTE}`, output: `Hei,\n\n${FI_BODY}${FI_QUOTE}` },
    {
      language: 'fi',
      text: 'Hyvitys maksettiin tänään. Se näkyy tililläsi kolmen arkipäivän kuluessa.',
      output: 'Hei,\n\nHyvitys maksettiin tänään. Se näkyy tililläsi kolmen arkipäivän kuluessa.',
    },
  ],
});

// Round 2 (s4-r2struct): greetings told by their shape in all five languages: a short first line ending in "," or
// "!" with a salutation word anywhere, a salutation word opening the line before a short address, or a name with a
// form of address. Near-misses: a first line that thanks, informs or names the customer inside a sentence.
const R2_GREETING: Record<'en' | 'lv' | 'sl' | 'hr' | 'fi', { body: string; valid: string[]; invalid: string[] }> = {
  en: {
    body: 'Your replacement charger left our warehouse this morning and should arrive on Thursday.\n\nBest regards,\nOwen',
    valid: ['Well hello there, Dana!', 'A very good morning to you, Dana!', 'Ms Okafor,', 'Dear all at Brightline,', 'Hi again, Dana!', 'Hello once more — thanks for the photos.', 'Howdy, neighbour!'],
    invalid: ['Thanks for your message!', 'Good news: your parcel is on its way!', 'Dana, your parcel is on its way and will arrive soon.', 'Your order has shipped,', 'Sorry for the wait, Dana!'],
  },
  lv: {
    body: 'Jūsu rezerves lādētājs šorīt nosūtīts un ceturtdien būs pie Jums.\n\nAr cieņu\nOskars',
    valid: ['Labs rīts, Anna!', 'Sveiciens no Voltveja, Anna!', 'Bērziņas kundze,', 'Sveicināta, Anna!', 'Laba diena, Anna!', 'Ļoti godātā Bērziņas kundze!', 'Cienījamo klient!'],
    invalid: ['Paldies par Jūsu vēstuli!', 'Labas ziņas: sūtījums jau ceļā!', 'Anna, Jūsu sūtījums ir ceļā un drīz būs klāt.', 'Jūsu pasūtījums ir nosūtīts,', 'Atvainojiet par gaidīšanu, Anna!'],
  },
  sl: {
    body: 'nadomestni polnilnik je danes zjutraj odšel iz skladišča in bo pri Vas v četrtek.\n\nLep pozdrav,\nOskar',
    valid: ['Lepo pozdravljeni, gospa Kranjc!', 'Gospa Kranjc,', 'Prav lep dober dan, Ana!', 'Zdravo še enkrat, Ana!', 'Lep pozdrav, gospod Zupan,', 'Dragi gospod Zupan!', 'Živio, Marko!'],
    invalid: ['Hvala za Vaše sporočilo!', 'Pozdravljamo Vašo odločitev, da ostanete pri nas.', 'Ana, Vaša pošiljka je na poti in bo kmalu pri Vas.', 'Vaše naročilo je odposlano,', 'Oprostite za čakanje, Ana!'],
  },
  hr: {
    body: 'zamjenski punjač jutros je otpremljen iz skladišta i stići će u četvrtak.\n\nLijep pozdrav,\nOskar',
    valid: ['Lijep pozdrav, gospođo Kovač!', 'Gospođo Kovač,', 'Dobar Vam dan, Ana!', 'Srdačan pozdrav, gospodine Babić!', 'Bok još jednom, Ana!', 'Draga gospođo Kovač!', 'Gospodine Babiću,'],
    invalid: ['Hvala na Vašoj poruci!', 'Dobre vijesti: pošiljka je na putu!', 'Ana, Vaša pošiljka je na putu i uskoro stiže.', 'Vaša narudžba je poslana,', 'Oprostite na čekanju, Ana!'],
  },
  fi: {
    body: 'varaosalaturi lähti varastoltamme tänä aamuna ja on perillä torstaina.\n\nYstävällisin terveisin\nOskari',
    valid: ['Moro Petri!', 'Oikein hyvää huomenta, Anni!', 'Rouva Virtanen,', 'Heissan Anni!', 'Hei vielä kerran, Anni!', 'Arvoisa asiakkaamme!', 'Heips Anni!'],
    invalid: ['Kiitos viestistäsi!', 'Hyviä uutisia: paketti on jo matkalla!', 'Anni, pakettisi on matkalla ja perillä pian.', 'Tilauksesi on lähetetty,', 'Pahoittelut odotuksesta, Anni!'],
  },
};
for (const [language, set] of Object.entries(R2_GREETING) as [Language, (typeof R2_GREETING)['en']][]) {
  testRule(
    { ...rule, id: `${rule.id} (round 2 greeting shapes, ${language})` },
    {
      valid: set.valid.map((s) => ({ language, text: `${s}\n\n${set.body}` })),
      invalid: set.invalid.map((s) => ({ language, text: `${s}\n\n${set.body}` })),
    },
  );
}
