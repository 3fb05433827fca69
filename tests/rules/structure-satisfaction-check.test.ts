import { describe } from 'vitest';
import rule from '../../src/engine/rules/structure/satisfaction-check';
import { testRule } from '../helpers/rule-tester';
import type { Language } from '../../src/engine/types';

const BODY =
  'Your refund of $64.99 was sent back to your PayPal account today. PayPal usually shows it within 24 hours, and you will get a confirmation email from them once it lands.';
const QUOTE = '\n\nOn Mon, 24 Nov 2025 at 09:14, Kevin Li <kevin@example.com> wrote:\n> Where is my refund? Let me know if you need anything else from me.\n';
const email = (check: string) => `Hi Kevin,\n\n${BODY}\n\n${check}\n\nBest wishes,\nGrace\nBrightcart Support${QUOTE}`;

testRule(rule, {
  valid: [
    email('Is there anything else I can help you with?'),
    email('Let me know if you have any other questions.'),
    email('If you need anything else, feel free to reach out.'),
    email("Please don't hesitate to contact us if the money has not arrived by Friday."),
    email('I hope this helps!'),
    email('Please let me know if the new link works for you.'),
    email('If anything else comes up, just reply to this email.'),
    email("Does that answer your question?"),
    // A question to the customer keeps the conversation open.
    email('Could you send me a photo of the label so I can check the address?'),
    email("I'll keep an eye on the refund and write to you again on Friday."),
    email('Should you have any further questions, we are here to help.'),
    'Refunded, closing the ticket.',
    '',
  ],
  invalid: [
    {
      text: email('Sorry again for the wait.'),
      output: `Hi Kevin,\n\n${BODY}\n\nSorry again for the wait.\n\nIs there anything else I can help you with?\n\nBest wishes,\nGrace\nBrightcart Support${QUOTE}`,
      message: 'anything else',
    },
    {
      // The check-in in the quoted customer message does not count.
      text: `Hi Kevin,\n\n${BODY}\n\nKind regards,\nGrace${QUOTE}`,
      output: `Hi Kevin,\n\n${BODY}\n\nIs there anything else I can help you with?\n\nKind regards,\nGrace${QUOTE}`,
    },
    {
      // No sign-off: the question goes above the rep's name, not under it.
      text: `Hi Kevin,\n\n${BODY}\n\nGrace\nBrightcart Support`,
      output: `Hi Kevin,\n\n${BODY}\n\nIs there anything else I can help you with?\n\nGrace\nBrightcart Support`,
    },
    {
      // Neither sign-off nor name: the question goes at the end.
      text: `Hi Kevin,\n\n${BODY}`,
      output: `Hi Kevin,\n\n${BODY}\n\nIs there anything else I can help you with?`,
    },
    {
      // Talk of help that is not a check-in.
      text: `Hi Kevin,\n\nI'm happy to help you with that. I couldn't find anything else on your account, so the refund is the only open item. ${BODY}\n\nBest,\nGrace`,
      output: `Hi Kevin,\n\nI'm happy to help you with that. I couldn't find anything else on your account, so the refund is the only open item. ${BODY}\n\nIs there anything else I can help you with?\n\nBest,\nGrace`,
    },
    {
      // A check-in that only appears in the signature is boilerplate, not the rep asking.
      text: `Hi Kevin,\n\n${BODY}\n\nBest regards,\nGrace\nBrightcart Support | Questions? Reply to this email.`,
      output: `Hi Kevin,\n\n${BODY}\n\nIs there anything else I can help you with?\n\nBest regards,\nGrace\nBrightcart Support | Questions? Reply to this email.`,
    },
  ],
});

