import { describe } from 'vitest';
import rule from '../../src/engine/rules/politeness/demanding';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'You must be so frustrated by now, and I am sorry.',
    'You must have received our email by now.',
    'If you need to change the address, just reply here.',
    'All you have to do is reply to this email.',
    'The only thing you need to do is sign the form.',
    "You don't have to send anything back.",
    'Do you need to change the delivery date?',
    "You'll need to log in again after the update.",
    'Please send the form that you need to sign back to us by Friday.',
    'You may need to restart the app.',
    'Keep the original box in case you need to return it.',
  ],
  invalid: [
    {
      text: 'You must send the receipt within 14 days.',
      actual: 'You must',
      output: 'Please send the receipt within 14 days.',
    },
    {
      text: 'To get the refund, you have to return the device.',
      actual: 'you have to',
      output: 'To get the refund, please return the device.',
    },
    {
      text: 'I need you to send a photo of the label.',
      actual: 'I need you to',
      output: 'Please send a photo of the label.',
    },
    {
      text: 'You need to log in first.',
      actual: 'You need to',
      output: 'Please log in first.',
    },
    {
      text: 'You are required to show ID at pickup.',
      actual: 'You are required to',
      output: 'Please show ID at pickup.',
    },
    {
      text: 'I insist that you call the bank.',
      actual: 'I insist that you',
      output: 'Please call the bank.',
    },
    {
      text: 'After that, you really need to update the app.',
      actual: 'you really need to',
      output: 'After that, please update the app.',
    },
  ],
});

// Latvian, Slovenian, Croatian and Finnish demands; reassurances and conditions with the same verbs are left alone.
testRule(rule, {
  valid: [
    { language: 'lv', text: 'Jums nav jāmaksā par piegādi.' },
    { language: 'lv', text: 'Jums nav jāuztraucas, viss ir kārtībā.' },
    { language: 'lv', text: 'Ja jums jāmaina adrese, rakstiet mums.' },
    { language: 'lv', text: 'Jums jābūt pieslēgtam savam kontam, lai redzētu rēķinu.' },
    { language: 'sl', text: 'Brez gesla se žal ne morate prijaviti.' },
    { language: 'sl', text: 'Če morate spremeniti naslov, nam pišite.' },
    { language: 'sl', text: 'Vse, kar morate storiti, je klikniti povezavo.' },
    { language: 'sl', text: 'Za to vam ni treba ničesar storiti.' },
    { language: 'hr', text: 'Ne morate ništa poduzimati.' },
    { language: 'hr', text: 'Trebate li još pomoći?' },
    { language: 'hr', text: 'Ako trebate promijeniti adresu, javite nam.' },
    { language: 'hr', text: 'Sve što trebate učiniti je kliknuti na poveznicu.' },
    { language: 'fi', text: 'Sinun ei tarvitse tehdä mitään.' },
    { language: 'fi', text: 'Jos sinun täytyy vaihtaa osoite, kerro meille.' },
    { language: 'fi', text: 'Voisitko lähettää meille kuitin?' },
    { language: 'fi', text: 'Kaikki, mitä sinun täytyy tehdä, on klikata linkkiä.' },
  ],
  invalid: [
    { language: 'lv', text: 'Jums ir jānosūta čeka kopija.', actual: 'Jums ir jānosūta', message: 'lūdzu' },
    { language: 'lv', text: 'Jums jāaizpilda veidlapa līdz piektdienai.', actual: 'Jums jāaizpilda' },
    { language: 'lv', text: 'Jums būs jāatgriež prece veikalā.', actual: 'Jums būs jāatgriež' },
    { language: 'lv', text: 'Jums vajag restartēt maršrutētāju.', actual: 'Jums vajag restartēt' },
    { language: 'sl', text: 'Morate nam poslati kopijo računa.', actual: 'Morate', message: 'prosimo' },
    { language: 'sl', text: 'Račun boste morali plačati do petka.', actual: 'boste morali' },
    { language: 'sl', text: 'Ste dolžni vrniti izdelek v 14 dneh.', actual: 'Ste dolžni' },
    { language: 'sl', text: 'Zahtevamo, da nam vrnete izdelek.', actual: 'Zahtevamo, da' },
    { language: 'hr', text: 'Morate nam poslati kopiju računa.', actual: 'Morate', message: 'molimo' },
    { language: 'hr', text: 'Morat ćete platiti račun do petka.', actual: 'Morat ćete' },
    { language: 'hr', text: 'Dužni ste vratiti proizvod u roku od 14 dana.', actual: 'Dužni ste' },
    { language: 'hr', text: 'Trebate nam poslati broj narudžbe.', actual: 'Trebate nam poslati' },
    { language: 'fi', text: 'Sinun täytyy lähettää meille kuitti.', actual: 'Sinun täytyy', message: 'Voisitko' },
    { language: 'fi', text: 'Teidän pitää täyttää lomake.', actual: 'Teidän pitää' },
    { language: 'fi', text: 'Teidän on lähetettävä tuote takaisin 14 päivän kuluessa.', actual: 'Teidän on lähetettävä' },
    { language: 'fi', text: 'Sinun tulee ilmoittaa osoitteenmuutoksesta.', actual: 'Sinun tulee' },
  ],
});

