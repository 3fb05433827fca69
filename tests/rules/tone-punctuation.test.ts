import rule from '../../src/engine/rules/tone/punctuation';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Thank you so much for your patience!',
    'Could you send me the order number? I will check it right away.',
    'Great news! Your refund has been approved.',
    'Wait... is the light still red?',
    'The search page is https://example.com/find?q=a&&b=c??d if you need it.',
    'Happy holidays! See you next year!',
    '> WHERE IS MY ORDER???\n',
  ],
  invalid: [
    { text: 'Your parcel has arrived!!', actual: '!!', output: 'Your parcel has arrived!' },
    { text: 'Did you even read my email??', actual: '??', output: 'Did you even read my email?' },
    { text: 'You want a refund now?!', actual: '?!', output: 'You want a refund now?' },
    { text: 'Why did you do that!?', actual: '!?', output: 'Why did you do that?' },
    { text: 'This is the third time!!!', actual: '!!!', output: 'This is the third time!' },
    { text: 'Really??? Again?', actual: '???', output: 'Really? Again?' },
    { text: 'Thanks!! See you soon!!', actual: ['!!', '!!'], output: 'Thanks! See you soon!!' },
  ],
});

// The same marks in every language.
testRule(rule, {
  valid: [
    { language: 'lv', text: 'Paldies par pacietību!' },
    { language: 'lv', text: 'Vai varat nosūtīt pasūtījuma numuru? Pārbaudīšu to uzreiz.' },
    { language: 'sl', text: 'Hvala za potrpežljivost!' },
    { language: 'sl', text: 'Nam lahko pošljete številko naročila? Takoj jo preverim.' },
    { language: 'hr', text: 'Hvala na strpljenju!' },
    { language: 'hr', text: 'Možete li nam poslati broj narudžbe? Odmah ću provjeriti.' },
    { language: 'fi', text: 'Kiitos kärsivällisyydestäsi!' },
    { language: 'fi', text: 'Voisitko lähettää tilausnumeron? Tarkistan sen heti.' },
  ],
  invalid: [
    { language: 'lv', text: 'Paka jau ir piegādāta!!', actual: '!!', output: 'Paka jau ir piegādāta!' },
    { language: 'lv', text: 'Vai Jūs to vispār izlasījāt??', actual: '??', output: 'Vai Jūs to vispār izlasījāt?' },
    { language: 'sl', text: 'Paket je že dostavljen!!!', actual: '!!!', output: 'Paket je že dostavljen!' },
    { language: 'sl', text: 'Ste sploh prebrali moje sporočilo?!', actual: '?!', output: 'Ste sploh prebrali moje sporočilo?' },
    { language: 'hr', text: 'Paket je već isporučen!!', actual: '!!', output: 'Paket je već isporučen!' },
    { language: 'hr', text: 'Jeste li uopće pročitali moju poruku??', actual: '??', output: 'Jeste li uopće pročitali moju poruku?' },
    { language: 'fi', text: 'Paketti on jo toimitettu!!', actual: '!!', output: 'Paketti on jo toimitettu!' },
    { language: 'fi', text: 'Luitko edes viestini?!?', actual: '?!?', output: 'Luitko edes viestini?' },
  ],
});
