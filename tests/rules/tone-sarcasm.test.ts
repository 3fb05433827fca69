import { describe } from 'vitest';
import rule from '../../src/engine/rules/tone/sarcasm';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Congratulations on your new home, and welcome to Telvia!',
    'Wow, thank you for the kind words about Sam.',
    "Oh, I see what happened now: the card expired last month.",
    'Yeah, right now the warehouse is closed, but it reopens at 8.',
    "I'm sure you did everything right; the bank blocked the payment.",
    'As you can see in the screenshot, the button is at the top.',
    "Good luck with the move, and let us know your new address when you're settled.",
    "Make sure you did not tick the 'save card' box.",
    "Open your 'My Orders' page and choose Return.",
    'Your "Premium" plan renews on the 4th.',
    'Thanks for your patience while we sorted this out.',
    'Sure, whatever time suits you is fine.',
    'Type "yes" in the box to confirm the cancellation.',
    'The status "pending" means the bank has not confirmed the payment yet.',
  ],
  invalid: [
    { text: 'Well, thanks for nothing then.', actual: 'thanks for nothing' },
    { text: 'Thanks a lot for nothing.', actual: 'Thanks a lot for nothing' },
    { text: 'You want a refund after two years? Good luck with that.', actual: 'Good luck with that' },
    { text: 'Oh great, another lost parcel.', actual: 'Oh great' },
    { text: 'You paid on time? Yeah right.', actual: 'Yeah right' },
    { text: 'Sure, whatever you say.', actual: 'Sure, whatever' },
    { text: 'Congratulations on finally reading the manual.', actual: 'Congratulations on finally' },
    {
      text: 'As you can clearly see, the box was sealed.',
      actual: 'As you can clearly see',
      output: 'As you can see, the box was sealed.',
    },
    { text: "You sent it twice? I'm sure you did.", actual: "I'm sure you did" },
    { text: 'Wow, you really broke it this time.', actual: 'Wow, you' },
    {
      text: "I have looked into your 'urgent' issue.",
      actual: "'urgent'",
      output: 'I have looked into your urgent issue.',
    },
    {
      text: 'We checked your “broken” phone and it works.',
      actual: '“broken”',
      output: 'We checked your broken phone and it works.',
    },
    {
      text: 'Thanks for the message, "broken" really told me everything.',
      actual: '"broken"',
    },
    {
      text: 'Your so-called emergency was handled.',
      actual: 'so-called',
      output: 'Your emergency was handled.',
    },
  ],
});

