import { describe } from 'vitest';
import rule from '../../src/engine/rules/tone/lecturing';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'You should have received an email from us with the tracking link.',
    "You should've got a confirmation text by now.",
    'You should have already received the refund, but if not, let me know.',
    'You should have been charged only once, so I have reversed the second payment.',
    'You should have access to the new dashboard now.',
    'I should have checked that earlier, and I am sorry.',
    'We should have told you about the delay.',
    'As mentioned in my previous email, the replacement ships on Monday.',
    'As you can see in the screenshot, the toggle is under Settings.',
    "I'll explain clearly what happens next, so you know what to expect.",
    'Clearly labelled boxes help our warehouse team find your return quickly.',
    "If you haven't read our setup guide yet, here is the link.",
    "This isn't your fault at all, and I'm sorry for the trouble.",
    'As I said on the phone, the technician will arrive between 9 and 12.',
    'As previously mentioned, your plan renews on the 14th.',
    'As you may know, we moved to a new billing system this month.',
    'In case you did not read the earlier notice, the office is closed on Friday.',
    'If you need to understand the charges in more detail, I can send a breakdown.',
    '> As I already told you, the parcel never came.\n',
  ],
  invalid: [
    {
      text: 'As I already told you, the refund takes five working days.',
      actual: 'As I already told you',
      output: 'As mentioned, the refund takes five working days.',
    },
    {
      text: 'Like I said, the parcel is with the courier.',
      actual: 'Like I said',
      output: 'As mentioned, the parcel is with the courier.',
    },
    {
      text: 'Per my last email, the invoice is attached.',
      actual: 'Per my last email',
      output: 'As mentioned in my last email, the invoice is attached.',
    },
    {
      text: 'The order was cancelled as previously stated.',
      actual: 'as previously stated',
      output: 'The order was cancelled as mentioned.',
    },
    {
      text: 'As mentioned several times, we cannot refund opened software.',
      actual: 'As mentioned several times',
      output: 'As mentioned, we cannot refund opened software.',
    },
    {
      text: 'You should have contacted us within 14 days.',
      actual: 'You should have contacted',
      output: 'Next time, you can contact us within 14 days.',
    },
    {
      text: "You should've read the instructions first.",
      actual: "You should've read",
      output: 'Next time, you can read the instructions first.',
    },
    {
      text: 'To be honest, you should have checked the size chart.',
      actual: 'you should have checked',
      output: 'To be honest, next time, you can check the size chart.',
    },
    { text: 'You should have measured the doorway first.', actual: 'You should have measured' }, // no fix known
    {
      text: 'You really should have read the terms.',
      actual: 'You really should have read',
      output: 'Next time, you can read the terms.',
    },
    { text: 'I told you twice!', actual: 'I told you twice' },
    {
      text: 'You failed to attach the receipt.',
      actual: 'You failed to',
      output: "It looks like you didn't attach the receipt.",
    },
    { text: 'If you had read the email, you would know the date.', actual: 'If you had read' },
    { text: "You didn't read my email properly.", actual: "You didn't read" },
    { text: "I'm afraid it's your fault that the parcel went back.", actual: "it's your fault" },
    {
      text: 'Obviously, the discount only applies to new orders.',
      actual: 'Obviously',
      output: 'The discount only applies to new orders.',
    },
    {
      text: 'The code is obviously expired.',
      actual: 'obviously',
      output: 'The code is expired.',
    },
    { text: 'We will, obviously, refund you.', actual: 'obviously', output: 'We will refund you.' },
    { text: 'The link expired, obviously.', actual: 'obviously', output: 'The link expired.' },
    {
      text: 'Clearly you missed the second page.',
      actual: 'Clearly',
      output: 'You missed the second page.',
    },
    {
      text: 'The box was, as anyone can see, intact when it left us.',
      actual: 'as anyone can see',
      output: 'The box was intact when it left us.',
    },
    {
      text: 'You need to understand that refunds take time.',
      actual: 'You need to understand',
      output: 'Please note that refunds take time.',
    },
    {
      text: 'As I explained in my last email, the fee is refundable.',
      actual: 'As I explained',
      output: 'As mentioned in my last email, the fee is refundable.',
    },
    {
      text: 'I already told you that the store is closed.',
      actual: 'I already told you',
      output: 'I mentioned that the store is closed.',
    },
  ],
});