// Latvian, Slovenian, Croatian and Finnish check-ins.
const LV_BODY = 'Jūsu atmaksa 64,99 € šodien tika pārskaitīta uz Jūsu PayPal kontu. Parasti tā redzama 24 stundu laikā, un PayPal Jums nosūtīs apstiprinājumu.';
const LV_QUOTE = '\n\npirmd., 2025. g. 24. nov., plkst. 09:14 — lietotājs Anna Bērziņa (<anna@example.lv>) rakstīja:\n> Kur ir mana atmaksa? Dodiet ziņu, ja Jums vēl kas vajadzīgs.\n';
const lvEmail = (check: string) => `Labdien, Anna!\n\n${LV_BODY}\n\n${check}\n\nAr cieņu,\nMārtiņš\nKlientu atbalsts${LV_QUOTE}`;
const SL_BODY = 'Vračilo v znesku 64,99 € smo danes nakazali na vaš račun PayPal. Običajno je vidno v 24 urah, PayPal pa vam bo poslal tudi potrdilo.';
const SL_QUOTE = '\n\nV pon., 24. nov. 2025 ob 09:14 je oseba Ana Novak <ana@example.si> napisala:\n> Kje je moje vračilo? Sporočite mi, če potrebujete še kaj.\n';
const slEmail = (check: string) => `Pozdravljeni,\n\n${SL_BODY}\n\n${check}\n\nLep pozdrav,\nMaja\nPodpora strankam${SL_QUOTE}`;
const HR_BODY = 'Povrat od 64,99 € danas je uplaćen na Vaš PayPal račun. Obično je vidljiv u roku od 24 sata, a PayPal će Vam poslati i potvrdu.';
const HR_QUOTE = '\n\npon, 24. stu 2025. u 09:14 Ana Horvat <ana@example.hr> napisao je:\n> Gdje je moj povrat? Javite mi ako trebate još nešto.\n';
const hrEmail = (check: string) => `Poštovana gospođo Horvat,\n\n${HR_BODY}\n\n${check}\n\nLijep pozdrav,\nMarko\nKorisnička podrška${HR_QUOTE}`;
const FI_BODY = 'Hyvitys 64,99 € maksettiin tänään PayPal-tilillesi. Se näkyy yleensä vuorokauden kuluessa, ja PayPal lähettää siitä vielä vahvistuksen.';
const FI_QUOTE = '\n\nma 24. marrask. 2025 klo 9.14 Matti Meikäläinen <matti@example.fi> kirjoitti:\n> Missä hyvitykseni on? Kerro, jos tarvitset minulta vielä jotain.\n';
const fiEmail = (check: string) => `Hei Matti,\n\n${FI_BODY}\n\n${check}\n\nYstävällisin terveisin\nLiisa\nAsiakaspalvelu${FI_QUOTE}`;