// Latvian, Slovenian, Croatian and Finnish sarcasm, and friendly sentences that share its words.
testRule(rule, {
  valid: [
    { language: 'lv', text: 'Liels paldies par Jūsu pacietību!' },
    { language: 'lv', text: 'Kāds patīkams pārsteigums, ka sūtījums pienāca agrāk!' },
    { language: 'lv', text: 'Jūsu „Mani pasūtījumi” sadaļā ir redzams statuss.' },
    { language: 'lv', text: 'Kā redzams ekrānuzņēmumā, iestatījums ir sadaļā „Konts”.' },
    { language: 'sl', text: 'Najlepša hvala za vašo potrpežljivost!' },
    { language: 'sl', text: 'Čestitamo za nakup in hvala za zaupanje.' },
    { language: 'sl', text: 'V vašem zavihku „Moja naročila” je stanje vidno.' },
    { language: 'sl', text: 'Kot vidite na posnetku zaslona, je nastavitev pod „Račun”.' },
    { language: 'hr', text: 'Hvala Vam na strpljenju!' },
    { language: 'hr', text: 'Čestitamo na kupnji i hvala na povjerenju.' },
    { language: 'hr', text: 'U Vašoj kartici „Moje narudžbe” vidljiv je status.' },
    { language: 'hr', text: 'Kao što vidite na snimci zaslona, postavka je pod „Račun”.' },
    { language: 'fi', text: 'Kiitos paljon kärsivällisyydestäsi!' },
    { language: 'fi', text: 'Onnittelut uudesta kodista ja kiitos tiedosta!' },
    { language: 'fi', text: 'Teidän ”Omat tilaukset” -sivullanne näkyy tilan tieto.' },
    { language: 'fi', text: 'Kuten kuvakaappauksesta näet, asetus on kohdassa ”Tili”.' },
    { language: 'lv', text: 'Statuss „apstrādē” nozīmē, ka pasūtījums vēl tiek komplektēts.' },
    { language: 'sl', text: 'Status »v obdelavi« pomeni, da naročilo še pripravljamo.' },
    { language: 'hr', text: 'Status „u obradi” znači da Vašu narudžbu još pripremamo.' },
    { language: 'fi', text: 'Tila ”käsittelyssä” tarkoittaa, että tilaustanne kerätään.' },
  ],
  invalid: [
    { language: 'lv', text: 'Liels paldies par neko.', actual: 'Liels paldies par neko' },
    { language: 'lv', text: 'Kāds pārsteigums.', actual: 'Kāds pārsteigums' },
    {
      language: 'lv',
      text: 'Mēs izskatījām jūsu „steidzamo” pieprasījumu.',
      actual: '„steidzamo”',
      output: 'Mēs izskatījām jūsu steidzamo pieprasījumu.',
    },
    {
      language: 'lv',
      text: 'Mēs izskatījām jūsu tā saucamo problēmu.',
      actual: 'tā saucamo',
      output: 'Mēs izskatījām jūsu problēmu.',
    },
    { language: 'sl', text: 'Hvala za nič.', actual: 'Hvala za nič' },
    {
      language: 'sl',
      text: 'Kot lahko jasno vidite, je paket dostavljen.',
      actual: 'Kot lahko jasno vidite',
      output: 'Kot vidite, je paket dostavljen.',
    },
    {
      language: 'sl',
      text: 'Pregledali smo vašo „nujno” zahtevo.',
      actual: '„nujno”',
      output: 'Pregledali smo vašo nujno zahtevo.',
    },
    {
      language: 'sl',
      text: 'Pregledali smo vašo tako imenovano težavo.',
      actual: 'tako imenovano',
      output: 'Pregledali smo vašo težavo.',
    },
    { language: 'hr', text: 'Hvala na ničemu.', actual: 'Hvala na ničemu' },
    {
      language: 'hr',
      text: 'Kao što jasno vidite, paket je isporučen.',
      actual: 'Kao što jasno vidite',
      output: 'Kao što vidite, paket je isporučen.',
    },
    {
      language: 'hr',
      text: 'Pregledali smo Vaš „hitni” zahtjev.',
      actual: '„hitni”',
      output: 'Pregledali smo Vaš hitni zahtjev.',
    },
    {
      language: 'hr',
      text: 'Pregledali smo Vaš takozvani problem.',
      actual: 'takozvani',
      output: 'Pregledali smo Vaš problem.',
    },
    { language: 'fi', text: 'Kiitos vaan tyhjästä.', actual: 'Kiitos vaan tyhjästä' },
    { language: 'fi', text: 'Just joo.', actual: 'Just joo' },
    {
      language: 'fi',
      text: 'Kuten selvästi näet, paketti on toimitettu.',
      actual: 'Kuten selvästi näet',
      output: 'Kuten näet, paketti on toimitettu.',
    },
    {
      language: 'fi',
      text: 'Kävimme läpi teidän ”kiireellisen” pyyntönne.',
      actual: '”kiireellisen”',
      output: 'Kävimme läpi teidän kiireellisen pyyntönne.',
    },
    { language: 'lv', text: 'Jūsu vēstule ar vārdiem „lietotne uzkaras” mums patiešām daudz ko pateica.', actual: '„lietotne uzkaras”' },
    { language: 'sl', text: 'Sporočilo »aplikacija ne dela« nam je zares razložilo veliko.', actual: '»aplikacija ne dela«' },
    { language: 'hr', text: 'Poruka „aplikacija se ruši” nam je doista puno rekla.', actual: '„aplikacija se ruši”' },
    { language: 'fi', text: 'Viestinne otsikko ”sovellus kaatuu” selvitti meille todella paljon.', actual: '”sovellus kaatuu”' },
  ],
});

testRule(
  { ...rule, id: `${rule.id} (en, families)` },
  {
    valid: ['Our engineers put an enormous amount of work into this update.', 'The new plan is impressive value.'],
    invalid: [
      { text: 'I have to admit, 42 hours is an impressive amount of time to spend on one level.', actual: 'an impressive amount of time' },
      { text: 'That is a remarkable number of attempts.', actual: 'a remarkable number of attempts' },
    ],
  },
);