// Latvian, Slovenian, Croatian and Finnish lecturing, and the everyday sentences that share its words.
testRule(rule, {
  valid: [
    { language: 'lv', text: 'Jums vajadzēja saņemt e-pastu ar izsekošanas saiti.' },
    { language: 'lv', text: 'Kā jau minēju iepriekšējā vēstulē, paka tiks piegādāta pirmdien.' },
    { language: 'lv', text: 'Tā nav Jūsu pašu vaina, un mēs to labosim.' },
    { language: 'lv', text: 'Ja jūs neesat izlasījis lietošanas instrukciju, te ir saite uz to.' },
    { language: 'lv', text: 'Man vajadzēja to pārbaudīt agrāk, atvainojos.' },
    // What the customer should have been charged: our mistake, not theirs.
    { language: 'lv', text: 'Jums vajadzēja maksāt tikai 10 €, tāpēc starpību atmaksāsim.' },
    { language: 'sl', text: 'Plačati bi morali le 10 €, zato vam razliko vrnemo.' },
    { language: 'hr', text: 'Trebali ste platiti samo 10 €, pa ćemo Vam razliku vratiti.' },
    { language: 'fi', text: 'Sinun olisi pitänyt maksaa vain 10 €, joten palautamme erotuksen.' },
    { language: 'sl', text: 'Kot sem že omenil, paket bo prispel v ponedeljek.' },
    { language: 'sl', text: 'Za vračilo bi nam morali poslati račun.' },
    { language: 'sl', text: 'Če niste prebrali navodil, vam pošiljam povezavo.' },
    { language: 'sl', text: 'To ni vaša krivda in napako bomo odpravili.' },
    { language: 'sl', text: 'Morali bi prej prejeti potrdilo, zato sem ga poslal še enkrat.' },
    { language: 'hr', text: 'Trebali ste dobiti e-mail s poveznicom za praćenje.' },
    { language: 'hr', text: 'Trebali biste primiti SMS u roku od sat vremena.' },
    { language: 'hr', text: 'Ako niste pročitali upute, šaljem Vam poveznicu.' },
    { language: 'hr', text: 'To nije Vaša greška i ispravit ćemo je.' },
    { language: 'hr', text: 'Kao što sam naveo u prethodnoj poruci, paket stiže u ponedjeljak.' },
    { language: 'fi', text: 'Sinun olisi pitänyt saada sähköposti, jossa on seurantalinkki.' },
    { language: 'fi', text: 'Kuten mainitsin edellisessä viestissä, paketti saapuu maanantaina.' },
    { language: 'fi', text: 'Jos et ole lukenut ohjetta, tässä on linkki siihen.' },
    { language: 'fi', text: 'Se ei ole sinun vikasi, ja korjaamme asian.' },
    { language: 'fi', text: 'Minun olisi pitänyt tarkistaa tämä aiemmin, pahoittelen.' },
    { language: 'lv', text: 'Ja Jūs būtu tik laipns un nosūtītu čeka kopiju, mēs to ātri izskatītu.' },
    { language: 'lv', text: 'Ja Jūs jau esat izlasījis instrukciju un problēma saglabājas, lūdzu, rakstiet mums.' },
    { language: 'lv', text: 'Jums vajadzētu saņemt apstiprinājumu dažu minūšu laikā.' },
    { language: 'lv', text: 'Ja Jums būtu vēl kādi jautājumi, labprāt palīdzēsim.' },
    { language: 'sl', text: 'Če bi lahko preverili nastavitve usmerjevalnika, bi Vam z veseljem pomagali naprej.' },
    { language: 'sl', text: 'Če bi želeli prej prevzeti paket, nam to sporočite.' },
    { language: 'sl', text: 'Če bi potrebovali dodatne informacije, smo Vam na voljo.' },
    { language: 'hr', text: 'Drago nam je da ste pročitali upute i da sve radi.' },
    { language: 'hr', text: 'Ako ste već provjerili postavke, molimo Vas da nam javite.' },
    { language: 'fi', text: 'Jos olisitte ystävällinen ja lähettäisitte kuitin, käsittelemme asian heti.' },
    { language: 'fi', text: 'Kuten mainitsin, tilaus on jo matkalla.' },
    { language: 'fi', text: 'Jos olette jo lukeneet ohjeen ja ongelma jatkuu, ottakaa yhteyttä.' },
  ],
  invalid: [
    {
      language: 'lv',
      text: 'Kā jau teicu, atmaksa aizņem piecas darba dienas.',
      actual: 'Kā jau teicu',
      output: 'Kā minēts, atmaksa aizņem piecas darba dienas.',
    },
    { language: 'lv', text: 'Es Jums jau teicu, ka paka ir ceļā.', actual: 'Es Jums jau teicu' },
    { language: 'lv', text: 'Jums vajadzēja izlasīt noteikumus pirms pasūtīšanas.', actual: 'Jums vajadzēja izlasīt' },
    { language: 'lv', text: 'Jums vajadzēja sazināties ar mums agrāk.', actual: 'Jums vajadzēja sazināties' },
    { language: 'lv', text: 'Tā ir Jūsu pašu vaina.', actual: 'Tā ir Jūsu pašu vaina' },
    { language: 'lv', text: 'Cik reizes man vēl jāatkārto?', actual: 'Cik reizes man vēl jāatkārto' },
    {
      language: 'sl',
      text: 'Kot sem vam že povedal, vračilo traja pet delovnih dni.',
      actual: 'Kot sem vam že povedal',
      output: 'Kot že omenjeno, vračilo traja pet delovnih dni.',
    },
    { language: 'sl', text: 'Sem vam že pojasnila, da je paket na poti.', actual: 'Sem vam že pojasnila' },
    { language: 'sl', text: 'Kolikokrat vam moram še ponoviti?', actual: 'Kolikokrat vam moram še ponoviti' },
    { language: 'sl', text: 'Morali bi prej preveriti naslov.', actual: 'Morali bi prej preveriti' },
    { language: 'sl', text: 'Sami ste krivi.', actual: 'Sami ste krivi' },
    { language: 'sl', text: 'Očitno niste prebrali pogojev.', actual: 'Očitno niste prebrali' },
    {
      language: 'hr',
      text: 'Kao što sam Vam već rekao, povrat traje pet radnih dana.',
      actual: 'Kao što sam Vam već rekao',
      output: 'Kao što je već navedeno, povrat traje pet radnih dana.',
    },
    { language: 'hr', text: 'Trebali ste pročitati uvjete prije narudžbe.', actual: 'Trebali ste pročitati' },
    { language: 'hr', text: 'Trebali ste nam se javiti ranije.', actual: 'Trebali ste nam se javiti' },
    { language: 'hr', text: 'Koliko puta Vam moram ponoviti?', actual: 'Koliko puta Vam moram ponoviti' },
    { language: 'hr', text: 'Sami ste krivi.', actual: 'Sami ste krivi' },
    { language: 'hr', text: 'Očito niste pročitali upute.', actual: 'Očito niste pročitali' },
    {
      language: 'fi',
      text: 'Kuten jo kerroin, hyvitys kestää viisi arkipäivää.',
      actual: 'Kuten jo kerroin',
      output: 'Kuten aiemmin mainitsin, hyvitys kestää viisi arkipäivää.',
    },
    { language: 'fi', text: 'Sinun olisi pitänyt lukea ehdot ennen tilausta.', actual: 'Sinun olisi pitänyt lukea' },
    { language: 'fi', text: 'Teidän olisi pitänyt ottaa meihin yhteyttä aiemmin.', actual: 'Teidän olisi pitänyt ottaa' },
    { language: 'fi', text: 'Olen jo kertonut sinulle, että paketti on matkalla.', actual: 'Olen jo kertonut sinulle' },
    { language: 'fi', text: 'Se on oma vikasi.', actual: 'oma vikasi' },
    {
      language: 'fi',
      text: 'Kuten sinun pitäisi jo tietää, palautusaika on 14 päivää.',
      actual: 'Kuten sinun pitäisi jo tietää',
      output: 'Kuten ehkä tiedät, palautusaika on 14 päivää.',
    },
    { language: 'lv', text: 'Kā jau pagājušajā nedēļā Jums rakstīju, atmaksa tiek veikta 14 dienu laikā.', actual: 'Kā jau pagājušajā nedēļā Jums rakstīju' },
    { language: 'lv', text: 'Jums vajadzēja rūpīgāk pārbaudīt adresi pirms pasūtījuma apstiprināšanas.', actual: 'Jums vajadzēja rūpīgāk pārbaudīt' },
    { language: 'lv', text: 'Jums būtu vajadzējis laikus pagarināt līgumu.', actual: 'Jums būtu vajadzējis laikus pagarināt', message: 'Jums būtu vajadzējis' },
    { language: 'lv', text: 'Ja Jūs būtu uzmanīgi izlasījis lietošanas noteikumus, zinātu, ka atmaksa nav paredzēta.', actual: 'Ja Jūs būtu uzmanīgi izlasījis' },
    { language: 'lv', text: 'Ja būtu laikus pieteikušies, vietas vēl būtu bijušas.', actual: 'Ja būtu laikus pieteikušies' },
    { language: 'sl', text: 'Kot sem Vam že v prejšnjem odgovoru napisala, paket je bil odposlan v petek.', actual: 'Kot sem Vam že v prejšnjem odgovoru napisala' },
    { language: 'sl', text: 'Če bi natančneje pregledali navodila za namestitev, bi napako opazili sami.', actual: 'Če bi natančneje pregledali' },
    { language: 'sl', text: 'Če bi se prijavili pravočasno, do zamude ne bi prišlo.', actual: 'Če bi se prijavili pravočasno, do zamude ne bi prišlo' },
    { language: 'hr', text: 'Kao što sam Vam već u prošloj poruci napisala, povrat novca traje do 14 dana.', actual: 'Kao što sam Vam već u prošloj poruci napisala' },
    { language: 'hr', text: 'Da ste na vrijeme provjerili adresu dostave, paket bi stigao na pravo mjesto.', actual: 'Da ste na vrijeme provjerili' },
    { language: 'hr', text: 'Trebali ste pažljivije pročitati uvjete prije kupnje.', actual: 'Trebali ste pažljivije pročitati' },
    { language: 'fi', text: 'Kuten jo puhelimessa kerroin, palautus käsitellään kahden viikon kuluessa.', actual: 'Kuten jo puhelimessa kerroin' },
    { language: 'fi', text: 'Kuten eilen jo totesin, tilaus on lähetetty.', actual: 'Kuten eilen jo totesin' },
    { language: 'fi', text: 'Jos olisitte lukeneet käyttöohjeen, olisitte huomanneet asetuksen.', actual: 'Jos olisitte lukeneet' },
    { language: 'fi', text: 'Jos olisitte ilmoittaneet muutoksesta aiemmin, olisimme ehtineet reagoida.', actual: 'Jos olisitte ilmoittaneet muutoksesta aiemmin' },
    { language: 'fi', text: 'Teidän olisi pitänyt tarkemmin tarkistaa osoite.', actual: 'Teidän olisi pitänyt tarkemmin tarkistaa' },
  ],
});