testRule(rule, {
  valid: [
    { language: 'lv', text: lvEmail('Vai varu vēl kā palīdzēt?') },
    { language: 'lv', text: lvEmail('Ja rodas vēl kādi jautājumi, droši rakstiet.') },
    { language: 'lv', text: lvEmail('Ceru, ka šī informācija bija noderīga!') },
    { language: 'lv', text: lvEmail('Ja nauda līdz piektdienai nav ienākusi, lūdzu, dodiet ziņu.') },
    { language: 'lv', text: lvEmail('Vai Jums būtu ērti, ja piezvanītu rīt no rīta?') },
    { language: 'sl', text: slEmail('Vam lahko še kako pomagam?') },
    { language: 'sl', text: slEmail('Če imate še kakšno vprašanje, nam pišite.') },
    { language: 'sl', text: slEmail('Upam, da vam je to v pomoč.') },
    { language: 'sl', text: slEmail('Če denarja do petka ne bo, nam prosim sporočite.') },
    { language: 'sl', text: slEmail('Bi vam ustrezalo, da vas jutri pokličem?') },
    { language: 'hr', text: hrEmail('Mogu li Vam još nečim pomoći?') },
    { language: 'hr', text: hrEmail('Ako imate dodatnih pitanja, slobodno nam se javite.') },
    { language: 'hr', text: hrEmail('Nadam se da sam Vam pomogao.') },
    { language: 'hr', text: hrEmail('Stojimo Vam na raspolaganju.') },
    { language: 'hr', text: hrEmail('Odgovara li Vam da Vas nazovem sutra ujutro?') },
    { language: 'fi', text: fiEmail('Voinko auttaa vielä jossakin muussa?') },
    { language: 'fi', text: fiEmail('Jos sinulla on kysyttävää, ota rohkeasti yhteyttä.') },
    { language: 'fi', text: fiEmail('Toivottavasti tästä oli apua!') },
    { language: 'fi', text: fiEmail('Jos rahat eivät näy tililläsi perjantaihin mennessä, ilmoitathan meille.') },
    { language: 'fi', text: fiEmail('Sopiiko, että soitan huomenna aamupäivällä?') },
    // Other everyday check-ins: a question about further questions, "in case of questions", "we are always there".
    { language: 'lv', text: lvEmail('Vai Jums radās vēl kāds jautājums par rēķinu?') },
    { language: 'lv', text: lvEmail('Ja Jums radīsies vēl kādi jautājumi, labprāt palīdzēsim.') },
    { language: 'lv', text: lvEmail('Neskaidrību gadījumā droši rakstiet.') },
    { language: 'lv', text: lvEmail('Esam Jums vienmēr pieejami.') },
    { language: 'sl', text: slEmail('Pri vseh nadaljnjih korakih smo Vam vedno na voljo.') },
    { language: 'sl', text: slEmail('Za morebitna vprašanja smo dosegljivi na tem naslovu.') },
    { language: 'sl', text: slEmail('Če boste morda potrebovali nasvet pri namestitvi, se oglasite.') },
    { language: 'sl', text: slEmail('Če imate morda še kakšno vprašanje, odgovorite na to sporočilo.') },
    { language: 'hr', text: hrEmail('Ako Vam opet bude trebala naša pomoć, tu smo za Vas.') },
    { language: 'hr', text: hrEmail('Za sva daljnja pitanja obratite se našoj podršci.') },
    { language: 'hr', text: hrEmail('Ako imate bilo kakvih drugih pitanja, odgovorite na ovu poruku.') },
    { language: 'fi', text: fiEmail('Jos teillä on vielä kysymyksiä, vastaamme mielellämme.') },
    { language: 'fi', text: fiEmail('Lisäkysymyksiin vastaamme arkisin puhelimitse.') },
    { language: 'fi', text: fiEmail('Olemme käytettävissänne arkisin klo 8–16.') },
    { language: 'lv', text: lvEmail('Priecāsimies Jums palīdzēt arī turpmāk.') },
    { language: 'sl', text: slEmail('Z veseljem Vam bomo pomagali tudi v prihodnje.') },
    { language: 'hr', text: hrEmail('Stojimo Vam i dalje na usluzi.') },
    { language: 'hr', text: hrEmail('Bit će nam drago pomoći.') },
    { language: 'fi', text: fiEmail('Autamme teitä jatkossakin mielellämme.') },
  ],
  invalid: [
    {
      language: 'lv',
      text: lvEmail('Paldies par pacietību.'),
      output: `Labdien, Anna!\n\n${LV_BODY}\n\nPaldies par pacietību.\n\nVai varu vēl kā palīdzēt?\n\nAr cieņu,\nMārtiņš\nKlientu atbalsts${LV_QUOTE}`,
      message: 'Vai varu vēl kā palīdzēt?',
    },
    {
      language: 'lv',
      text: `Labdien!\n\n${LV_BODY}\n\nAr cieņu,\nMārtiņš`,
      output: `Labdien!\n\n${LV_BODY}\n\nVai varu vēl kā palīdzēt?\n\nAr cieņu,\nMārtiņš`,
    },
    { language: 'lv', text: `Labdien!\n\n${LV_BODY}\n\nMārtiņš`, output: `Labdien!\n\n${LV_BODY}\n\nVai varu vēl kā palīdzēt?\n\nMārtiņš` },
    { language: 'lv', text: lvEmail('Atvainojos par kavēšanos.'), actual: '' },
    {
      language: 'sl',
      text: slEmail('Hvala za potrpežljivost.'),
      output: `Pozdravljeni,\n\n${SL_BODY}\n\nHvala za potrpežljivost.\n\nVam lahko še kako pomagam?\n\nLep pozdrav,\nMaja\nPodpora strankam${SL_QUOTE}`,
      message: 'Vam lahko še kako pomagam?',
    },
    {
      language: 'sl',
      text: `Pozdravljeni,\n\n${SL_BODY}\n\nLep pozdrav,\nMaja`,
      output: `Pozdravljeni,\n\n${SL_BODY}\n\nVam lahko še kako pomagam?\n\nLep pozdrav,\nMaja`,
    },
    { language: 'sl', text: `Pozdravljeni,\n\n${SL_BODY}\n\nMaja`, output: `Pozdravljeni,\n\n${SL_BODY}\n\nVam lahko še kako pomagam?\n\nMaja` },
    { language: 'sl', text: slEmail('Opravičujemo se za zamudo.'), actual: '' },
    {
      language: 'hr',
      text: hrEmail('Hvala na strpljenju.'),
      output: `Poštovana gospođo Horvat,\n\n${HR_BODY}\n\nHvala na strpljenju.\n\nMogu li vam još nečim pomoći?\n\nLijep pozdrav,\nMarko\nKorisnička podrška${HR_QUOTE}`,
      message: 'Mogu li vam još nečim pomoći?',
    },
    {
      language: 'hr',
      text: `Poštovani,\n\n${HR_BODY}\n\nLijep pozdrav,\nMarko`,
      output: `Poštovani,\n\n${HR_BODY}\n\nMogu li vam još nečim pomoći?\n\nLijep pozdrav,\nMarko`,
    },
    { language: 'hr', text: `Poštovani,\n\n${HR_BODY}\n\nMarko`, output: `Poštovani,\n\n${HR_BODY}\n\nMogu li vam još nečim pomoći?\n\nMarko` },
    { language: 'hr', text: hrEmail('Ispričavamo se zbog kašnjenja.'), actual: '' },
    {
      language: 'fi',
      text: fiEmail('Kiitos kärsivällisyydestäsi.'),
      output: `Hei Matti,\n\n${FI_BODY}\n\nKiitos kärsivällisyydestäsi.\n\nVoinko auttaa vielä jossakin muussa?\n\nYstävällisin terveisin\nLiisa\nAsiakaspalvelu${FI_QUOTE}`,
      message: 'Voinko auttaa vielä jossakin muussa?',
    },
    {
      language: 'fi',
      text: `Hei,\n\n${FI_BODY}\n\nTerveisin\nLiisa`,
      output: `Hei,\n\n${FI_BODY}\n\nVoinko auttaa vielä jossakin muussa?\n\nTerveisin\nLiisa`,
    },
    { language: 'fi', text: `Hei,\n\n${FI_BODY}\n\nLiisa`, output: `Hei,\n\n${FI_BODY}\n\nVoinko auttaa vielä jossakin muussa?\n\nLiisa` },
    { language: 'fi', text: fiEmail('Pahoittelemme viivästystä.'), actual: '' },
    // Words of the new check-ins in ordinary body sentences are no check-in.
    { language: 'lv', text: lvEmail('Jautājumi par rēķiniem tiek izskatīti piecu darba dienu laikā.'), actual: '' },
    { language: 'sl', text: slEmail('Vprašanja o računih obravnavamo v petih delovnih dneh.'), actual: '' },
    { language: 'hr', text: hrEmail('Tu smo zaprimili i Vašu drugu reklamaciju.'), actual: '' },
    { language: 'fi', text: fiEmail('Kysymykset käsitellään saapumisjärjestyksessä.'), actual: '' },
  ],
});

