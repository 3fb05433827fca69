import { describe } from 'vitest';
import rule from '../../src/engine/rules/tone/dismissive';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Sit back and relax: your order is already on its way.',
    'Our relaxed return policy gives you 60 days to decide.',
    'Whatever you prefer is fine with us, card or bank transfer.',
    'We will deal with it today and call you back this afternoon.',
    "Please don't worry, this is not your fault at all.",
    'Is there anything else I can do for you?',
    "If there's nothing else I can do for you, have a lovely weekend.",
    'Delivery times should improve once things calm down after the holidays.',
    'That is how it works: the discount is applied at checkout.',
    'I understand how frustrating this is, and I am sorry.',
    'No need to worry: your data is safe.',
    'It is not really our policy to charge for this, so I have refunded it.',
    '> Calm down? That is not my problem!\n',
  ],
  invalid: [
    { text: 'Please calm down, the parcel is on its way.', actual: 'Please calm down' },
    { text: 'Relax, it will arrive eventually.', actual: 'Relax' },
    { text: "That's not my problem, you need to call the courier.", actual: "That's not my problem" },
    { text: "There's nothing I can do about the delay.", actual: 'nothing I can do' },
    { text: "You'll have to deal with it until Monday.", actual: "You'll have to deal with it" },
    { text: 'Send the receipt or whatever.', actual: 'or whatever' },
    { text: "I'm afraid that's just how it is.", actual: "that's just how it is" },
    { text: 'It is what it is.', actual: 'It is what it is' },
    { text: "Honestly, I don't know what you want from us.", actual: "I don't know what you want" },
    { text: 'The price is final, take it or leave it.', actual: 'take it or leave it' },
    { text: 'Refunds are not my job.', actual: 'not my job' },
    { text: 'There is no need to shout.', actual: 'There is no need to shout' },
    { text: "There's really no need to get so upset.", actual: "There's really no need to get so upset" },
    { text: "The router is not really our responsibility.", actual: 'not really our responsibility' },
    { text: "I don't know what else you expect us to do.", actual: "I don't know what else you expect" },
  ],
});