// Families beyond the first list: "that one is on you", "ought to know by now", "we've been over this".
testRule(
  { ...rule, id: `${rule.id} (en, families)` },
  {
    valid: [
      'The delivery fee is on your invoice, and the choice of courier is up to you.',
      'You should know by Friday whether the claim is approved.',
      'I went over your account this morning and found the duplicate charge.',
      'I will keep it short: the refund is on its way.',
      'If you were not paying attention to the email, no worries, here is the link again.',
    ],
    invalid: [
      { text: 'You switched the plan yourself, so that one is on you.', actual: 'that one is on you' },
      { text: "I'm afraid this part's on you.", actual: "this part's on you" },
      { text: 'Anyone who has a carbon frame ought to know that by now.', actual: 'ought to know that by now' },
      { text: 'Customers really should be aware of this by now.', actual: 'should be aware of this by now' },
      { text: "We've been over this, and the answer is the same.", actual: "We've been over this" },
      { text: 'I went over this in detail yesterday.', actual: 'I went over this' },
      { text: 'I have already answered that question.', actual: 'I have already answered that question' },
      { text: "I went through it on Monday, so I'll keep it short this time.", actual: "I'll keep it short this time" },
      { text: 'You clearly were not paying attention when you ordered.', actual: 'You clearly were not paying attention' },
    ],
  },
);