testRule(
  { ...rule, id: `${rule.id} (en, nothing else to do)` },
  {
    valid: ["The front desk has a note on your booking, so there's nothing else you need to do.", 'There is nothing more you have to send.'],
    invalid: [{ text: 'You need to send the receipt by Friday.', actual: 'You need to' }],
  },
);

// Ultimatums: "otherwise we will not reply", "if you don't…, at your expense", in every language.
testRule(
  { ...rule, id: `${rule.id} (threats)` },
  {
    valid: [
      'If you do not receive the parcel by Friday, we will send a new one at our expense.',
      'Otherwise we will be happy to help with anything else.',
      { language: 'sl', text: 'Če paketa ne prejmete do petka, Vam bomo poslali novega na naše stroške.' },
      { language: 'hr', text: 'Ako paket ne stigne do petka, poslat ćemo novi na naš trošak.' },
      { language: 'hr', text: 'Povrat robe je na Vaš trošak.' },
      { language: 'lv', text: 'Ja paka nepienāks līdz piektdienai, nosūtīsim jaunu uz mūsu rēķina.' },
      { language: 'fi', text: 'Jos paketti ei saavu perjantaihin mennessä, lähetämme uuden omalla kustannuksellamme.' },
    ],
    invalid: [
      { text: 'Put the order number in every email, otherwise we will not reply.', actual: 'otherwise we will not' },
      { text: "If you don't collect it by Friday, it goes back at your own expense.", message: 'threat' },
      { language: 'sl', text: 'V vsakem sporočilu navedite številko naročila, drugače Vam ne bomo odgovorili.', actual: 'drugače Vam ne bomo' },
      { language: 'hr', text: 'Ako se ne javite do petka, paket ćemo Vam vratiti na Vaš trošak.', message: 'threat' },
      { language: 'hr', text: 'Pošaljite račun, inače nećemo obraditi zahtjev.', actual: 'inače nećemo' },
      { language: 'lv', text: 'Norādiet pasūtījuma numuru, citādi mēs neatbildēsim.', actual: 'citādi mēs neatbildēsim' },
      { language: 'lv', text: 'Ja nesaņemsiet paku līdz piektdienai, to atgriezīsim uz Jūsu rēķina.', message: 'threat' },
      { language: 'fi', text: 'Laita tilausnumero jokaiseen viestiin, muuten emme vastaa.', actual: 'muuten emme' },
      { language: 'fi', text: 'Jos et nouda pakettia perjantaihin mennessä, palautamme sen omalla kustannuksellasi.', message: 'threat' },
    ],
  },
);

testRule(
  { ...rule, id: `${rule.id} (en, or-else threats)` },
  {
    valid: ['You can keep the item, or we can arrange a collection.', 'Reply with a photo or we will call you, whichever suits you.'],
    invalid: [
      { text: 'Send us the photos by Friday, or we will close the ticket.', actual: 'or we will close' },
      { text: 'Reply within 48 hours or your order will be cancelled.', actual: 'or your order will be cancelled' },
    ],
  },
);