// Invitations to write back in their other forms: "feel free to write to us", the informal forms of address.
testRule(
  { ...rule, id: `${rule.id} (write-back families)` },
  {
    valid: [
      { language: 'hr', text: 'Poštovani,\n\nPovrat je knjižen danas ujutro i vidljiv je u aplikaciji. Iznos se može malo razlikovati zbog tečaja.\n\nAko ne vidite povrat, slobodno nam pišite i provjerit ćemo ga.\n\nLijep pozdrav,\nAna' },
      { language: 'hr', text: 'Bok, Ivane!\n\nPostupak traje nekoliko minuta, a nakon toga se pojavi novi gumb u aplikaciji i možeš slati račune.\n\nAko negdje zapneš, slobodno mi se javi.\n\nLuka' },
      { language: 'sl', text: 'Živjo, Miha!\n\nPostopek traja nekaj minut, nato se v aplikaciji pojavi nov gumb in račune lahko pošiljaš naprej.\n\nČe se ti kaj zatakne, mi kar piši.\n\nLuka' },
      { language: 'lv', text: 'Sveiks, Jāni!\n\nProcess aizņem dažas minūtes, pēc tam lietotnē parādās jauna poga un rēķinus vari sūtīt tālāk.\n\nJa kaut kas nav skaidrs, droši raksti.\n\nLūkass' },
      { language: 'fi', text: 'Hei Mikko,\n\nKäyttöönotto vie muutaman minuutin, minkä jälkeen sovellukseen ilmestyy uusi painike ja voit lähettää laskut.\n\nJos jokin jää epäselväksi, laita viestiä.\n\nTerveisin\nLuukas' },
    ],
    invalid: [
      {
        language: 'hr',
        text: 'Poštovani,\n\nPovrat je knjižen danas ujutro i vidljiv je u aplikaciji. Iznos se može malo razlikovati zbog tečaja, a slobodno ga provjerite u izvodu.\n\nLijep pozdrav,\nAna',
        message: 'pomoći',
      },
    ],
  },
);