// "Of course, that is too much to ask": the family in every language.
testRule(
  { ...rule, id: `${rule.id} (too much to ask)` },
  {
    valid: [
      'We never want to ask too much of you: one photo is enough.',
      { language: 'sl', text: 'Ne želimo zahtevati preveč podatkov, dovolj je številka naročila.' },
      { language: 'hr', text: 'Ne tražimo previše podataka, dovoljan je broj narudžbe.' },
    ],
    invalid: [
      { text: 'I suppose a monthly reading is too much to ask.', actual: 'is too much to ask' },
      { language: 'sl', text: 'Seveda, mesečni odčitek je za marsikoga res prezahtevna naloga.', actual: 'res prezahtevna naloga' },
      { language: 'sl', text: 'Očitno je to preveč pričakovati.', actual: 'preveč pričakovati' },
      { language: 'hr', text: 'Naravno, jedno očitanje mjesečno zaista je previše za očekivati.', actual: 'previše za očekivati' },
      { language: 'lv', text: 'Protams, viens rādījums mēnesī ir par daudz prasīts.', actual: 'par daudz prasīts' },
      { language: 'fi', text: 'Tietysti yksi lukema kuukaudessa on liikaa vaadittu.', actual: 'liikaa vaadittu' },
    ],
  },
);

testRule(
  { ...rule, id: `${rule.id} (en, more families)` },
  {
    valid: ['It is no trouble at all, and I hope you will enjoy it this time of year.', 'Returning it is not too much trouble for us.'],
    invalid: [
      { text: 'I guess reading the manual was too much effort.', actual: 'was too much effort' },
      { text: "I'm sure you'll manage to read the instructions this time.", actual: "I'm sure you'll manage to read the instructions this time" },
    ],
  },
);

// "Congratulations, you finally managed", "obviously too hard", in each language.
testRule(
  { ...rule, id: `${rule.id} (finally, obviously too hard)` },
  {
    valid: [
      { language: 'lv', text: 'Apsveicam ar jauno dzīvokli! Protams, ja tas šķiet pārāk sarežģīti, mēs palīdzēsim.' },
      { language: 'sl', text: 'Če se Vam zdi to pretežko, Vam z veseljem pomagamo.' },
      { language: 'hr', text: 'Čestitamo na novom domu! Ako Vam je preteško, rado ćemo pomoći.' },
      { language: 'fi', text: 'Onneksi olkoon uudesta kodista! Jos tämä tuntuu liian vaikealta, autamme mielellämme.' },
    ],
    invalid: [
      { language: 'lv', text: 'Apsveicam, beidzot Jums izdevās pieslēgties.', actual: 'Apsveicam, beidzot' },
      { language: 'lv', text: 'Nu protams, izlasīt instrukciju ir pārāk grūti.', actual: 'Nu protams, izlasīt instrukciju ir pārāk grūti' },
      { language: 'sl', text: 'Prebrati navodila je očitno pretežko.', actual: 'očitno pretežko' },
      { language: 'hr', text: 'Čestitamo, konačno ste se uspjeli prijaviti.', actual: 'Čestitamo, konačno' },
      { language: 'hr', text: 'Pročitati upute očito je preteško.', actual: 'očito je preteško' },
      { language: 'fi', text: 'Onneksi olkoon, vihdoin onnistuit kirjautumaan.', actual: 'Onneksi olkoon, vihdoin' },
      { language: 'fi', text: 'Ohjeiden lukeminen on ilmeisesti liian vaikeaa.', actual: 'ilmeisesti liian vaikeaa' },
      { text: 'Reading the label was apparently too hard.', actual: 'apparently too hard' },
    ],
  },
);