// Deadlines with a passive consequence: "…by Friday, or the request will be closed".
testRule(
  { ...rule, id: `${rule.id} (deadline threats)` },
  {
    valid: [
      { language: 'lv', text: 'Ja nevēlaties abonementu, tas tiks atcelts bez maksas.' },
      { language: 'sl', text: 'Če ne želite več prejemati novic, bo naročnina preklicana takoj.' },
      { language: 'hr', text: 'Ako ne želite pretplatu, bit će otkazana bez troškova.' },
      { language: 'fi', text: 'Jos et halua tilausta, se perutaan veloituksetta.' },
      'If you no longer want the plan, it will be cancelled free of charge.',
      "If you don't collect it within 7 days, it will be returned to us and we will refund you in full.",
    ],
    invalid: [
      { language: 'lv', text: 'Ja neatbildēsiet 48 stundu laikā, pasūtījums tiks atcelts.', message: 'threat' },
      { language: 'lv', text: 'Atsūtiet čeku, citādi pieteikums tiks slēgts.', message: 'threat' },
      { language: 'sl', text: 'Če ne odgovorite v 48 urah, bo naročilo preklicano.', message: 'threat' },
      { language: 'hr', text: 'Ako ne odgovorite u roku od 48 sati, narudžba će biti otkazana.', message: 'threat' },
      { language: 'fi', text: 'Jos et vastaa 48 tunnin kuluessa, tilaus perutaan.', message: 'threat' },
      { text: "If you don't reply within 48 hours, the order will be cancelled.", message: 'threat' },
    ],
  },
);

// English (en), session 4: telling the customer to pay, and "if … by/within …, we will <sanction>" threats.
testRule(
  { ...rule, id: `${rule.id} (en, pay demands and threats)` },
  {
    valid: [
      "You won't need to pay anything for the replacement.",
      'If you need to pay by bank transfer, the details are below.',
      "If we don't hear back from you within 7 days, we'll close this ticket, and you can reopen it any time.",
      "If we don't receive the parcel within 10 days, we'll send you a replacement.",
      "If you don't receive the refund by Friday, we'll chase the bank for you.",
      "If you can't make the appointment on Tuesday, we'll find another slot.",
    ],
    invalid: [
      { text: "About the scratched table, you'll need to pay for the repair.", message: 'pay' },
      { text: 'You will have to cover the cost of the call-out.', message: 'pay' },
      { text: 'You are liable to reimburse the full amount.', message: 'pay' },
      { text: "If we don't receive payment within 14 days, we'll pass the account to a debt collector.", message: 'threat' },
      { text: "If you don't return the keys by Monday, we will deduct £50 from your deposit.", message: 'threat' },
      { text: 'If you fail to collect the items before the 30th, they will be sold.', message: 'threat' },
      { text: "If we haven't heard from you by noon, we'll report the damage to the platform.", message: 'threat' },
    ],
  },
);

