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