// English (en), session 4: mock certainty with a "too hard to read" frame, and mind-reading.
testRule(
  { ...rule, id: `${rule.id} (en, mock certainty and mind-reading)` },
  {
    valid: [
      'Our old booking form was too complicated to fill in on a phone, so we have replaced it.',
      'Clearly something went wrong with the payment, and I have asked the bank to look into it.',
      'Of course, we will refund the delivery charge as well.',
      'I know the terms can be hard to follow, so here is the short version.',
      'Obviously you will want the replacement before the weekend, so I have sent it by express.',
      'The leaflet was too small to read comfortably, so I have attached a larger copy.',
      'We could not read the serial number on the photo; could you send another one?',
    ],
    invalid: [
      { text: 'Obviously the instructions in the box were just too difficult to follow.', message: 'sarcastic' },
      { text: 'Apparently a two-line email is far too much effort to read.', message: 'sarcastic' },
      { text: 'The label, clearly, was much too confusing to understand.', message: 'sarcastic' },
      { text: 'I suppose the big red warning sticker was a bit too hard to notice.', message: 'sarcastic' },
      { text: 'The due date was evidently too complicated to remember.', message: 'sarcastic' },
      { text: 'I guess we are expected to read your mind now.', message: 'sarcastic' },
      { text: "Sorry, but we can't read minds.", message: 'sarcastic' },
      { text: "We're not mind readers, so please tell us what you ordered.", message: 'sarcastic' },
    ],
  },
);
// s4-lvfi: Latvian and Finnish sarcasm markers with a guessing, too-hard-to-read or suspicious-coincidence frame.
describe('lv/fi sarcasm frames (s4-lvfi)', () => {
  testRule(
    { ...rule, id: `${rule.id} (lv/fi sarcasm frames)` },
    {
      valid: [
        { language: 'lv', text: 'Protams, kurjeram vajadzēja Jums piezvanīt pirms piegādes, un mēs par to atvainojamies.' },
        { language: 'lv', text: 'Protams, varat saņemt sūtījumu arī filiālē.' },
        { language: 'lv', text: 'Acīmredzot sistēmā radās kļūda, tāpēc rēķins tika nosūtīts divreiz.' },
        { language: 'lv', text: 'Ja instrukcija šķiet sarežģīta, labprāt palīdzēsim pa tālruni.' },
        { language: 'lv', text: 'Tā ir interesanta iespēja, un sakritības dēļ varam to piedāvāt jau rīt.' },
        { language: 'fi', text: 'Tietysti voit palauttaa tuotteen juuri ennen määräajan päättymistä.' },
        { language: 'fi', text: 'Ilmeisesti järjestelmässä oli häiriö, joten lasku lähti kahdesti.' },
        { language: 'fi', text: 'Kuljettajan olisi tietysti pitänyt soittaa sinulle etukäteen, pahoittelemme.' },
        { language: 'fi', text: 'Tietenkin autamme mielellämme, jos ohjeet tuntuvat vaikeilta.' },
        { language: 'fi', text: 'Paketti ehti perille juuri ennen joulua.' },
        { language: 'fi', text: 'Ohjeemme ovat ilmeisesti olleet epäselviä, ja päivitämme ne.' },
      ],
      invalid: [
        { language: 'lv', text: 'Protams, mums vajadzēja uzminēt, ka Jūs maksājumu neveiksiet.' },
        { language: 'lv', text: 'Nu jā, operatoram bija jāparedz, ka Jūs pārcelsieties.' },
        { language: 'lv', text: 'Acīmredzot mūsu e-pasti ir tik grūti izlasāmi, ka tos neviens neatver.' },
        { language: 'lv', text: 'Acīmredzot noteikumi bija pārāk grūti izlasīt līdz galam.' },
        { language: 'lv', text: 'Bojājums parādījās dienu pēc garantijas beigām, kāda sakritība.' },
        { language: 'lv', text: 'Protams, meistaram vajadzēja lasīt jūsu domas.' },
        { language: 'fi', text: 'Ilmeisesti tekstiviestit ovat niin vaikeita lukea, ettei muistutusta huomattu.' },
        { language: 'fi', text: 'Tietysti ohje on sitten liian vaikea seurata.' },
        { language: 'fi', text: 'Tietysti kuljettajan olisi pitänyt arvata, ettet ole kotona.' },
        { language: 'fi', text: 'Ja tietenkin vika ilmeni juuri päivää ennen takuun päättymistä.' },
        { language: 'fi', text: 'Vahinko sattui viikko vakuutuksen ottamisen jälkeen, mikä sattuma.' },
        { language: 'fi', text: 'Kas kummaa, kortti löytyi samana päivänä kun reklamaatio tehtiin.' },
      ],
    },
  );
});