// Slovenian and Croatian (session s4-slhr): "if you don't … by/within …, we will <reject/close/consider withdrawn>" and "… we will hand it to debt collection/court"; offers to resend, reschedule or call back, and "if you don't want…" are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, ultimatums with a deadline)` },
  {
    valid: [
      { language: 'sl', text: 'Če do petka ne želite podaljšati naročnine, bomo naročnino zaključili brez stroškov.' },
      { language: 'sl', text: 'Če do ponedeljka ne prejmete paketa, nam pišite in ga bomo poslali znova.' },
      { language: 'sl', text: 'Če ne najdete potrdila, Vam ga bomo poslali znova do petka.' },
      { language: 'sl', text: 'Če se do srede ne oglasite, Vas bomo poklicali mi.' },
      { language: 'sl', text: 'Če ne morete priti do 10. ure, bomo termin z veseljem prestavili.' },
      { language: 'hr', text: 'Ako do petka ne želite produžiti pretplatu, otkazat ćemo je bez troškova.' },
      { language: 'hr', text: 'Ako do ponedjeljka ne primite paket, javite nam se i poslat ćemo ga ponovno.' },
      { language: 'hr', text: 'Ako ne pronađete potvrdu, poslat ćemo Vam je ponovno do petka.' },
      { language: 'hr', text: 'Ako ne možete doći do 10 sati, rado ćemo pomaknuti termin.' },
      { language: 'hr', text: 'Ako nam se ne javite do srijede, nazvat ćemo Vas mi.' },
      { language: 'sl', text: 'Če boste sprejeti, boste morali do 6. februarja podpisati pogodbo.' },
      { language: 'hr', text: 'Ako termin morate otkazati, javite nam to dan ranije.' },
      { language: 'sl', text: 'Če termin morate prestaviti, nam pišite.' },
      { language: 'hr', text: 'Ako želite povrat, morat ćete poslati račun.' },
    ],
    invalid: [
      { language: 'sl', text: 'Če dokumentov ne prejmemo do 10. februarja, bomo zahtevek zavrnili in postopek zaključili.' },
      { language: 'sl', text: 'Če računa ne poravnate v osmih dneh, bomo Vašo naročnino prekinili.' },
      { language: 'sl', text: 'Če nam v roku 14 dni ne pošljete podpisane pogodbe, bomo šteli, da ste od nakupa odstopili.' },
      { language: 'sl', text: 'Če do konca meseca ne plačate, vam bomo zaračunali zamudne obresti.' },
      { language: 'sl', text: 'Če dolga ne poravnate, bomo zadevo predali v izterjavo.' },
      { language: 'hr', text: 'Ako dokumentaciju ne dostavite u roku od osam dana, smatrat ćemo da ste od reklamacije odustali.' },
      { language: 'hr', text: 'Ukoliko račun ne platite do 15. ožujka, obustavit ćemo uslugu.' },
      { language: 'hr', text: 'Ako nam do petka ne pošaljete potpisani ugovor, rezervaciju ćemo otkazati.' },
      { language: 'hr', text: 'Ako u roku od 8 dana ne podmirite dug, ćemo predmet predati odvjetniku.' },
      { language: 'hr', text: 'Ako dug ne podmirite, pokrenut ćemo ovrhu preko suda.' },
      { language: 'sl', text: 'Morate nam poslati račun.' },
      { language: 'hr', text: 'Morate nam poslati račun.' },
    ],
  },
);

