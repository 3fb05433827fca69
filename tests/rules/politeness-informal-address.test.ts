import rule from '../../src/engine/rules/politeness/informal-address';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    { language: 'lv', text: 'Paldies, ka Jūs mums uzrakstījāt!' },
    { language: 'lv', text: 'Jūsu pasūtījums ir ceļā, un Jums vajadzētu to saņemt rīt.' },
    { language: 'lv', text: 'Ja vēlaties, varam Jums piezvanīt.' },
    { language: 'lv', text: 'Lūdzu, veiciet pārbaudi un sekojiet norādēm lietotnē.' },
    { language: 'lv', text: 'Labdien!\n\nPaka ir ceļā.\n\npirmd., 2025. g. 3. febr., plkst. 10:04 — lietotājs Anna (<anna@example.lv>) rakstīja:\n> Vai tu vari pārbaudīt manu paku?\n' },
    { language: 'sl', text: 'Hvala vam za sporočilo.' },
    { language: 'sl', text: 'Ti izdelki so trenutno razprodani, vendar jih pričakujemo v petek.' },
    { language: 'sl', text: 'Oglejte si navodila na naši spletni strani.' },
    { language: 'sl', text: 'Te izdelke lahko vrnete v 14 dneh.' },
    { language: 'sl', text: 'Vaše naročilo je na poti in boste ga prejeli jutri.' },
    { language: 'hr', text: 'Hvala Vam na poruci.' },
    { language: 'hr', text: 'Ti podaci su ispravni i narudžba je potvrđena.' },
    { language: 'hr', text: 'Proizvod je stigao u skladište te je odmah poslan dalje.' },
    { language: 'hr', text: 'Vaša narudžba je na putu i stići će sutra.' },
    { language: 'hr', text: 'Ako Vam treba pomoć, slobodno nam se javite.' },
    // Finnish customer service says "sinä": the rule does not run for Finnish.
    { language: 'fi', text: 'Kiitos viestistäsi, tilauksesi on matkalla ja saat sen huomenna.' },
  ],
  invalid: [
    { language: 'lv', text: 'Tev vajadzētu saņemt e-pastu rīt.', actual: 'Tev', output: 'Jums vajadzētu saņemt e-pastu rīt.', message: 'Jūs' },
    { language: 'lv', text: 'Tavs pasūtījums ir ceļā.', actual: 'Tavs', output: 'Jūsu pasūtījums ir ceļā.' },
    { language: 'lv', text: 'Mēs nosūtījām atmaksu uz tavu kontu.', actual: 'tavu', output: 'Mēs nosūtījām atmaksu uz Jūsu kontu.' },
    { language: 'lv', text: 'Ja vēlies, varam piezvanīt.', actual: 'vēlies', output: 'Ja vēlaties, varam piezvanīt.' },
    { language: 'lv', text: 'Lūdzu, nosūti mums čeka kopiju.', actual: 'nosūti', output: 'Lūdzu, nosūtiet mums čeka kopiju.' },
    { language: 'lv', text: 'Paldies, ka tu mums uzrakstīji!', actual: 'tu' },
    { language: 'sl', text: 'Hvala ti za sporočilo.', actual: 'ti', output: 'Hvala Vam za sporočilo.', message: 'Vi' },
    { language: 'sl', text: 'Tvoje naročilo je na poti.', actual: 'Tvoje', output: 'Vaše naročilo je na poti.' },
    { language: 'sl', text: 'Če želiš, lahko paket preusmerimo.', actual: 'želiš', output: 'Če želite, lahko paket preusmerimo.' },
    { language: 'sl', text: 'Pošlji nam kopijo računa.', actual: 'Pošlji', output: 'Pošljite nam kopijo računa.' },
    { language: 'sl', text: 'Jutri ti bom poslala novo geslo.', actual: 'ti', output: 'Jutri Vam bom poslala novo geslo.' },
    { language: 'hr', text: 'Hvala ti na poruci.', actual: 'ti', output: 'Hvala Vam na poruci.', message: 'Vi' },
    { language: 'hr', text: 'Tvoja narudžba je na putu.', actual: 'Tvoja', output: 'Vaša narudžba je na putu.' },
    { language: 'hr', text: 'Ako želiš, možemo promijeniti adresu.', actual: 'želiš', output: 'Ako želite, možemo promijeniti adresu.' },
    { language: 'hr', text: 'Pošalji nam kopiju računa.', actual: 'Pošalji', output: 'Pošaljite nam kopiju računa.' },
    { language: 'hr', text: 'Sutra ću ti poslati novu lozinku.', actual: 'ti', output: 'Sutra ću Vam poslati novu lozinku.' },
    { language: 'hr', text: 'Ako ti treba pomoć, javi se.', actual: 'ti', output: 'Ako Vam treba pomoć, javi se.' },
  ],
});

// Slovenian second-person singular verbs after "lahko", "če", "ko"… ("lahko preveriš", "če želiš").
testRule(
  { ...rule, id: `${rule.id} (sl, -š verbs)` },
  {
    valid: [
      { language: 'sl', text: 'Stanje lahko preverite v aplikaciji, če želite.' },
      { language: 'sl', text: 'Ali vaš paket že čaka v paketniku?' },
      { language: 'sl', text: 'Kupec lahko preveri stanje v aplikaciji.' },
    ],
    invalid: [
      { language: 'sl', text: 'Stanje lahko preveriš v aplikaciji.', actual: 'preveriš' },
      { language: 'sl', text: 'Če pozabiš geslo, ga ponastavi v aplikaciji.', actual: 'pozabiš' },
    ],
  },
);

// Past-tense and question forms of "ti"/"tu": "ker si nam pisal", "što misliš", "jesi li", "ka uzrakstīji".
testRule(
  { ...rule, id: `${rule.id} (sl, hr, lv, more verb forms)` },
  {
    valid: [
      { language: 'sl', text: 'Hvala, ker ste nam pisali. Račun si lahko ogledate v aplikaciji.' },
      { language: 'sl', text: 'Ker si je kupec ogledal izdelek, ga lahko vrne.' },
      { language: 'hr', text: 'Hvala što ste nam pisali. Što mislite o ovom rješenju?' },
      { language: 'hr', text: 'Kupac kojemu se nešto ne sviđa može to vratiti, a kada Vaš paket stigne, javit ćemo Vam.' },
      { language: 'lv', text: 'Paldies, ka uzrakstījāt. Lietotāji, kas pasūtīja, saņems ziņu.' },
    ],
    invalid: [
      { language: 'sl', text: 'Hvala, ker si nam pisal.', actual: 'si' },
      { language: 'sl', text: 'Si že poskusil znova zagnati napravo?', actual: 'Si' },
      { language: 'sl', text: 'Kaj meniš o tej rešitvi?', actual: 'meniš' },
      { language: 'hr', text: 'Hvala što si nam pisao.', actual: 'si' },
      { language: 'hr', text: 'Što misliš o ovom rješenju?', actual: 'misliš' },
      { language: 'hr', text: 'Jesi li pokušao ponovno pokrenuti uređaj?', actual: 'Jesi' },
      { language: 'lv', text: 'Paldies, ka uzrakstīji.', actual: 'uzrakstīji' },
    ],
  },
);