// Slovenian and Croatian (session s4-slhr): sarcasm markers (seveda, očitno, kajpak; naravno, očito, dakako) with a cleverness word about what the customer did, or "you are the only customer who waits"; sincere praise and sincere "of course" are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, markers with cleverness or exaggeration)` },
  {
    valid: [
      { language: 'sl', text: 'Zelo pametno je bilo, da ste shranili račun, tako bo vračilo hitrejše.' },
      { language: 'sl', text: 'Seveda Vam lahko pomagam, da ste pripravljeni na izpit.' },
      { language: 'sl', text: 'Seveda ste Vi edini lastnik računa, zato lahko geslo spremenite samo Vi.' },
      { language: 'sl', text: 'Prav ste storili, da ste nam takoj pisali.' },
      { language: 'sl', text: 'Seveda, z veseljem Vam pošljemo nov račun.' },
      { language: 'hr', text: 'Bilo je jako pametno što ste sačuvali račun, povrat će biti brži.' },
      { language: 'hr', text: 'Naravno, Vi ste jedini vlasnik računa pa samo Vi možete promijeniti lozinku.' },
      { language: 'hr', text: 'Naravno, rado ćemo Vam poslati novi račun.' },
      { language: 'hr', text: 'Dobro ste učinili što ste nam odmah pisali.' },
      { language: 'hr', text: 'Naravno da ste u pravu, ispričavamo se.' },
    ],
    invalid: [
      { language: 'sl', text: 'Seveda pa je bilo zelo pametno, da ste omaro zapakirali kar v odejo.' },
      { language: 'sl', text: 'Očitno je bilo res genialno, da ste geslo poslali po e-pošti vsem sodelavcem.' },
      { language: 'sl', text: 'Kajpak, izjemno domiselno od vas, da ste paket pustili pred vrati.' },
      { language: 'sl', text: 'Seveda, vi ste edini kupec, ki čaka na dostavo.' },
      { language: 'sl', text: 'Seveda ste vi najpametnejši.' },
      { language: 'hr', text: 'Naravno, Vi ste jedini kupac koji čeka dostavu, pa ćemo sve ostale ostaviti po strani.' },
      { language: 'hr', text: 'Naravno, bilo je jako pametno što ste lozinku poslali svima.' },
      { language: 'hr', text: 'Očito je bilo vrlo mudro da ste paket ostavili pred vratima.' },
      { language: 'hr', text: 'Dakako, vi ste genij.' },
      { language: 'hr', text: 'Kako da ne, Vi ste jedina putnica kojoj je let kasnio.' },
    ],
  },
);

describe('en/lv/fi shapes that generalise (s4-r2tone1)', () => {
  testRule(
    { ...rule, id: `${rule.id} (en/lv/fi r2)` },
    {
      valid: [
        { language: 'lv', text: "Esmu pārliecināts, ka ar mūsu pamācību Jums izdosies to iestatīt." },
        { language: 'lv', text: "Ticu, ka šoreiz Jums izdosies pieteikties, jo saite ir salabota." },
        { language: 'lv', text: "Esmu pārliecināts, ka Jums izdosies bez problēmām." },
        { language: 'lv', text: "Ceru, ka pamācība palīdzēs." },
        { language: 'lv', text: "Ja nevarēsiet atrast pogu, zvaniet mums." },
        { language: 'fi', text: "Uskon, että löydät ohjeista apua." },
        { language: 'fi', text: "Olen varma, että onnistut tällä kertaa, koska korjasimme linkin." },
        { language: 'fi', text: "Uskon, että selviät asennuksesta helposti ohjeen avulla." },
        { language: 'fi', text: "Jos et löydä painiketta, autamme mielellämme." },
        { language: 'fi', text: "Lomakkeen voi täyttää ilman kirjautumista." },
      ],
      invalid: [
        { language: 'lv', text: "Esmu pārliecināta, ka šo pogu Jūs atradīsiet pat bez mūsu norādēm." },
        { language: 'lv', text: "Ticu, ka ar šo instrukciju Jums izdosies bez mūsu palīdzības." },
        { language: 'lv', text: "Nešaubos, ka Jūs tiksiet galā pat bez trim e-pastiem." },
        { language: 'lv', text: "Nešaubos, ka Jums izdosies to beidzot izdarīt." },
        { language: 'lv', text: "Ticu, ka Jums izdosies arī bez zvaniem uz klientu centru." },
        { language: 'fi', text: "Olen varma, että löydät painikkeen tällä kertaa ilman neuvojamme." },
        { language: 'fi', text: "Uskon, että osaat täyttää lomakkeen jopa ilman soittoa meille." },
        { language: 'fi', text: "Uskon, että selviät tästä viimein itse." },
        { language: 'fi', text: "Luotan, että löydät kentän vihdoin." },
        { language: 'fi', text: "Olen varma, että pärjäät ilman apuamme." },
      ],
    },
  );
});

