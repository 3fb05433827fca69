// A reply can be correct sentence by sentence and still read cold: no thanks, no apology, no offer of help, no
// softened request anywhere between the greeting and the sign-off. Replies written for this test.
import rule from '../../src/engine/rules/politeness/cold-reply';
import { testRule } from '../helpers/rule-tester';

const COLD = /may read as curt/;

testRule(rule, {
  valid: [
    // Warm: a thank-you, an apology, an offer of help or a softened request is enough.
    'Hi Ann,\n\nThank you for your message. The order left our warehouse today. It will arrive on Friday.\n\nBest regards,\nTom',
    "Hi Ann,\n\nThe order left our warehouse today. It will arrive on Friday. Let me know if it doesn't.\n\nBest regards,\nTom",
    "Hi Ann,\n\nI'm sorry for the wait. The order left our warehouse today. It will arrive on Friday.\n\nBest regards,\nTom",
    'Hi Ann,\n\nThe order left our warehouse today. It will arrive on Friday. Could you check the address on the label?\n\nBest regards,\nTom',
    // Too short to judge.
    'Hi Ann,\n\nDone: the refund is on its way.\n\nBest regards,\nTom',
    {
      text: 'Labdien!\n\nPaldies par ziņu. Pasūtījums šodien izsūtīts. Tas pienāks piektdien.\n\nAr cieņu,\nInga',
      language: 'lv',
    },
    {
      text: 'Pozdravljeni,\n\nhvala za sporočilo. Naročilo je bilo danes odposlano. Prispelo bo v petek.\n\nLep pozdrav,\nTina',
      language: 'sl',
    },
    {
      text: 'Poštovani,\n\nzahvaljujemo na poruci. Narudžba je danas poslana. Stići će u petak.\n\nLijep pozdrav,\nIvan',
      language: 'hr',
    },
    {
      text: 'Hei Anna!\n\nKiitos viestistäsi. Tilaus lähti tänään. Se saapuu perjantaina.\n\nYstävällisin terveisin\nVille',
      language: 'fi',
    },
  ],
  invalid: [
    {
      text: 'Hi Ann,\n\nThe order left our warehouse today. It will arrive on Friday. The tracking number is in the app.\n\nRegards,\nTom',
      message: COLD,
    },
    {
      text: 'Labdien!\n\nPasūtījums šodien izsūtīts. Tas pienāks piektdien. Izsekošanas numurs ir lietotnē.\n\nAr cieņu,\nInga',
      language: 'lv',
      message: COLD,
    },
    {
      text: 'Pozdravljeni,\n\nnaročilo je bilo danes odposlano. Prispelo bo v petek. Številka za sledenje je v aplikaciji.\n\nLep pozdrav,\nTina',
      language: 'sl',
      message: COLD,
    },
    {
      text: 'Poštovani,\n\nnarudžba je danas poslana. Stići će u petak. Broj za praćenje nalazi se u aplikaciji.\n\nLijep pozdrav,\nIvan',
      language: 'hr',
      message: COLD,
    },
    {
      text: 'Hei Anna!\n\nTilaus lähti tänään. Se saapuu perjantaina. Seurantanumero on sovelluksessa.\n\nYstävällisin terveisin\nVille',
      language: 'fi',
      message: COLD,
    },
  ],
});
