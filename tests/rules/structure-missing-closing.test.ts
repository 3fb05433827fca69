import { describe } from 'vitest';
import rule from '../../src/engine/rules/structure/missing-closing';
import { testRule } from '../helpers/rule-tester';
import type { Language } from '../../src/engine/types';

const BODY = 'Your refund of $64.99 was sent back to your PayPal account today. It usually shows within 24 hours.';
const QUOTE = '\n\nOn Mon, 24 Nov 2025 at 09:14, Anna Berzina <anna@example.com> wrote:\n> Hi there,\n> Where is my refund?\n> Kind regards,\n> Anna\n';

testRule(rule, {
  valid: [
    `Hi Anna,\n\n${BODY}\n\nBest regards,\nMark Jones\nBrightcart Support${QUOTE}`,
    `Hi Anna,\n\n${BODY}\n\nKind regards,\n\nOlivia Hart\nCustomer Experience Team\nBrightcart UK`,
    `Hi Anna,\n\n${BODY}\n\nThanks, Mark`,
    `Hi Anna,\n\n${BODY}\n\nCheers,\nAmira\nTelvia Customer Support`,
    `Hi Anna,\n\n${BODY}\n\nHave a great weekend,\nSam`,
    `Hi Anna,\n\n${BODY}\n\nAll the best,\nPriya`,
    `Hi Anna,\n\n${BODY}\n\nWarmly,\nNadia`,
    // Sign-offs no list holds, told by their shape: a short line of their own above a name and a team line.
    `Hi Anna,\n\n${BODY}\n\nGood luck out there,\nJess\nIronpine Player Support${QUOTE}`,
    `Hi Anna,\n\n${BODY}\n\nHappy gaming!\nMarco Rossi`,
    `Hi Anna,\n\n${BODY}\n\nAll the best for the move,\nTom\nBrightcart Support`,
    '',
    'Refunded, closing the ticket.',
  ],
  invalid: [
    {
      // The name block without a sign-off above it: the sign-off goes right above the name.
      text: `Hi Anna,\n\n${BODY}\n\nMark Jones\nBrightcart Support${QUOTE}`,
      output: `Hi Anna,\n\n${BODY}\n\nBest regards,\nMark Jones\nBrightcart Support${QUOTE}`,
      message: 'sign-off',
    },
    {
      // No name either: the sign-off goes at the end of what the rep wrote, above the quoted thread.
      text: `Hi Anna,\n\n${BODY}\n\nIs there anything else I can help you with?${QUOTE}`,
      output: `Hi Anna,\n\n${BODY}\n\nIs there anything else I can help you with?\n\nBest regards,${QUOTE}`,
    },
    {
      // The name on the line under the last sentence.
      text: `Hi Anna,\n\n${BODY} Let me know if you have any questions.\nMark`,
      output: `Hi Anna,\n\n${BODY} Let me know if you have any questions.\n\nBest regards,\nMark`,
    },
    {
      // A "-- " signature with no sign-off above it.
      text: `Hello,\n\n${BODY}\n\n-- \nMark | Brightcart | +1 555 0100\n`,
      output: `Hello,\n\n${BODY}\n\nBest regards,\n\n-- \nMark | Brightcart | +1 555 0100\n`,
    },
    {
      // A sentence that starts like a sign-off is not one.
      text: `Hi Kevin,\n\n${BODY}\n\nThanks for your patience while we looked into this.`,
      output: `Hi Kevin,\n\n${BODY}\n\nThanks for your patience while we looked into this.\n\nBest regards,`,
    },
    {
      // A long line ending in a comma above the name is an unfinished sentence, not a sign-off.
      text: `Hi Kevin,\n\n${BODY}\n\nLet me know if there is anything else I can do,\nGrace`,
      message: 'sign-off',
    },
    {
      // A question above the name is not a sign-off.
      text: `Hi Kevin,\n\n${BODY}\n\nAnything else?\nGrace`,
      message: 'sign-off',
    },
    {
      text: `Hi Kevin,\n\n${BODY}\n\n– Grace`,
      output: `Hi Kevin,\n\n${BODY}\n\nBest regards,\n– Grace`,
    },
  ],
});