testRule(
  { ...rule, id: `${rule.id} (more write-back and hope-it-helped forms)` },
  {
    valid: [
      { language: 'sl', text: 'Pozdravljeni,\n\nVračilo smo danes nakazali na Vašo kartico in bo vidno v treh delovnih dneh, opombo pa smo dodali k naročilu.\n\nOglasite se, če bi potrebovali še kaj.\n\nLep pozdrav,\nMaja' },
      { language: 'lv', text: 'Labdien!\n\nAtmaksa šodien tika pārskaitīta uz Jūsu karti un būs redzama trīs darba dienu laikā, piezīmi pievienojām pasūtījumam.\n\nCeru, ka varēju palīdzēt.\n\nAr cieņu,\nAnna' },
      { language: 'fi', text: 'Hei Mikko,\n\nHyvitys maksettiin tänään kortillesi, ja se näkyy tililläsi kolmen arkipäivän kuluessa. Lisäsimme tilaukseen merkinnän.\n\nPalvelemme sinua mielellämme.\n\nYstävällisin terveisin\nLiisa' },
    ],
    invalid: [],
  },
);

// s4-lvfi: Latvian check-ins in other word orders and shapes ("Vai varam palīdzēt vēl ar ko citu?").
describe('lv check-ins in other word orders (s4-lvfi)', () => {
  const reply = (line: string) => `Labdien, Anna!\n\nPasūtījums ir nosūtīts, un kurjers to piegādās rīt.\n\n${line}\n\nAr cieņu\nPēteris`;
  testRule(
    { ...rule, id: `${rule.id} (lv word orders)` },
    {
      valid: [
        { language: 'lv', text: reply('Vai varam palīdzēt vēl ar ko citu?') },
        { language: 'lv', text: reply('Vai varu palīdzēt Jums vēl kā?') },
        { language: 'lv', text: reply('Vai ir vēl kāds jautājums, ar ko varu palīdzēt?') },
        { language: 'lv', text: reply('Vai vēl kaut kas ir nepieciešams?') },
        { language: 'lv', text: reply('Vai šī informācija Jums palīdzēja?') },
        { language: 'lv', text: reply('Vai tagad viss ir skaidrs?') },
      ],
      invalid: [
        { language: 'lv', text: reply('Kurjers piezvanīs pirms piegādes.') },
        { language: 'lv', text: reply('Vai kurjers zvanīja, nav zināms.') },
        { language: 'lv', text: reply('Pasūtījuma numurs ir 4471.') },
        { language: 'lv', text: reply('Vai piegāde notiks rīt, atkarīgs no laikapstākļiem.') },
        { language: 'lv', text: reply('Paldies, ka izvēlējāties mūs.') },
      ],
    },
  );
});

