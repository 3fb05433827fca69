import rule from '../../src/engine/rules/style/cliche';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Have a nice day!',
    'Thank you for the warm welcome to the community.',
    'Rest assured, we will keep you updated.',
    'Your order is on its way.',
    'We will do everything we can to get this right.',
    'To the best of my knowledge, the fix is in version 5.2.',
    'The box was at the end of the hallway.',
  ],
  invalid: [
    { text: 'We always go the extra mile for our customers.', actual: 'go the extra mile', message: 'cliché' },
    { text: 'It goes without saying that we will refund you.', actual: 'It goes without saying' },
    { text: 'Last but not least, please check your spam folder.', actual: 'Last but not least' },
    { text: 'At the end of the day, the courier decides the route.', actual: 'At the end of the day' },
    { text: 'I know it is frustrating, but it is what it is.', actual: 'it is what it is' },
    { text: "Let's touch base next week about the upgrade.", actual: 'touch base' },
  ],
});