// Latvian, Slovenian, Croatian and Finnish sign-offs; Finnish ones take no comma.
const LV_BODY = 'Jūsu atmaksa 64,99 € šodien tika pārskaitīta uz Jūsu kontu. Parasti tā kontā redzama divu darba dienu laikā.';
const LV_QUOTE = '\n\npirmd., 2025. g. 24. nov., plkst. 09:14 — lietotājs Anna Bērziņa (<anna@example.lv>) rakstīja:\n> Kur ir mana nauda?\n> Ar cieņu,\n> Anna\n';
const SL_BODY = 'Vračilo v znesku 64,99 € smo danes nakazali na vaš račun. Običajno je vidno v dveh delovnih dneh.';
const SL_QUOTE = '\n\nV pon., 24. nov. 2025 ob 09:14 je oseba Ana Novak <ana@example.si> napisala:\n> Kje je moj denar?\n> Lep pozdrav,\n> Ana\n';
const HR_BODY = 'Povrat od 64,99 € danas je uplaćen na Vaš račun. Obično je vidljiv u roku od dva radna dana.';
const HR_QUOTE = '\n\npon, 24. stu 2025. u 09:14 Ana Horvat <ana@example.hr> napisao je:\n> Gdje je moj novac?\n> Lijep pozdrav,\n> Ana\n';
const FI_BODY = 'Hyvitys 64,99 € maksettiin tänään tilillesi. Se näkyy yleensä kahden arkipäivän kuluessa.';
const FI_QUOTE = '\n\nma 24. marrask. 2025 klo 9.14 Matti Meikäläinen <matti@example.fi> kirjoitti:\n> Missä rahani ovat?\n> Terveisin\n> Matti\n';

testRule(rule, {
  valid: [
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,\nMārtiņš Kalniņš\nKlientu atbalsts${LV_QUOTE}` },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\n\nAr labiem vēlējumiem,\nMārtiņš` },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\n\nAr sirsnīgiem sveicieniem,\nMārtiņš` },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\n\nPaldies par sapratni!\nMārtiņš` },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\n\nJauku dienu!\nMārtiņš` },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,\nMaja Horvat\nPodpora strankam${SL_QUOTE}` },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\nS spoštovanjem,\nMaja` },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\nLp, Maja` },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\nPozdrav,\nMaja` },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nMarko Babić\nKorisnička podrška${HR_QUOTE}` },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\n\nS poštovanjem,\nMarko` },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\n\nSrdačan pozdrav,\nMarko` },
    // "Pozdrav," closes as often as it opens.
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\n\nPozdrav,\nMarko` },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\n\nYstävällisin terveisin\nLiisa Virtanen\nAsiakaspalvelu${FI_QUOTE}` },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\n\nTerveisin\nLiisa` },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\n\nHyvää päivänjatkoa!\nLiisa` },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\n\nParhain terveisin,\nLiisa` },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\nLepo Vas pozdravljam,\nMaja` },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\n\nLijepo Vas pozdravljam,\nMarko` },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\n\nAurinkoisin terveisin\nLiisa` },
    // Sign-offs told by their shape (a short line of their own above a name), in any language.
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\nUživajte v novem telefonu!\nMaja\nPodpora strankam` },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\n\nUgodan let želimo,\nMarko Babić` },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\n\nLai veicas ar jauno tālruni!\nMārtiņš` },
    // Seasonal and compound sign-offs from the lists.
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\n\nYhteistyöterveisin\nLiisa Virtanen\nAsiakaspalvelu` },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\n\nKevätterveisin\nLiisa` },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav in prijeten vikend\nMaja` },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\n\nUgodan tjedan\nMarko` },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\n\nAr pateicību\nMārtiņš` },
  ],
  invalid: [
    {
      language: 'lv',
      text: `Labdien!\n\n${LV_BODY}\n\nMārtiņš Kalniņš\nKlientu atbalsts${LV_QUOTE}`,
      output: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,\nMārtiņš Kalniņš\nKlientu atbalsts${LV_QUOTE}`,
      message: 'Ar cieņu,',
    },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}${LV_QUOTE}`, output: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,${LV_QUOTE}` },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\nMārtiņš`, output: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,\nMārtiņš` },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\n\n– Mārtiņš`, output: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,\n– Mārtiņš` },
    {
      language: 'sl',
      text: `Pozdravljeni,\n\n${SL_BODY}\n\nMaja Horvat\nPodpora strankam${SL_QUOTE}`,
      output: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,\nMaja Horvat\nPodpora strankam${SL_QUOTE}`,
      message: 'Lep pozdrav,',
    },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}${SL_QUOTE}`, output: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,${SL_QUOTE}` },
    // "Pozdrav," only as the opener is no sign-off.
    { language: 'sl', text: `Pozdrav,\n\n${SL_BODY}\n\nMaja`, output: `Pozdrav,\n\n${SL_BODY}\n\nLep pozdrav,\nMaja` },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\n-- \nMaja | Trgovina Zelenjava\n`, output: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,\n\n-- \nMaja | Trgovina Zelenjava\n` },
    {
      language: 'hr',
      text: `Poštovani,\n\n${HR_BODY}\n\nMarko Babić\nKorisnička podrška${HR_QUOTE}`,
      output: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nMarko Babić\nKorisnička podrška${HR_QUOTE}`,
      message: 'Lijep pozdrav,',
    },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}${HR_QUOTE}`, output: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,${HR_QUOTE}` },
    { language: 'hr', text: `Pozdrav,\n\n${HR_BODY}\n\nMarko`, output: `Pozdrav,\n\n${HR_BODY}\n\nLijep pozdrav,\nMarko` },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\nMarko`, output: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nMarko` },
    {
      language: 'fi',
      text: `Hei,\n\n${FI_BODY}\n\nLiisa Virtanen\nAsiakaspalvelu${FI_QUOTE}`,
      output: `Hei,\n\n${FI_BODY}\n\nYstävällisin terveisin\nLiisa Virtanen\nAsiakaspalvelu${FI_QUOTE}`,
      message: 'Ystävällisin terveisin',
    },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}${FI_QUOTE}`, output: `Hei,\n\n${FI_BODY}\n\nYstävällisin terveisin${FI_QUOTE}` },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\nLiisa`, output: `Hei,\n\n${FI_BODY}\n\nYstävällisin terveisin\nLiisa` },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\n\n– Liisa`, output: `Hei,\n\n${FI_BODY}\n\nYstävällisin terveisin\n– Liisa` },
  ],
});

