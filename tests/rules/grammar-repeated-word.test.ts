import rule from '../../src/engine/rules/grammar/repeated-word';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Thank you for the update.',
    'I think that that is right.',
    'Yes, yes, I will check it.',
    'We had had a similar issue before.',
    'Please see the\nthe attached file.', // a line break between is left alone
  ],
  invalid: [
    { text: 'I have sent the the invoice.', actual: 'the the', output: 'I have sent the invoice.' },
    { text: 'It is is ready now.', actual: 'is is', output: 'It is ready now.' },
    { text: 'The The order shipped.', actual: 'The The', output: 'The order shipped.' },
  ],
});