testRule(
  { ...rule, id: `${rule.id} (fi, as I told you in my last message)` },
  {
    valid: [
      { language: 'fi', text: 'Kuten mainitsin, hyvitys näkyy tililläsi perjantaina.' },
      { language: 'fi', text: 'Kuten viestissäsi kerroit, laukku jäi Helsinkiin.' },
    ],
    invalid: [
      { language: 'fi', text: 'Kuten kerroin jo edellisessä viestissäni, lippuun sisältyy vain käsimatkatavara.', actual: 'Kuten kerroin jo edellisessä viestissäni' },
      { language: 'fi', text: 'Kuten sanoin jo, hyvitystä ei voi tehdä.', actual: 'Kuten sanoin jo' },
      { language: 'fi', text: 'Kuten selitin teille aiemmassa sähköpostissani, maksu on 25 euroa.', actual: 'Kuten selitin teille aiemmassa sähköpostissani' },
    ],
  },
);

testRule(
  { ...rule, id: `${rule.id} (en, more families)` },
  {
    valid: [
      'As explained in the attached guide, the fee covers both flights.',
      'This is the second time we have sent the parcel, and it is insured.',
      'Surely this is frustrating, and I am sorry.',
      'We fixed the error in your invoice today.',
      'Our FAQ explains the steps, and you are welcome to contact us at any time.',
    ],
    invalid: [
      { text: 'As already explained, the fee is non-refundable.', actual: 'As already explained' },
      { text: 'This is the third time I am explaining this.', actual: 'This is the third time I am explaining' },
      { text: "It's not rocket science.", actual: "It's not rocket science" },
      { text: 'Surely you can understand that we cannot refund a used item.', actual: 'Surely you can understand' },
      { text: 'We are not responsible for your mistakes.', actual: 'for your mistakes' },
      { text: 'Read the FAQ before contacting us again.', actual: 'Read the FAQ before contacting us' },
    ],
  },
);

// Blaming the customer's own mistakes; Slovenian "če bi…, ne bi bilo treba" and "kot sem napisal že".
testRule(
  { ...rule, id: `${rule.id} (your mistakes, lv sl hr fi)` },
  {
    valid: [
      { language: 'lv', text: 'Paldies par Jūsu kļūdas ziņojumu, mēs to jau labojam.' },
      { language: 'sl', text: 'Za naše napake se opravičujemo.' },
      { language: 'sl', text: 'Če bi želeli, Vam lahko pošljemo novo kodo.' },
      { language: 'hr', text: 'Ispričavamo se zbog naše pogreške.' },
      { language: 'fi', text: 'Kiitos, että ilmoitit virheestä.' },
    ],
    invalid: [
      { language: 'lv', text: 'Mēs neesam atbildīgi par Jūsu kļūdām.', actual: 'par Jūsu kļūdām' },
      { language: 'lv', text: 'Tas notika Jūsu neuzmanības dēļ.', actual: 'Jūsu neuzmanības dēļ' },
      { language: 'sl', text: 'Za Vaše napake ne odgovarjamo.', actual: 'Za Vaše napake' },
      { language: 'sl', text: 'Če bi prebrali pogoje, Vam ne bi bilo treba plačati kazni.', message: 'lecturing' },
      { language: 'sl', text: 'Kot sem Vam napisal že v prejšnjem sporočilu, vračilo traja pet dni.', actual: 'Kot sem Vam napisal že' },
      { language: 'hr', text: 'Ne odgovaramo za Vaše pogreške.', actual: 'za Vaše pogreške' },
      { language: 'fi', text: 'Emme vastaa sinun virheistäsi.', actual: 'sinun virheistäsi' },
    ],
  },
);

// Repeating oneself at the customer ("I repeat", "še enkrat Vam ponavljam", "toistan vielä kerran") and "as you have
// already been told", in each language.
testRule(
  { ...rule, id: `${rule.id} (repeating, already been told)` },
  {
    valid: [
      'If the error repeats, let me know and I will explain the next step.',
      'You were supposed to receive a code by text; I have sent a new one.',
      { language: 'lv', text: 'Kā jau minēts pielikumā, maksa tiks atmaksāta.' },
      { language: 'sl', text: 'Če se napaka ponovi, Vam še enkrat pošljemo kodo.' },
      { language: 'hr', text: 'Ako se greška ponovi, još jednom ćemo provjeriti.' },
      { language: 'hr', text: 'Trebali ste dobiti e-poruku s kodom.' },
      { language: 'fi', text: 'Meidän olisi pitänyt ilmoittaa muutoksesta aiemmin, pahoittelemme.' },
      { language: 'fi', text: 'Jos virhe toistuu, kerro meille.' },
    ],
    invalid: [
      { text: 'I repeat, the fee is not refundable.', actual: 'I repeat' },
      { text: 'As you have already been told, the fee is not refundable.', actual: 'As you have already been told' },
      { text: 'Let me explain this one more time.', actual: 'Let me explain this one more time' },
      { text: 'You were supposed to read the terms before buying.', actual: 'You were supposed to read' },
      { language: 'lv', text: 'Kā Jums jau tika paskaidrots, maksa netiek atmaksāta.', actual: 'Kā Jums jau tika paskaidrots' },
      { language: 'lv', text: 'Vēlreiz atkārtoju, ka maksa netiek atmaksāta.', actual: 'Vēlreiz atkārtoju' },
      { language: 'sl', text: 'Še enkrat Vam ponavljam, da pristojbina ni vračljiva.', actual: 'Še enkrat Vam ponavljam' },
      { language: 'sl', text: 'Kot Vam je bilo že pojasnjeno, pristojbina ni vračljiva.', actual: 'Kot Vam je bilo že pojasnjeno' },
      { language: 'hr', text: 'Ponavljam Vam još jednom da naknada nije povratna.', actual: 'Ponavljam Vam još jednom' },
      { language: 'hr', text: 'Kao što Vam je već objašnjeno, naknada nije povratna.', actual: 'Kao što Vam je već objašnjeno' },
      { language: 'hr', text: 'Uvjete ste trebali pročitati prije kupnje.', actual: 'ste trebali pročitati' },
      { language: 'fi', text: 'Toistan vielä kerran, että maksua ei palauteta.', actual: 'Toistan vielä kerran' },
      { language: 'fi', text: 'Kuten teille on jo selitetty, maksua ei palauteta.', actual: 'Kuten teille on jo selitetty' },
      { language: 'fi', text: 'Ehdot olisi pitänyt lukea ennen ostoa.', actual: 'Ehdot olisi pitänyt lukea' },
    ],
  },
);