describe('en/lv/fi shapes that generalise (s4-r2tone1)', () => {
  testRule(
    { ...rule, id: `${rule.id} (en/lv/fi r2)` },
    {
      valid: [
        { language: 'en', text: "If we don't hear from you by Friday, we'll close this ticket." },
        { language: 'en', text: "If you can't make it by 5pm, we'll keep the parcel at the depot for you." },
        { language: 'en', text: "If we don't receive the part by Monday, we will refund you in full." },
        { language: 'en', text: "If you don't receive the code within 10 minutes, we will send a new one." },
        { language: 'en', text: "If we do not hear back within 7 days, the request will be closed automatically." },
        { language: 'lv', text: "Ja paka netiks piegādāta līdz 15. decembrim, nauda tiks atgriezta." },
        { language: 'lv', text: "Ja nepaspēsiet līdz 3. martam, termiņu varam pagarināt." },
        { language: 'lv', text: "Ja kods nepienāks 10 minūšu laikā, mēs nosūtīsim jaunu." },
        { language: 'lv', text: "Līdz 15. decembrim rēķins tiks nosūtīts uz Jūsu e-pastu." },
        { language: 'lv', text: "Ja Jums neder 3. marts, piedāvāsim citu laiku." },
        { language: 'fi', text: "Jos emme kuule sinusta perjantaihin mennessä, suljemme tämän tukipyynnön." },
        { language: 'fi', text: "Jos et pääse paikalle, perumme ajan ja varaamme uuden." },
        { language: 'fi', text: "Jos emme kuule sinusta viikon kuluessa, oletamme asian ratkenneen." },
        { language: 'fi', text: "Jos et ehdi ennen perjantaita, peruutamme varauksen maksutta puolestasi." },
        { language: 'fi', text: "Jos haluat, suljemme tilisi heti." },
      ],
      invalid: [
        { language: 'en', text: "If we do not receive the signed form by 3 March, your application will be withdrawn." },
        { language: 'en', text: "Unless you pay the balance within 14 days, we will suspend your account." },
        { language: 'en', text: "If the invoice isn't paid by Friday, the service will be terminated." },
        { language: 'en', text: "If you don't confirm the booking by noon, we will cancel your reservation." },
        { language: 'en', text: "If we don't have the photos by 18 May, you will have to start the claim again." },
        { language: 'lv', text: "Ja rēķins netiks apmaksāts līdz 3. martam, līgums tiks slēgts." },
        { language: 'lv', text: "Ja dokumenti netiks iesniegti līdz 20. maijam, pieteikums tiks noraidīts." },
        { language: 'lv', text: "Ja maksa nebūs saņemta līdz 1. aprīlim, Jūsu konts tiks bloķēts." },
        { language: 'lv', text: "Ja neatbildēsiet līdz 5. jūnijam, rezervācija tiks atcelta." },
        { language: 'lv', text: "Ja līgumu neparakstīsiet līdz 10. datumam, piedāvājums tiks anulēts." },
        { language: 'fi', text: "Jos et maksa laskua eräpäivään mennessä, siirrämme sen perintään." },
        { language: 'fi', text: "Jos lomaketta ei palauteta perjantaihin mennessä, suljemme hakemuksesi." },
        { language: 'fi', text: "Mikäli valituksia tulee vielä lisää, emme enää palvele sinua." },
        { language: 'fi', text: "Jos en kuule teistä maanantaihin mennessä, teen laskun sellaisenaan." },
        { language: 'fi', text: "Jos viestejä tulee enää yksikin, suljemme asiakastilisi." },
      ],
    },
  );
});

// Slovenian and Croatian (round 2, s4-r2tone2): an ultimatum whose deadline carries a date in apposition ("do srede,
// 9. decembra,") is still one condition; a condition without "ne" or with "ne želite" is not.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: deadlines with a date in apposition)` },
  {
    valid: [
      { language: 'sl', text: 'Če do srede, 9. decembra, ne želite spremembe, vam bomo termin potrdili.' },
      { language: 'sl', text: 'Če paketa do petka, 11. decembra, ne prejmete, nam pišite in ga bomo poslali znova.' },
      { language: 'sl', text: 'Če termin potrdite do srede, 9. decembra, bomo tehnika poslali že v četrtek.' },
      { language: 'hr', text: 'Ako do petka, 11. prosinca, ne želite promjenu, potvrdit ćemo termin.' },
      { language: 'hr', text: 'Ako termin potvrdite do srijede, 9. prosinca, poslat ćemo tehničara u četvrtak.' },
      { language: 'hr', text: 'Ako paket ne stigne do petka, 11. prosinca, javite nam se i poslat ćemo novi.' },
    ],
    invalid: [
      { language: 'sl', text: 'Če termina ne potrdite do srede, 9. decembra, bomo naročilo stornirali.' },
      { language: 'sl', text: 'Če kavcije ne plačate do ponedeljka, 14. 12., bomo rezervacijo preklicali.' },
      { language: 'sl', text: 'Če dokumentov ne pošljete do 20. decembra, 12. ure, bomo zahtevek zavrnili.' },
      { language: 'hr', text: 'Ako termin ne potvrdite do srijede, 9. prosinca, otkazat ćemo narudžbu.' },
      { language: 'hr', text: 'Ako dug ne podmirite do petka, 18. 12., raskinut ćemo ugovor.' },
      { language: 'hr', text: 'Ako nam ne pošaljete račun do ponedjeljka, 14. prosinca, odbit ćemo reklamaciju.' },
    ],
  },
);