// s4-lvfi: the many ways Latvians and Finns sign off.
describe('lv/fi sign-offs (s4-lvfi)', () => {
  const lv = (closing: string) => `Labdien!\n\nRēķins ir izlabots.\n\n${closing}\nDace Bērziņa`;
  const fi = (closing: string) => `Hei!\n\nLasku on korjattu.\n\n${closing}\nMinna`;
  testRule(
    { ...rule, id: `${rule.id} (lv/fi sign-offs)` },
    {
      valid: [
        { language: 'lv', text: lv('Ar labākajiem novēlējumiem') },
        { language: 'lv', text: lv('Ar siltiem sveicieniem,') },
        { language: 'lv', text: lv('Labus novēlējumus') },
        { language: 'lv', text: lv('Lai Jums jauka diena!') },
        { language: 'lv', text: lv('Gaišu vakaru!') },
        { language: 'fi', text: fi('Mukavaa viikkoa!') },
        { language: 'fi', text: fi('Hyvää loppuviikkoa') },
        { language: 'fi', text: fi('Aurinkoista viikonloppua!') },
        { language: 'fi', text: fi('Lämmöllä') },
        { language: 'fi', text: fi('Ystävällisin terveisin ja mukavaa päivänjatkoa') },
      ],
      invalid: [
        { language: 'lv', text: 'Labdien!\n\nRēķins ir izlabots, un labākie novēlējumi ir mūsu mērķis.\nDace Bērziņa' },
        { language: 'lv', text: 'Labdien!\n\nRēķins ir izlabots.\n\nSiltie sveicieni no visas komandas tika nodoti, bet rēķins vēl jāpārbauda Jums pašiem un jāatsūta atpakaļ.' },
        { language: 'lv', text: 'Labdien!\n\nRēķins ir izlabots. Gaišu vakaru mēs Jums nevaram apsolīt, bet elektrība būs.' },
        { language: 'fi', text: 'Hei!\n\nLasku on korjattu. Mukavaa viikkoa ei ole luvassa, koska katko jatkuu.' },
        { language: 'fi', text: 'Hei!\n\nLasku on korjattu. Uusi lasku lähtee viikon kuluessa, ja hyvitys näkyy siinä erillisenä rivinä.' },
      ],
    },
  );
});