// English (en), session 4: counterfactual blame in its grammatical forms ("if you'd…, we'd have…", "had you…, it
// would have…", "we could have…, if you had…"); conditions that offer help or only describe stay clean.
testRule(
  { ...rule, id: `${rule.id} (en, counterfactual blame)` },
  {
    valid: [
      'If you had any trouble with the form, let us know and we will fill it in with you.',
      "If you'd like, we could have an engineer call you before the visit.",
      'If you have already posted the parcel, there is nothing else you need to do.',
      "If you'd prefer a refund instead, I can arrange that today.",
      'We would have liked to fix it on the day, and I am sorry we could not.',
      'If you had the chance to read the guide, I hope it helped.',
      'Had you already booked a second visit? If so, I have moved it to Friday.',
    ],
    invalid: [
      {
        text: "If you'd measured the doorway before ordering, the sofa would have fitted.",
        message: 'blames the customer',
      },
      {
        text: 'Had you told us about the dog, our driver could have left the parcel next door.',
        message: 'blames the customer',
      },
      {
        text: "If you hadn't switched off the router, the update wouldn't have failed.",
        message: 'blames the customer',
      },
      {
        text: 'If you had only returned the form on time, we might have approved the claim.',
        message: 'blames the customer',
      },
      {
        text: 'We could have refunded the full amount if you had contacted us within 14 days.',
        message: 'blames the customer',
      },
      {
        text: "If you'd been in when the courier called, it would've been delivered on Monday.",
        message: 'blames the customer',
      },
    ],
  },
);

// s4-lvfi: Latvian and Finnish counterfactual blame in its grammatical forms ("Ja Jūs būtu …, … nebūtu …",
// "Jos olisit …, … olisi …", "Olisit voinut kertoa …"); offers and plain conditions stay alone.
describe('lv/fi counterfactual blame (s4-lvfi)', () => {
  testRule(
    { ...rule, id: `${rule.id} (lv/fi counterfactual blame)` },
    {
      valid: [
        { language: 'lv', text: 'Ja Jūs būtu ieinteresēts, mēs varētu piedāvāt citu tarifu.' },
        { language: 'lv', text: 'Ja Jums rodas jautājumi, droši rakstiet mums.' },
        { language: 'lv', text: 'Ja esat jau samaksājis rēķinu, lūdzu, neņemiet vērā šo atgādinājumu.' },
        { language: 'lv', text: 'Ja Jūs būtu saņēmis mūsu e-pastu, tajā būtu saite uz anketu.' },
        { language: 'lv', text: 'Mēs būtu priecīgi, ja Jūs atsūtītu čeka kopiju.' },
        { language: 'fi', text: 'Jos olisit kiinnostunut uudesta tarjouksesta, olisi hienoa kuulla sinusta.' },
        { language: 'fi', text: 'Jos sinulla oli ongelmia maksun kanssa, kerro meille.' },
        { language: 'fi', text: 'Jos olet jo maksanut laskun, voit jättää tämän viestin huomiotta.' },
        { language: 'fi', text: 'Olisimme voineet kertoa muutoksesta aiemmin, pahoittelemme sitä.' },
        { language: 'fi', text: 'Jos haluat, voimme siirtää toimituksen ensi viikolle.' },
        { language: 'fi', text: 'Olisitteko voineet lähettää kuitin uudelleen?' },
      ],
      invalid: [
        { language: 'lv', text: 'Ja Jūs būtu laikus pieteicies, vieta nebūtu aizņemta.' },
        { language: 'lv', text: 'Ja jūs būtu pārbaudījusi adresi, paka būtu nonākusi pareizajā pakomātā.' },
        { language: 'lv', text: 'Ja Jūs tikai būtu paziņojis par izmaiņām, mēs varējām to novērst.' },
        { language: 'lv', text: 'Ja Jūs būtu atcerējies paroli, šāda problēma nebūtu radusies.' },
        { language: 'lv', text: 'Ja jūs būtu ierakstījuši pareizu kodu, atlaide būtu piemērota.' },
        { language: 'fi', text: 'Jos olisit ilmoittanut muutoksesta ajoissa, paketti olisi ehtinyt perille.' },
        { language: 'fi', text: 'Jos olisitte täyttäneet lomakkeen oikein, hakemus olisi käsitelty jo.' },
        { language: 'fi', text: 'Jos vain olisit muistanut tilausnumeron, emme olisi joutuneet etsimään sitä.' },
        { language: 'fi', text: 'Jos olisit kertonut oireista heti, asia olisi selvinnyt nopeammin.' },
        { language: 'fi', text: 'Olisit voinut kertoa meille tästä jo viime viikolla.' },
        { language: 'fi', text: 'Te olisitte hyvin voineet ilmoittaa osoitteenmuutoksesta etukäteen.' },
      ],
    },
  );
});