// Latvian, Slovenian, Croatian and Finnish brush-offs, and the reassurances that share their words.
testRule(rule, {
  valid: [
    { language: 'lv', text: 'Nav jāuztraucas, nauda jau ir ceļā uz Jūsu kontu.' },
    { language: 'lv', text: 'Tā nav Jūsu vaina, un mēs to labosim šodien.' },
    { language: 'lv', text: 'Mēs varam darīt vairākas lietas, lai to atrisinātu.' },
    { language: 'lv', text: 'Tā tas ir paredzēts noteikumos, taču šoreiz izdarīsim izņēmumu.' },
    { language: 'sl', text: 'Tako je, naročilo smo danes poslali.' },
    { language: 'sl', text: 'To ni vaša krivda, napako bomo odpravili še danes.' },
    { language: 'sl', text: 'Ni vam treba skrbeti, denar je že na poti.' },
    { language: 'sl', text: 'Naredili bomo vse, kar lahko, da paket prispe pravočasno.' },
    { language: 'hr', text: 'Tako je, narudžba je danas poslana.' },
    { language: 'hr', text: 'To nije Vaša krivnja i ispravit ćemo to još danas.' },
    { language: 'hr', text: 'Ne morate se brinuti, novac je već na putu.' },
    { language: 'hr', text: 'Učinit ćemo sve što možemo da paket stigne na vrijeme.' },
    { language: 'fi', text: 'Sinun ei tarvitse huolehtia, rahat ovat jo matkalla.' },
    { language: 'fi', text: 'Se ei ole sinun vikasi, ja korjaamme asian vielä tänään.' },
    { language: 'fi', text: 'Voimme tehdä asialle useamman asian, jotta paketti saapuu ajoissa.' },
    { language: 'fi', text: 'Rauhallista viikonloppua ja kiitos kärsivällisyydestä!' },
    { language: 'lv', text: 'Tā nav problēma – nomainīsim preci bez maksas.' },
    { language: 'sl', text: 'To ni nobena težava, paket Vam pošljemo še enkrat.' },
    { language: 'hr', text: 'To nije nikakav problem, rado ćemo Vam poslati novi račun.' },
    { language: 'fi', text: 'Se ei ole ongelma, lähetämme uuden laskun.' },
  ],
  invalid: [
    { language: 'lv', text: 'Lūdzu, nomierinieties, mēs to izskatīsim.', actual: 'Lūdzu, nomierinieties' },
    { language: 'lv', text: 'Diemžēl tā nav mūsu problēma, sazinieties ar kurjeru.', actual: 'tā nav mūsu problēma' },
    { language: 'lv', text: 'Mēs neko vairāk nevaram darīt.', actual: 'Mēs neko vairāk nevaram darīt' },
    { language: 'lv', text: 'Tādi ir noteikumi.', actual: 'Tādi ir noteikumi' },
    { language: 'lv', text: 'Nav vajadzības kliegt uz mums.', actual: 'Nav vajadzības kliegt' },
    { language: 'sl', text: 'Prosim, pomirite se, zadevo bomo pregledali.', actual: 'Prosim, pomirite se' },
    { language: 'sl', text: 'Žal to ni naš problem, obrnite se na dostavno službo.', actual: 'to ni naš problem' },
    { language: 'sl', text: 'Ne moremo nič narediti.', actual: 'Ne moremo nič narediti' },
    { language: 'sl', text: 'Tako pač je.', actual: 'Tako pač je' },
    { language: 'sl', text: 'Ne vem, kaj še pričakujete od nas.', actual: 'Ne vem, kaj še pričakujete' },
    { language: 'hr', text: 'Molim Vas, smirite se, pregledat ćemo slučaj.', actual: 'Molim Vas, smirite se' },
    { language: 'hr', text: 'Nažalost, to nije naš problem, obratite se dostavnoj službi.', actual: 'to nije naš problem' },
    { language: 'hr', text: 'Ne možemo tu ništa učiniti.', actual: 'Ne možemo tu ništa učiniti' },
    { language: 'hr', text: 'Tako je kako je.', actual: 'Tako je kako je' },
    { language: 'hr', text: 'Nema potrebe da vičete na nas.', actual: 'Nema potrebe da vičete' },
    { language: 'fi', text: 'Rauhoittukaa, käsittelemme asian.', actual: 'Rauhoittukaa' },
    { language: 'fi', text: 'Se ei ole meidän ongelmamme, ota yhteyttä kuljetusliikkeeseen.', actual: 'Se ei ole meidän ongelmamme' },
    { language: 'fi', text: 'Emme voi tehdä asialle mitään.', actual: 'Emme voi tehdä asialle mitään' },
    { language: 'fi', text: 'Näin se vain on.', actual: 'Näin se vain on' },
    { language: 'fi', text: 'En tiedä, mitä muuta odotat meiltä.', actual: 'En tiedä, mitä muuta odotat' },
    { language: 'lv', text: 'Jūsu pārlūka iestatījumi nav mūsu problēma.', actual: 'nav mūsu problēma' },
    { language: 'sl', text: 'Delovanje Vašega tiskalnika ni naša težava.', actual: 'ni naša težava' },
    { language: 'hr', text: 'Rad Vašeg pisača nije naš problem.', actual: 'nije naš problem' },
    { language: 'fi', text: 'Tulostimen toiminta ei ole meidän ongelmamme.', actual: 'ei ole meidän ongelmamme' },
  ],
});

testRule(
  { ...rule, id: `${rule.id} (en, families)` },
  {
    valid: [
      'We are not going to charge you for the second delivery.',
      'There is nothing more you need to do: the refund is on its way.',
      'We will discuss this further with the courier and write back by Friday.',
    ],
    invalid: [
      { text: "The decision is final and I'm not going to go back and forth on it.", actual: "I'm not going to go back and forth" },
      { text: 'We will not be discussing this any further.', actual: 'We will not be discussing this any further' },
      { text: "I won't argue about the fee.", actual: "I won't argue" },
      { text: 'There is nothing more to discuss.', actual: 'There is nothing more to discuss' },
      { text: "The courier promised Monday, but don't hold your breath.", actual: "don't hold your breath" },
    ],
  },
);