// Slovenian and Croatian (round 2, s4-r2tone2): condescension by comparison with a child or a layman ("to zmore vsak
// osnovnošolec", "i dijete bi to znalo") and the ironic "I'm sure you had an excellent reason". Sincere reassurance
// ("to zmore vsak, ne skrbite" without the child) and a plain "dober razlog" are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: comparison with a child, an excellent reason)` },
  {
    valid: [
      { language: 'sl', text: 'Nastavitev je preprosta in jo zmore vsak, postopek Vam pošiljam v priponki.' },
      { language: 'sl', text: 'Vstopnica za otroka do šestega leta je brezplačna.' },
      { language: 'sl', text: 'Verjamem, da ste imeli dober razlog za odpoved, zato Vam vrnemo polovico zneska.' },
      { language: 'sl', text: 'Aplikacijo uporablja vsak tretji osnovnošolec v Sloveniji.' },
      { language: 'sl', text: 'Razlog za zamudo je bil odličen obisk sejma.' },
      { language: 'hr', text: 'Postavke su jednostavne i svatko ih može promijeniti, upute Vam šaljem u privitku.' },
      { language: 'hr', text: 'Ulaznica za dijete do šest godina je besplatna.' },
      { language: 'hr', text: 'Vjerujem da ste imali dobar razlog za otkazivanje, pa Vam vraćamo pola iznosa.' },
      { language: 'hr', text: 'Aplikaciju koristi svaki treći osnovnoškolac u Hrvatskoj.' },
      { language: 'hr', text: 'Za to imamo odličan razlog: novi sustav je brži.' },
    ],
    invalid: [
      { language: 'sl', text: 'Saj ni tako zapleteno, to zmore vsak osnovnošolec.' },
      { language: 'sl', text: 'Tudi otrok bi to znal nastaviti.' },
      { language: 'sl', text: 'To razume že vsak prvošolček.' },
      { language: 'sl', text: 'Še moja babica bi to naredila v petih minutah.' },
      { language: 'sl', text: 'Prepričan sem, da ste imeli za to izvrsten razlog.' },
      { language: 'sl', text: 'Gotovo ste imeli res odličen razlog, da ste škatlo zavrgli.' },
      { language: 'hr', text: 'Nije to tako komplicirano, to zna svako dijete.' },
      { language: 'hr', text: 'I dijete bi to znalo podesiti.' },
      { language: 'hr', text: 'To može napraviti i osnovnoškolac.' },
      { language: 'hr', text: 'Čak i moja baka bi to shvatila.' },
      { language: 'hr', text: 'Vjerujem da ste za to imali odličan razlog.' },
      { language: 'hr', text: 'Sigurna sam da ste imali sjajan razlog za to.' },
    ],
  },
);