// Slovenian and Croatian (round 2, s4-r2tone2, second part): orders to stop ("Nehajte nam pošiljati…", "Prestanite
// nam slati…", "Nemojte nam više pisati…", "Ne pišite nam več…") and more sanctions in an ultimatum (izklopili,
// isključit ćemo). "Don't worry any more" and "don't forget" are left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: orders to stop, more sanctions)` },
  {
    valid: [
      { language: 'sl', text: 'Ne skrbite več, zadeva je urejena.' },
      { language: 'sl', text: 'Nehajte skrbeti, vse smo uredili.' },
      { language: 'sl', text: 'Če do petka ne prejmete paketa, Vam bomo denar vrnili.' },
      { language: 'hr', text: 'Nemojte više brinuti, sve je riješeno.' },
      { language: 'hr', text: 'Nemojte zaboraviti poslati račun.' },
      { language: 'hr', text: 'Prestanite brinuti, sve smo riješili.' },
      { language: 'hr', text: 'Ako do petka ne primite paket, vratit ćemo Vam novac.' },
    ],
    invalid: [
      { language: 'sl', text: 'Nehajte nam pošiljati iste e-pošte.' },
      { language: 'sl', text: 'Prenehajte že s klici na centralo.' },
      { language: 'sl', text: 'Ne nam več pošiljajte fotografij.' },
      { language: 'sl', text: 'Če ne plačate do konca meseca, Vam bomo izklopili priključek.' },
      { language: 'sl', text: 'Če računa ne poravnate v osmih dneh, bomo dostop onemogočili.' },
      { language: 'hr', text: 'Prestanite nam slati iste e-mailove.' },
      { language: 'hr', text: 'Nemojte nam više pisati o tome.' },
      { language: 'hr', text: 'Nemojte nas više zvati na privatni broj.' },
      { language: 'hr', text: 'Ako ne platite do kraja mjeseca, isključit ćemo Vam priključak.' },
      { language: 'hr', text: 'Ako račun ne podmirite u roku od osam dana, onemogućit ćemo pristup.' },
    ],
  },
);

// Slovenian and Croatian (round 2, s4-r2tone2, third part): a blunt refusal ("Brez računa reklamacije ne sprejemamo",
// "Na e-mailove ne odgovaramo"). With "žal/nažalost", with "ne moremo/ne možemo", or a statement of how fast we
// answer, it is left alone.
testRule(
  { ...rule, id: `${rule.id} (sl/hr, round 2: blunt refusals)` },
  {
    valid: [
      { language: 'sl', text: 'Brez računa žal ne moremo obravnavati reklamacije, zato Vas prosimo, da ga pošljete.' },
      { language: 'sl', text: 'Na e-pošto odgovarjamo v enem delovnem dnevu.' },
      { language: 'sl', text: 'Brez dodatnih stroškov Vam paket pošljemo še enkrat.' },
      { language: 'sl', text: 'Brez skrbi, račun ni potreben.' },
      { language: 'hr', text: 'Bez računa nažalost ne možemo razmotriti reklamaciju, pa Vas molimo da ga pošaljete.' },
      { language: 'hr', text: 'Na e-mailove odgovaramo u roku od jednog radnog dana.' },
      { language: 'hr', text: 'Bez dodatnih troškova ćemo Vam ponovno poslati paket.' },
      { language: 'hr', text: 'Bez brige, račun nije potreban.' },
    ],
    invalid: [
      { language: 'sl', text: 'Brez računa reklamacije ne sprejemamo.' },
      { language: 'sl', text: 'Brez fotografij zahtevka ne obravnavamo.' },
      { language: 'sl', text: 'Na e-pošto ne odgovarjamo, uporabite obrazec.' },
      { language: 'sl', text: 'Brez potrdila o plačilu nič ne urejamo.' },
      { language: 'sl', text: 'Na telefonske klice ne odgovarjamo.' },
      { language: 'hr', text: 'Bez računa reklamaciju ne prihvaćamo.' },
      { language: 'hr', text: 'Bez fotografija zahtjev ne razmatramo.' },
      { language: 'hr', text: 'Na e-mailove ne odgovaramo, koristite obrazac.' },
      { language: 'hr', text: 'Bez potvrde o uplati ništa ne rješavamo.' },
      { language: 'hr', text: 'Na telefonske pozive ne odgovaramo.' },
    ],
  },
);