// Slovenian and Croatian (session s4-slhr): counterfactual blame ("Če bi…, bi zdaj že…", "Ko bi vsaj…", "Lahko bi nas vsaj…"; "Mogli ste ranije…", "…bi… da ste barem/ranije…"); polite conditionals with "lahko", offers and questions are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, counterfactual blame)` },
  {
    valid: [
      { language: 'sl', text: 'Če bi nam poslali fotografijo, bi zahtevek lahko obravnavali že danes.' },
      { language: 'sl', text: 'Če bi želeli termin prestaviti, bi Vam zdaj že lahko ponudili sredo.' },
      { language: 'sl', text: 'Če bi potrebovali dodatno pomoč, bi Vas zdaj že lahko klicali.' },
      { language: 'sl', text: 'Lahko bi nam poslali fotografijo poškodbe?' },
      { language: 'sl', text: 'Lahko bi Vam že prej poslali potrdilo, opravičujemo se.' },
      { language: 'sl', text: 'Če bi se odločili za letno naročnino, bi prihranili 20 %.' },
      { language: 'sl', text: 'Ko bi prejeli paket, nam prosim sporočite.' },
      { language: 'hr', text: 'Mogli ste dobiti e-poruku s potvrdom, molimo provjerite neželjenu poštu.' },
      { language: 'hr', text: 'Ako ste mogli ranije otkazati, povrat je potpun.' },
      { language: 'hr', text: 'Mogli ste nas ranije obavijestiti?' },
      { language: 'hr', text: 'Bilo bi nam drago da ste zadovoljni našom uslugom.' },
      { language: 'hr', text: 'Biste li nam mogli poslati račun?' },
      { language: 'hr', text: 'Javili bismo Vam se da smo ranije saznali za kašnjenje.' },
    ],
    invalid: [
      { language: 'sl', text: 'Če bi se udeležili ur, ki ste jih decembra odpovedali, bi bil izpit zdaj že mogoč.' },
      { language: 'sl', text: 'Če bi nam poslali potrdilo, bi bil zahtevek že davno rešen.' },
      { language: 'sl', text: 'Če bi vi upoštevali navodila, bi naprava danes že delovala.' },
      { language: 'sl', text: 'Ko bi vsaj prebrali pogoje, preden ste kupili vozovnico.' },
      { language: 'sl', text: 'Ko bi nas le poklicali, bi vse uredili.' },
      { language: 'sl', text: 'Lahko bi nas vsaj obvestili, da ne boste prišli.' },
      { language: 'sl', text: 'Bi nam lahko prej sporočili, da se selite.' },
      { language: 'hr', text: 'Mogli ste nas ranije obavijestiti da nećete doći.' },
      { language: 'hr', text: 'Mogli ste i sami provjeriti status narudžbe.' },
      { language: 'hr', text: 'Sve bi bilo riješeno da ste nam na vrijeme poslali račun.' },
      { language: 'hr', text: 'Autobus bi Vas čekao da ste došli barem deset minuta ranije.' },
      { language: 'hr', text: 'Da ste došli barem 15 minuta ranije, stigli biste na autobus.' },
    ],
  },
);

describe('en/lv/fi shapes that generalise (s4-r2tone1)', () => {
  testRule(
    { ...rule, id: `${rule.id} (en/lv/fi r2)` },
    {
      valid: [
        { language: 'en', text: "If you had any trouble with the form, we would have been glad to help." },
        { language: 'en', text: "If you had questions, you could have called us anytime." },
        { language: 'en', text: "If you'd like, we could have the engineer call you first." },
        { language: 'en', text: "Had you received the code, you would have seen the new total." },
        { language: 'en', text: "If you had received my email, you would have known about the delay." },
        { language: 'lv', text: "Kā jau minēju iepriekšējā vēstulē, paka tiks piegādāta pirmdien." },
        { language: 'lv', text: "Kā jau norunājām telefonā, nosūtu līgumu pielikumā." },
        { language: 'lv', text: "Kā jau parasti, mūsu birojs svētku dienās ir slēgts." },
        { language: 'lv', text: "Mēs jau rakstījām kurjeram un gaidām atbildi." },
        { language: 'lv', text: "Ja Jums būtu vēl kādi jautājumi, labprāt palīdzēsim." },
        { language: 'lv', text: "Ja Jūs nebūtu saņēmis kodu, lūdzu, uzrakstiet mums." },
        { language: 'fi', text: "Vika ei selvästikään johdu laitteestasi, joten vaihdamme sen." },
        { language: 'fi', text: "Tämä ei selvästikään ole tarkoitus, ja korjaamme asian heti." },
        { language: 'fi', text: "Tämä ei ole ensimmäinen kerta, kun autamme tässä mielellämme." },
        { language: 'fi', text: "Et ole ensimmäinen, joka kysyy tästä, joten lisäsimme ohjeen sivuille." },
        { language: 'fi', text: "Asentaja ei ole vielä ehtinyt paikalle, mutta hän soittaa sinulle tänään." },
      ],
      invalid: [
        { language: 'en', text: "Had you registered the warranty when you bought it, the repair would have been free." },
        { language: 'en', text: "If you'd kept the receipt, the shop could have exchanged it on the spot." },
        { language: 'en', text: "Had you told the driver about the second bag, the fare would have included it." },
        { language: 'en', text: "If you had switched off auto-renew in time, your card would not have been charged." },
        { language: 'en', text: "If you had measured the alcove first, the wardrobe would have fitted." },
        { language: 'lv', text: "Kā jau vakar Jums skaidroju, atlaide uz šo preci neattiecas." },
        { language: 'lv', text: "Kā mēs jau vairākās vēstulēs rakstījām, līgumu nevar lauzt pirms termiņa." },
        { language: 'lv', text: "Kā es jau telefonā teicu, kurjers ieradīsies pirmdien." },
        { language: 'lv', text: "Mēs Jums jau divas reizes teicām, ka atmaksa nav iespējama." },
        { language: 'lv', text: "Es to Jums jau paskaidroju pagājušajā nedēļā." },
        { language: 'lv', text: "Ja tu būtu laikus atcēlusi rezervāciju, nauda tiktu atgriezta." },
        { language: 'lv', text: "Ja Jūs nebūtu izslēdzis ierīci atjaunināšanas laikā, tā būtu strādājusi." },
        { language: 'fi', text: "Asentaja ei selvästikään ollut lukenut työmääräystä." },
        { language: 'fi', text: "Et selvästikään ole lukenut sopimusehtoja." },
        { language: 'fi', text: "Kuljettajat eivät selvästikään jaksaneet kantaa pakettia ovelle asti." },
        { language: 'fi', text: "Lähetys myöhästyi taas, eikä tämä ole ensimmäinen kerta." },
        { language: 'fi', text: "Laskussa oli taas virhe, eikä se ollut ensimmäinen kerta." },
      ],
    },
  );
});