describe('en/lv/fi shapes that generalise (s4-r2tone1)', () => {
  testRule(
    { ...rule, id: `${rule.id} (en/lv/fi r2)` },
    {
      valid: [
        { language: 'en', text: "There's no point in waiting for the courier, so I've sent a new one." },
        { language: 'en', text: "Calling us is the fastest way to reach the team." },
        { language: 'en', text: "There is nothing more you need to do." },
        { language: 'en', text: "Writing to us again will help if the parcel does not arrive by Friday." },
        { language: 'en', text: "Our new portal will change how you download invoices." },
        { language: 'lv', text: "Nav jēgas gaidīt kurjeru, tāpēc nosūtījām jaunu paku." },
        { language: 'lv', text: "Nav jēgas rakstīt atsevišķu iesniegumu, jo pieteikums jau ir reģistrēts." },
        { language: 'lv', text: "Mēs labprāt to apspriedīsim tālrunī." },
        { language: 'lv', text: "Tarifa maiņa nemainīs Jūsu līguma termiņu." },
        { language: 'lv', text: "Zvaniet mums jebkurā laikā, ja rodas jautājumi." },
        { language: 'fi', text: "Asiakaspalveluun ei kannata soittaa, sillä chat on nopeampi." },
        { language: 'fi', text: "Osoitteenmuutos ei muuta toimitusaikaa." },
        { language: 'fi', text: "Voit tehdä tilauksen numerolla 12345." },
        { language: 'fi', text: "Viestisi on vastaanotettu, ja käsittelemme sen pian." },
        { language: 'fi', text: "Ei kannata huolestua, paketti on jo matkalla." },
      ],
      invalid: [
        { language: 'en', text: "There is honestly nothing more to discuss here." },
        { language: 'en', text: "There's really no point in arguing about the fee." },
        { language: 'en', text: "No point calling us again about it." },
        { language: 'en', text: "Writing to us every day won't change the outcome." },
        { language: 'en', text: "Complaining again will not make any difference." },
        { language: 'lv', text: "Par to strīdēties nav nekādas jēgas." },
        { language: 'lv', text: "Nav jēgas vēlreiz zvanīt mums par šo jautājumu." },
        { language: 'lv', text: "Atkārtoti zvani neko nemainīs." },
        { language: 'lv', text: "Nav nekādas jēgas to atkārtoti apspriest." },
        { language: 'lv', text: "Turpmāka sarakste lēmumu nemainīs." },
        { language: 'fi', text: "Asiasta ei kannata enää väitellä." },
        { language: 'fi', text: "Turha valittaa, päätös on lopullinen." },
        { language: 'fi', text: "Uudet viestit eivät muuta päätöstä." },
        { language: 'fi', text: "Älä tee tästä numeroa." },
        { language: 'fi', text: "Maksusta ei kannata tehdä numeroa." },
      ],
    },
  );
});