// Slovenian and Croatian (session s4-slhr): "z veseljem pomagam", "če Vas zanima še kaj", "Ali imate še kakšno
// vprašanje…?", hr "ako Vas zanima još nešto", "rado ćemo pomoći", "Imate li još kakvih pitanja?" check in; a
// "javi nam se" / "sporočite nam" with a deadline after it asks for something and does not.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, offers, questions and deadlines)` },
  {
    valid: [
      { language: 'sl', text: 'Spoštovana gospa Novak,\n\nnovo kartico lahko dodate v profilu pod Plačila.\n\nČe Vas zanima še kaj, z veseljem pomagam.\n\nEva' },
      { language: 'sl', text: 'Spoštovani,\n\ntermin smo Vam rezervirali v sredo ob 7.40.\n\nAli imate še kakšno vprašanje glede pregleda?\n\nLep pozdrav,\nAlenka' },
      { language: 'sl', text: 'Spoštovani,\n\npaket je na poti in bo prispel v petek.\n\nZ veseljem Vam še pomagamo, če bo treba.\n\nLep pozdrav,\nMaja' },
      { language: 'sl', text: 'Spoštovani,\n\nvračilo smo nakazali danes.\n\nČe Vam kaj ni jasno, nas pokličite.\n\nLep pozdrav,\nMaja' },
      { language: 'sl', text: 'Spoštovani,\n\nnaročnino smo podaljšali do junija.\n\nAli potrebujete še kakšno potrdilo za delodajalca?\n\nLep pozdrav,\nMaja' },
      { language: 'hr', text: 'Poštovana gospođo Tomić,\n\npretplatu možete zaključiti na blagajni garaže.\n\nJavite nam se ako Vas zanima još nešto, rado ćemo pomoći.\n\nSrdačan pozdrav,\nDino' },
      { language: 'hr', text: 'Poštovani,\n\nprijava na ispit otvorena je do petka.\n\nAko Vas zanima još nešto o programu ili ispitu, slobodno nam pišite.\n\nLijep pozdrav,\nAna' },
      { language: 'hr', text: 'Poštovani,\n\npovrat je knjižen danas.\n\nImate li još kakvih pitanja o računu?\n\nLijep pozdrav,\nAna' },
      { language: 'hr', text: 'Poštovani,\n\npaket stiže u četvrtak.\n\nRado ćemo Vam pomoći i s povratom ako bude potrebno.\n\nLijep pozdrav,\nAna' },
      { language: 'hr', text: 'Poštovani,\n\nnovi račun je u privitku.\n\nAko Vam nešto nije jasno, nazovite nas.\n\nLijep pozdrav,\nAna' },
    ],
    invalid: [
      { language: 'hr', text: 'Bok, Dario!\n\nVez je rezerviran od lipnja do rujna.\n\nAko želiš brod ostaviti i preko zime, javi nam se do kraja kolovoza.\n\nLijep pozdrav,\nMarko', message: 'pomoći' },
      { language: 'hr', text: 'Poštovani,\n\nugovor je spreman.\n\nJavite nam do petka odgovara li Vam termin potpisivanja.\n\nLijep pozdrav,\nMarko', message: 'pomoći' },
      { language: 'hr', text: 'Poštovani,\n\nugovor je spreman za potpis u našem uredu u Ilici 12. Ured radi radnim danom od 8 do 16 sati, a za potpis trebate osobnu iskaznicu i potvrdu o uplati prve rate.\n\nLijep pozdrav,\nMarko', message: 'pomoći' },
      { language: 'sl', text: 'Spoštovani,\n\npogodba je pripravljena za podpis v naši poslovalnici na Celovški cesti 32, kjer smo ob delavnikih od 8. do 16. ure.\n\nSporočite nam do petka, kateri termin podpisa izberete.\n\nLep pozdrav,\nMaja', message: 'pomagam' },
      { language: 'sl', text: 'Spoštovani,\n\npogodba je pripravljena za podpis v naši poslovalnici na Celovški cesti 32. Poslovalnica je odprta ob delavnikih od 8. do 16. ure, za podpis pa potrebujete osebni dokument in potrdilo o plačilu prvega obroka.\n\nLep pozdrav,\nMaja', message: 'pomagam' },
    ],
  },
);