// Slovenian and Croatian (round 2, s4-r2tone2): counterfactual blame as "it would have been easier if you had (not)…"
// (hr "bilo bi puno lakše da niste…", sl "bilo bi lažje, če bi prej…"). A request for the future ("kada biste nam
// poslali", sl "če bi nam poslali" without a past-time word) is left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: it would have been easier if you had)` },
  {
    valid: [
      { language: 'hr', text: 'Bilo bi nam lakše kada biste nam poslali i fotografiju računa.' },
      { language: 'hr', text: 'Bilo bi brže da nam pošaljete broj narudžbe, pa ćemo odmah provjeriti.' },
      { language: 'hr', text: 'Bilo bi nam drago da ste zadovoljni novom uslugom.' },
      { language: 'hr', text: 'Bilo bi bolje za sve kada bi dostava stigla ranije, pa radimo na tome.' },
      { language: 'hr', text: 'Lakše je ako nam pošaljete fotografiju.' },
      { language: 'sl', text: 'Bilo bi lažje, če bi nam poslali še fotografijo računa.' },
      { language: 'sl', text: 'Bilo bi hitreje, če nam sporočite številko naročila.' },
      { language: 'sl', text: 'Bilo bi bolje, če bi dostava prispela prej, zato smo zamenjali prevoznika.' },
      { language: 'sl', text: 'Lažje bo, če nam pošljete fotografijo.' },
      { language: 'sl', text: 'Za vse bi bilo bolje, da se dobimo v poslovalnici.' },
    ],
    invalid: [
      { language: 'hr', text: 'Naravno, bilo bi puno lakše da niste oštećene daske bacili prije njegova dolaska.' },
      { language: 'hr', text: 'Bilo bi jednostavnije da ste nam odmah poslali račun.' },
      { language: 'hr', text: 'Sve bi bilo brže kad ste ranije prijavili kvar.' },
      { language: 'hr', text: 'Bilo bi mnogo bolje da ste pročitali upute.' },
      { language: 'hr', text: 'Bilo bi nam lakše da niste bacili ambalažu.' },
      { language: 'sl', text: 'Bilo bi veliko lažje, če bi nam prej poslali račun.' },
      { language: 'sl', text: 'Bilo bi hitreje, če bi napako prijavili pravočasno.' },
      { language: 'sl', text: 'Vsem bi bilo lažje, če bi takrat prebrali navodila.' },
      { language: 'sl', text: 'Bilo bi enostavneje, če bi že prej preverili naslov.' },
      { language: 'sl', text: 'Bilo bi bolje, če bi se pred odhodom oglasili pri nas.' },
    ],
  },
);

// Slovenian and Croatian (round 2, s4-r2tone2, second part): pointing at an earlier explanation with "že/već" and any
// verb of telling ("Že v prejšnjem sporočilu sem Vam napisal", "Sve sam Vam to objasnio već u ponedjeljak"); Slovenian
// counterfactuals with "ne bi …" or "bi … že" in the result, and the colloquial "Da ste …, bi …". A correction of an
// earlier message, a resent link, a future "če bi nam poslali…, bi lahko…" and "Da ste zadovoljni, nas veseli" are
// left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: said it before, would not have happened)` },
  {
    valid: [
      { language: 'sl', text: 'Če bi nam poslali fotografijo, bi lahko hitreje preverili škodo.' },
      { language: 'sl', text: 'Če bi želeli, Vam paket pošljemo na drug naslov.' },
      { language: 'sl', text: 'Da ste zadovoljni z nakupom, nas zelo veseli.' },
      { language: 'sl', text: 'V prejšnjem sporočilu sem Vam napisal napačen datum, za kar se opravičujem.' },
      { language: 'sl', text: 'Že v prejšnjem sporočilu sem Vam poslal povezavo, a jo pošiljam še enkrat.' },
      { language: 'sl', text: 'Kot sem Vam napisal v ponedeljek, je paket na poti.' },
      { language: 'hr', text: 'U prošloj poruci napisao sam Vam krivi datum, na čemu se ispričavam.' },
      { language: 'hr', text: 'Već u prošloj poruci poslao sam Vam poveznicu, ali je šaljem još jednom.' },
      { language: 'hr', text: 'Kao što sam Vam napisao u ponedjeljak, paket je na putu.' },
      { language: 'hr', text: 'Drago nam je da ste zadovoljni kupnjom.' },
    ],
    invalid: [
      { language: 'sl', text: 'Že v prejšnjem sporočilu sem Vam napisal, da je rok potekel.' },
      { language: 'sl', text: 'Vse to sem Vam pojasnil že v ponedeljek.' },
      { language: 'sl', text: 'Sem Vam že napisala, da paketa ne moremo ustaviti.' },
      { language: 'sl', text: 'Če bi se držali navodil za namestitev, naprava ne bi pregorela.' },
      { language: 'sl', text: 'Če bi nam sporočili pravilen naslov, bi paket že imeli doma.' },
      { language: 'sl', text: 'Da ste pravočasno oddali vlogo, bi bilo vse urejeno.' },
      { language: 'hr', text: 'Već u prošloj poruci napisao sam Vam da je rok istekao.' },
      { language: 'hr', text: 'Sve sam Vam to objasnio već u ponedjeljak.' },
      { language: 'hr', text: 'Već sam Vam napisala da paket ne možemo zaustaviti.' },
      { language: 'hr', text: 'Već u oba odgovora sam Vam to naveo.' },
    ],
  },
);