// Slovenian and Croatian (round 2, s4-r2tone2): shrugging a problem off ("to se pač zgodi", "to se jednostavno
// događa"), "I don't know what to tell you", and "it's not something we can deal with". An apology with the same
// verbs, a plain fact and a referral to the right department are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: shrugging off, nothing to say, not our business)` },
  {
    valid: [
      { language: 'sl', text: 'Žal se je zgodilo, da je tehnik zamudil, za kar se Vam opravičujemo.' },
      { language: 'sl', text: 'Tako napako se lahko zgodi vsakomur, zato Vam pošiljamo nov obrazec.' },
      { language: 'sl', text: 'Ne vem še, kdaj bo paket prispel, zato Vam bom pisala jutri.' },
      { language: 'sl', text: 'S tem se ukvarja naš pravni oddelek, ki Vam bo odgovoril do petka.' },
      { language: 'sl', text: 'To je nekaj, s čimer se bomo ukvarjali takoj zjutraj.' },
      { language: 'hr', text: 'Nažalost se dogodilo da je tehničar zakasnio, na čemu se ispričavamo.' },
      { language: 'hr', text: 'Još ne znam kada će paket stići, pa ću Vam javiti sutra.' },
      { language: 'hr', text: 'Time se bavi naš pravni odjel, koji će Vam odgovoriti do petka.' },
      { language: 'hr', text: 'To je nešto čime ćemo se baviti odmah ujutro.' },
      { language: 'hr', text: 'Takve se greške ponekad događaju, zato smo uveli dodatnu provjeru.' },
    ],
    invalid: [
      { language: 'sl', text: 'Glede zamude res ne vem, kaj naj Vam rečem, to se pač zgodi.' },
      { language: 'sl', text: 'Take stvari se pač dogajajo.' },
      { language: 'sl', text: 'Pač se zgodi, da kurir zamudi.' },
      { language: 'sl', text: 'Ne vem, kaj bi Vam še odgovoril.' },
      { language: 'sl', text: 'To ni nekaj, s čimer bi se lahko ukvarjali.' },
      { language: 'sl', text: 'S tem se res ne moremo obremenjevati.' },
      { language: 'hr', text: 'To što Vam novi termin ne odgovara, iskreno, nije nešto čime se možemo baviti.' },
      { language: 'hr', text: 'Stvarno ne znam što bih Vam još rekao.' },
      { language: 'hr', text: 'Kašnjenja se jednostavno događaju.' },
      { language: 'hr', text: 'To se eto dogodi.' },
      { language: 'hr', text: 'Time se ne možemo zamarati.' },
      { language: 'hr', text: 'To nije stvar o čemu se moramo brinuti.' },
    ],
  },
);

// Slovenian and Croatian (round 2, s4-r2tone2, second part): "Ne vidim, v čem je problem", "Kaj naj Vam rečem, …",
// "Pač imate smolo", "O tem ne bomo več razpravljali". "Ne vidim razloga, da ne bi…", sympathy for bad luck in the
// past tense and a meeting about it are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: no problem here, tough luck, end of discussion)` },
  {
    valid: [
      { language: 'sl', text: 'Ne vidim razloga, da Vam ne bi vrnili denarja.' },
      { language: 'sl', text: 'Žal ste imeli smolo s pošiljko, zato Vam pošljemo novo.' },
      { language: 'sl', text: 'Kaj naj storite, Vam opišem spodaj.' },
      { language: 'sl', text: 'O tem bomo razpravljali na sestanku v torek.' },
      { language: 'sl', text: 'Tega ne bomo več dovolili, zato smo uvedli dodatno kontrolo.' },
      { language: 'hr', text: 'Ne vidim razlog da Vam ne vratimo novac.' },
      { language: 'hr', text: 'Nažalost, imali ste peha s pošiljkom, pa Vam šaljemo novu.' },
      { language: 'hr', text: 'Što se tiče roka, paket stiže u petak.' },
      { language: 'hr', text: 'O tome ćemo razgovarati na sastanku u utorak.' },
      { language: 'hr', text: 'To više nećemo dopustiti, pa smo uveli dodatnu kontrolu.' },
    ],
    invalid: [
      { language: 'sl', text: 'Ne vidim, v čem je problem.' },
      { language: 'sl', text: 'Kaj naj Vam rečem, pravila so pravila.' },
      { language: 'sl', text: 'Pač imate smolo.' },
      { language: 'sl', text: 'Žal imate smolo, rok je potekel.' },
      { language: 'sl', text: 'O tem ne bomo več razpravljali.' },
      { language: 'hr', text: 'Ne vidim u čemu je problem.' },
      { language: 'hr', text: 'Što da Vam kažem, pravila su pravila.' },
      { language: 'hr', text: 'Jednostavno ste imali peha.' },
      { language: 'hr', text: 'Nažalost, imate peha, rok je istekao.' },
      { language: 'hr', text: 'O tome više nećemo raspravljati.' },
    ],
  },
);