// Slovenian and Croatian (round 2, s4-r2tone2, second part): "it's not rocket science", "it's not hard, you just…",
// sarcastic thanks for a description quoted back ("tako natančno opisali »ne dela«"), "we're to blame for everything",
// "obviously too hard". Sincere reassurance, sincere thanks and a real apology are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: rocket science, quoted thanks, to blame for everything)` },
  {
    valid: [
      { language: 'sl', text: 'Ne skrbite, saj ni težko: v aplikaciji odprite Nastavitve.' },
      { language: 'sl', text: 'Hvala za res natančen opis težave, zelo nam je pomagal.' },
      { language: 'sl', text: 'Hvala, ker ste nam tako podrobno opisali, kaj se je zgodilo.' },
      { language: 'sl', text: 'Mi smo krivi za zamudo in se Vam iskreno opravičujemo.' },
      { language: 'sl', text: 'Verjetno je bilo pretežko najti obrazec, zato Vam ga pošiljam v priponki.' },
      { language: 'hr', text: 'Ne brinite, nije teško: u aplikaciji otvorite Postavke.' },
      { language: 'hr', text: 'Hvala na stvarno preciznom opisu problema, jako nam je pomogao.' },
      { language: 'hr', text: 'Hvala što ste nam tako detaljno opisali što se dogodilo.' },
      { language: 'hr', text: 'Mi smo krivi za kašnjenje i iskreno se ispričavamo.' },
      { language: 'hr', text: 'Vjerojatno je bilo preteško pronaći obrazac, pa Vam ga šaljem u privitku.' },
    ],
    invalid: [
      { language: 'sl', text: 'To pa res ni raketna znanost.' },
      { language: 'sl', text: 'Saj ni težko, samo preberete navodila.' },
      { language: 'sl', text: 'Hvala, ker ste nam tako natančno opisali »ne dela«.' },
      { language: 'sl', text: 'Seveda, mi smo krivi za vse.' },
      { language: 'sl', text: 'Očitno je bilo pretežko pogledati na račun.' },
      { language: 'hr', text: 'Nije to nuklearna fizika.' },
      { language: 'hr', text: 'Nije teško, samo pročitate upute.' },
      { language: 'hr', text: 'Hvala što ste nam tako precizno opisali „ne radi”.' },
      { language: 'hr', text: 'Naravno, mi smo krivi za sve.' },
      { language: 'hr', text: 'Očito je bilo preteško pogledati račun.' },
    ],
  },
);

// Slovenian and Croatian (round 2, s4-r2tone2, third part): rhetorical disbelief ("Res mislite, da bomo…", "Zar
// stvarno očekujete da…"), "Kaj pa ste pričakovali…?", "Zašto ste uopće očekivali…?", ironic praise before a mishap
// ("Bravo, zdaj je kartica blokirana", "Čestitam, uspjeli ste zaključati račun") and "Vi ste pa res edini…". A
// condition, a real question about the parcel, praise before good news and a plain fact are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: rhetorical disbelief, ironic praise)` },
  {
    valid: [
      { language: 'sl', text: 'Če res mislite, da je prišlo do napake, nam pišite in preverimo.' },
      { language: 'sl', text: 'Kaj ste pričakovali, da bo v paketu? Preverimo, ali je kaj manjkalo.' },
      { language: 'sl', text: 'Odlično, vse je urejeno in paket je na poti.' },
      { language: 'sl', text: 'Super, še en nasvet: geslo zamenjajte vsake tri mesece.' },
      { language: 'sl', text: 'Vi ste edini prejemnik, ki lahko prevzame paket.' },
      { language: 'hr', text: 'Ako stvarno mislite da je došlo do pogreške, pišite nam i provjerit ćemo.' },
      { language: 'hr', text: 'Super, lozinka je resetirana i možete se ponovno prijaviti.' },
      { language: 'hr', text: 'Čestitamo Vam na novom domu i hvala na povjerenju.' },
      { language: 'hr', text: 'Vi ste jedini primatelj koji može preuzeti paket.' },
      { language: 'hr', text: 'Što ste očekivali da će biti u paketu, javite nam pa provjerimo.' },
    ],
    invalid: [
      { language: 'sl', text: 'Res mislite, da bomo to popravili zastonj?' },
      { language: 'sl', text: 'Kaj pa ste pričakovali za tako ceno?' },
      { language: 'sl', text: 'Zakaj ste sploh pričakovali več?' },
      { language: 'sl', text: 'Čestitam, uspelo Vam je zakleniti račun.' },
      { language: 'sl', text: 'Kako presenetljivo, paket je spet izgubljen.' },
      { language: 'sl', text: 'Vi ste pa res edini, ki se pritožuje.' },
      { language: 'hr', text: 'Zar stvarno očekujete da Vam vratimo cijeli iznos?' },
      { language: 'hr', text: 'Što ste drugo očekivali za tu cijenu?' },
      { language: 'hr', text: 'Bravo, sada je kartica blokirana.' },
      { language: 'hr', text: 'Odlično, još jedna reklamacija bez računa.' },
      { language: 'hr', text: 'Vi ste baš jedini koji se žali.' },
    ],
  },
);