// Slovenian and Croatian (round 2, s4-r2tone2, third part): "Morali bi vedeti", "Morali bi prebrati…, preden ste…",
// hr "Morali ste pročitati…", the blame widened ("Krivda je izključno na Vaši strani"), "sem Vam to že enkrat
// razložil", and "zdaj je končno jasno". A "should receive", a question and "the fault is not yours" are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: you should have known, finally clear)` },
  {
    valid: [
      { language: 'sl', text: 'Morali bi prejeti e-pošto s potrditvijo.' },
      { language: 'sl', text: 'Ali bi morali vedeti še kaj, preden pridete?' },
      { language: 'sl', text: 'Zdaj je vse jasno in dostava je potrjena.' },
      { language: 'sl', text: 'Krivda ni na Vaši strani, napako smo naredili mi.' },
      { language: 'sl', text: 'Sem Vam že poslala novo geslo, preverite še mapo z neželeno pošto.' },
      { language: 'hr', text: 'Trebali biste primiti e-mail s potvrdom.' },
      { language: 'hr', text: 'Morali ste primiti e-mail s potvrdom, provjerite i neželjenu poštu.' },
      { language: 'hr', text: 'Sada je sve jasno i dostava je potvrđena.' },
      { language: 'hr', text: 'Krivnja nije na Vašoj strani, pogriješili smo mi.' },
      { language: 'hr', text: 'Već sam Vam poslala novu lozinku, provjerite i mapu neželjene pošte.' },
    ],
    invalid: [
      { language: 'sl', text: 'Morali bi prebrati pogoje, preden ste podpisali.' },
      { language: 'sl', text: 'Morali bi vedeti, da akcija velja le do nedelje.' },
      { language: 'sl', text: 'Krivda je izključno na Vaši strani.' },
      { language: 'sl', text: 'Naj Vas spomnim, da smo Vam to že enkrat razložili.' },
      { language: 'sl', text: 'Upam, da je zdaj končno jasno.' },
      { language: 'hr', text: 'Morali ste pročitati uvjete prije potpisivanja.' },
      { language: 'hr', text: 'Krivnja je isključivo na Vašoj strani.' },
      { language: 'hr', text: 'Podsjetit ću Vas da smo Vam to već jednom objasnili.' },
      { language: 'hr', text: 'Nadam se da je sada konačno jasno.' },
      { language: 'hr', text: 'Sve smo Vam već dvaput objasnili.' },
    ],
  },
);

// Slovenian and Croatian (round 2, s4-r2tone2, fourth part): "Če ne bi zamudili roka, bi…", "Da niste propustili
// rok, … bi…", "Tega Vam ne bom še enkrat razlagal", "Neću Vam to još jednom objašnjavati", "Koliko puta Vam to moram
// ponoviti?". An offer with "lahko", a condition about the future and a promise to stop sending notices are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: had you not, I won't explain again)` },
  {
    valid: [
      { language: 'sl', text: 'Če ne bi prejeli potrditve, nam pišite.' },
      { language: 'sl', text: 'Če ne bi želeli čakati, lahko paket prevzamete v poslovalnici.' },
      { language: 'sl', text: 'Ne bomo Vam več pošiljali obvestil, kot ste želeli.' },
      { language: 'sl', text: 'Tega Vam ne bomo več zaračunali.' },
      { language: 'sl', text: 'Tega ne bomo več ponavljali, za napako se opravičujemo.' },
      { language: 'hr', text: 'Da niste dobili potvrdu, javite nam se.' },
      { language: 'hr', text: 'Nećemo Vam više slati obavijesti, kako ste tražili.' },
      { language: 'hr', text: 'To Vam više nećemo naplaćivati.' },
      { language: 'hr', text: 'Ako ne želite čekati, paket možete preuzeti u poslovnici.' },
      { language: 'hr', text: 'To više nećemo ponavljati, za pogrešku se ispričavamo.' },
    ],
    invalid: [
      { language: 'sl', text: 'Če ne bi zamudili roka, bi Vam vračilo pripadalo.' },
      { language: 'sl', text: 'Če ne bi vrgli embalaže, bi reklamacijo sprejeli.' },
      { language: 'sl', text: 'Tega Vam ne bom še enkrat razlagal.' },
      { language: 'sl', text: 'Ne bom Vam več ponavljala istega.' },
      { language: 'sl', text: 'Kolikokrat Vam to moram ponoviti?' },
      { language: 'hr', text: 'Da niste propustili rok, povrat bi Vam pripadao.' },
      { language: 'hr', text: 'Da niste bacili ambalažu, reklamaciju bismo prihvatili.' },
      { language: 'hr', text: 'Neću Vam to još jednom objašnjavati.' },
      { language: 'hr', text: 'Nećemo Vam više ponavljati isto.' },
      { language: 'hr', text: 'Koliko puta Vam to moram ponoviti?' },
    ],
  },
);