// Round 2 (s4-r2struct): sign-offs told by their lexemes in any combination, on the short line right above the
// signature block (a blank line between them or not), in all five languages. Near-misses: the body's last sentence, a
// check-in or a request right above the name, which are no sign-off.
const R2_SIGN_OFF: Record<'en' | 'lv' | 'sl' | 'hr' | 'fi', { wrap: (s: string) => string; valid: string[]; invalid: string[] }> = {
  en: {
    wrap: (s) => `Hi Dana,\n\nYour replacement charger left our warehouse this morning and should arrive on Thursday.\n\n${s}\n\nOwen Hughes\nCustomer Care\nVoltway Ltd.`,
    valid: [
      'With very best wishes from all of us,',
      'Regards from a snowy Leeds,',
      'Warmest thanks once more,',
      'Have a restful Sunday!',
      'Greetings from the whole support crew,',
      'Yours, as ever,',
      'Sincerely and with thanks,',
      'Enjoy the new charger!',
      'Take it easy,',
      'Looking forward to your reply,',
    ],
    invalid: [
      'The courier will call you an hour before delivery.',
      'Is there anything else I can help you with?',
      'If the light keeps blinking, please let us know,',
      'Please keep the old charger in its box:',
      'Tracking number: 48213',
      'Tell us what you think!',
    ],
  },
  lv: {
    wrap: (s) => `Labdien, Anna!\n\nJūsu rezerves lādētājs šorīt nosūtīts un ceturtdien būs pie Jums.\n\n${s}\n\nOskars Kalniņš\nKlientu atbalsts\nVoltvejs SIA`,
    valid: [
      'Ar siltākajiem sveicieniem no Rīgas,',
      'Visu labu vēlot no visas komandas',
      'Sveicieni no klientu atbalsta!',
      'Ar pateicību un cieņu',
      'Jauku Ziemassvētku laiku!',
      'Ar vissirsnīgākajiem novēlējumiem',
      'Paldies un visu labu!',
      'Veiksmīgu jauno gadu vēlot,',
      'Uz drīzu tikšanos!',
    ],
    invalid: [
      'Kurjers Jums piezvanīs stundu pirms piegādes.',
      'Vai varu vēl kā palīdzēt?',
      'Ja lādētājs mirgo, lūdzu, dodiet ziņu,',
      'Lūdzu, uzglabājiet veco lādētāju:',
      'Sūtījuma numurs: 48213',
    ],
  },
  sl: {
    wrap: (s) => `Pozdravljeni, gospa Kranjc,\n\nnadomestni polnilnik je danes zjutraj odšel iz skladišča in bo pri Vas v četrtek.\n\n${s}\n\nOskar Novak\nPodpora strankam\nVoltvej d.o.o.`,
    valid: [
      'Prav lep pozdrav iz Maribora,',
      'Hvala in lep vikend!',
      'Sončen pozdrav od vseh nas,',
      'Lepo pozdravljeni iz podpore',
      'Z lepimi pozdravi in hvala,',
      'Želim Vam prijetne praznike!',
      'Vse dobro in lep pozdrav',
      'Prisrčno pozdravljeni,',
      'Se slišimo,',
    ],
    invalid: [
      'Kurir Vas bo poklical uro pred dostavo.',
      'Vam lahko še kako pomagam?',
      'Če lučka utripa, nam prosim sporočite,',
      'Stari polnilnik shranite v škatli:',
      'Številka pošiljke: 48213',
    ],
  },
  hr: {
    wrap: (s) => `Poštovana gospođo Kovač,\n\nzamjenski punjač jutros je otpremljen iz skladišta i stići će u četvrtak.\n\n${s}\n\nOskar Horvat\nKorisnička podrška\nVoltvej d.o.o.`,
    valid: [
      'Srdačni pozdravi iz Splita,',
      'Hvala i ugodan vikend!',
      'Puno pozdrava od cijelog tima,',
      'Pozdrav iz korisničke podrške',
      'Uz srdačne pozdrave i zahvalu,',
      'Želimo Vam sretne blagdane!',
      'Sve najbolje i lijep pozdrav',
      'Srdačno Vaš,',
      'Čujemo se!',
    ],
    invalid: [
      'Kurir će Vas nazvati sat vremena prije dostave.',
      'Mogu li Vam još nečim pomoći?',
      'Ako lampica treperi, molim Vas javite nam,',
      'Stari punjač spremite u kutiju:',
      'Broj pošiljke: 48213',
    ],
  },
  fi: {
    wrap: (s) => `Hei Anni,\n\nvaraosalaturi lähti varastoltamme tänä aamuna ja on perillä torstaina.\n\n${s}\n\nOskari Virtanen\nAsiakaspalvelu\nVoltvei Oy`,
    valid: [
      'Pakkasterveisin Oulusta',
      'Mukavaa joulunaikaa toivottaen',
      'Kiitos ja aurinkoista viikonloppua!',
      'Lämpimät terveiset koko tiimiltä',
      'Ystävällisesti tervehtien ja kiittäen',
      'Hyvää ja rauhallista joulua!',
      'Oikein mukavaa syksyn jatkoa,',
      'Kiitoksin ja terveisin',
      'Kuulemiin!',
    ],
    invalid: [
      'Kuriiri soittaa tuntia ennen toimitusta.',
      'Voinko auttaa vielä jossakin muussa?',
      'Jos valo vilkkuu, ilmoita siitä meille,',
      'Säilytä vanha laturi laatikossa:',
      'Lähetysnumero: 48213',
    ],
  },
};
for (const [language, set] of Object.entries(R2_SIGN_OFF) as [Language, (typeof R2_SIGN_OFF)['en']][]) {
  testRule(
    { ...rule, id: `${rule.id} (round 2 sign-off words, ${language})` },
    {
      valid: set.valid.map((s) => ({ language, text: set.wrap(s) })),
      invalid: set.invalid.map((s) => ({ language, text: set.wrap(s) })),
    },
  );
}