// Round 2 (s4-r2struct): check-ins told by their SHAPE in all five languages, not by a listed phrase: an invitation
// to write/ask/call us with a condition, an "else/more" word or a help topic; an offer with a condition; a question
// with an "else" word. Near-misses: demands with a deadline, sending the customer to a third party, news to come,
// an offer in the body without a condition, plain information.
const R2_CHECK: Record<'en' | 'lv' | 'sl' | 'hr' | 'fi', { wrap: (s: string) => string; valid: string[]; invalid: string[] }> = {
  en: {
    wrap: (s) => `Hi Dana,\n\nYour replacement charger left our warehouse this morning and should arrive on Thursday.\n\n${s}\n\nBest regards,\nOwen`,
    valid: [
      'Whenever something about the charger puzzles you, ring us.',
      'If the light keeps blinking, write back and we will sort it.',
      'Should any part of this be unclear, drop us a note.',
      'Anything more on your mind about the order?',
      'If you would like a different delivery slot, we are glad to arrange one.',
      'Got any other worries about the device?',
      'If some step is unclear, just ask us.',
      'If you are unsure about the setup, give us a ring.',
      'For any other questions about the order I am available all week.',
      'Any trouble with the charger, just give us a buzz.',
      'Fingers crossed it works now, but if not, you know where to find us.',
    ],
    invalid: [
      'If the charger is not back with us by Friday, we will charge the full price.',
      'If the light keeps blinking, contact the manufacturer directly.',
      'We are happy to confirm that the charger is covered by the warranty.',
      'We will tell you as soon as the courier picks it up.',
      'Please keep the old charger in its box until the courier collects it.',
      'The setup guide is available on our help page.',
      'If the charger fails, call the manufacturer.',
    ],
  },
  lv: {
    wrap: (s) => `Labdien, Anna!\n\nJūsu rezerves lādētājs šorīt nosūtīts un ceturtdien būs pie Jums.\n\n${s}\n\nAr cieņu\nOskars`,
    valid: [
      'Ja kāds solis paliek neskaidrs, rakstiet.',
      'Ja vēlaties citu piegādes laiku, labprāt to sarunāsim.',
      'Ja lādētājs arī turpmāk mirgo, droši zvaniet mums.',
      'Ja gribat kaut ko precizēt, pajautājiet.',
      'Vai ir vēl kaut kas, ko varam izdarīt saistībā ar pasūtījumu?',
      'Ja iestatīšanā kas neizdodas, sazinieties ar mani.',
      'Ja Jūs interesē vēl kas, varat droši rakstīt.',
      'Ja vēlaties konsultāciju, ar prieku to noorganizēsim.',
      'Papildu jautājumu gadījumā esam pieejami darba dienās.',
      'Ja kas, zvaniet!',
      'Vai saņēmāt visu, kas bija vajadzīgs?',
    ],
    invalid: [
      'Ja lādētājs netiks atgriezts līdz piektdienai, pieprasīsim pilnu samaksu.',
      'Ja lādētājs turpina mirgot, sazinieties ar ražotāju.',
      'Ja nepiekrītat lēmumam, varat vērsties patērētāju tiesību aizsardzības centrā.',
      'Lūdzu, uzglabājiet veco lādētāju kastē, līdz kurjers to savāks.',
      'Atbildiet uz šo vēstuli līdz 15. decembrim, pretējā gadījumā pasūtījums tiks atcelts.',
      'Ja nauda nav ienākusi, zvaniet bankai.',
    ],
  },
  sl: {
    wrap: (s) => `Pozdravljeni, gospa Kranjc,\n\nnadomestni polnilnik je danes zjutraj odšel iz skladišča in bo pri Vas v četrtek.\n\n${s}\n\nLep pozdrav,\nOskar`,
    valid: [
      'Če bo lučka še naprej utripala, nam kar odpišite.',
      'Bi radi izvedeli še kaj o garanciji?',
      'Če Vam kakšen korak ne bo jasen, vprašajte.',
      'Če si želite drugačen termin dostave, ga z veseljem uredimo.',
      'Kadar koli Vas kaj zanima, se mi oglasite.',
      'Če potrebujete navodila v tiskani obliki, mi lahko pišete.',
      'Vas zanima še kaj drugega v zvezi z naročilom?',
      'Če se pri namestitvi kaj zatakne, nas pokličite.',
      'Za morebitna dodatna vprašanja sem Vam na voljo.',
      'Ste dobili vse, kar ste potrebovali?',
      'Če ne bo delovalo, pokličite.',
    ],
    invalid: [
      'Če polnilnika ne vrnete do petka, Vam zaračunamo polno ceno.',
      'Če lučka še naprej utripa, se obrnite na proizvajalca.',
      'Sporočite nam najkasneje do 15. decembra, ali naročilo ohranite.',
      'Stari polnilnik pustite v škatli, dokler ga kurir ne prevzame.',
      'Obvestili Vas bomo, ko ga bo kurir prevzel.',
      'Če ne bo delovalo, pokličite serviserja.',
      'Če želite, lahko preidete na paket, ki vključuje vse, kar uporabljate.',
    ],
  },
  hr: {
    wrap: (s) => `Poštovana gospođo Kovač,\n\nzamjenski punjač jutros je otpremljen iz skladišta i stići će u četvrtak.\n\n${s}\n\nLijep pozdrav,\nOskar`,
    valid: [
      'Ako lampica i dalje bude treptala, napišite nam par riječi.',
      'Ako želite drugi termin dostave, rado ćemo ga dogovoriti.',
      'Ukoliko Vam neki korak bude nejasan, pitajte.',
      'Zanima li Vas još nešto u vezi s narudžbom?',
      'Kad god Vam zatreba pomoć oko postavljanja, nazovite nas.',
      'Ako Vam treba uputa na papiru, možete nam se javiti.',
      'Ima li još nešto što bismo mogli provjeriti za Vas?',
      'Ako negdje zapnete, obratite nam se.',
      'Za sve nejasnoće tu sam za Vas.',
      'Jeste li dobili sve što ste trebali?',
      'Ako ne radi, javite se.',
    ],
    invalid: [
      'Ako punjač ne vratite do petka, naplatit ćemo punu cijenu.',
      'Ako lampica i dalje treperi, kontaktirajte proizvođača.',
      'Javite nam najkasnije do 15. prosinca želite li zadržati narudžbu.',
      'Stari punjač ostavite u kutiji dok ga kurir ne preuzme.',
      'Obavijestit ćemo Vas kad ga kurir preuzme.',
      'Ako ne radi, javite se servisu.',
    ],
  },
  fi: {
    wrap: (s) => `Hei Anni,\n\nvaraosalaturi lähti varastoltamme tänä aamuna ja on perillä torstaina.\n\n${s}\n\nYstävällisin terveisin\nOskari`,
    valid: [
      'Kysy ihmeessä, jos jokin vaihe jää mietityttämään.',
      'Jos haluat toisen toimitusajan, järjestämme sen mielellämme.',
      'Jos valo vilkkuu edelleen, laita meille viestiä.',
      'Jos asennuksessa tulee ongelmia, soita meille.',
      'Voit aina kysyä, jos jokin jäi epäselväksi.',
      'Jos tarvitset ohjeen paperilla, kirjoita meille.',
      'Mietityttääkö jokin muu tilauksessa?',
      'Jos laturi ei lataa, ota meihin yhteyttä.',
      'Olemme tavoitettavissa, jos jokin jäi mietityttämään.',
      'Saitko kaiken, mitä tarvitsit?',
      'Jos ei toimi, soita.',
    ],
    invalid: [
      'Jos laturia ei palauteta perjantaihin mennessä, veloitamme koko hinnan.',
      'Jos valo vilkkuu edelleen, ota yhteyttä valmistajaan.',
      'Ilmoitamme teille heti, kun kuriiri on noutanut paketin.',
      'Säilytä vanha laturi laatikossa, kunnes kuriiri noutaa sen.',
      'Jos et palauta laturia, tilaus laskutetaan kokonaan.',
      'Jos ei toimi, soita huoltoon.',
    ],
  },
};
for (const [language, set] of Object.entries(R2_CHECK) as [Language, (typeof R2_CHECK)['en']][]) {
  testRule(
    { ...rule, id: `${rule.id} (round 2 shapes, ${language})` },
    {
      valid: set.valid.map((s) => ({ language, text: set.wrap(s) })),
      invalid: set.invalid.map((s) => ({ language, text: set.wrap(s) })),
    },
  );
}
