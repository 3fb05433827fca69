import rule from '../../src/engine/rules/grammar/subject-verb';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'There are many ways to reset your password.',
    'There is 5 days left on your trial.',
    "There's two-factor login on your account.",
    'There is 24/7 support on the Premium plan.',
    'There is both a phone and an email option.',
    'The email I sent you was returned by your mail server.',
    'If you need it don’t hesitate to ask.',
    'If I were you, I would reset the router first.',
    'You and I were talking about this yesterday.',
    'Does he have a copy of the receipt?',
    'He and she have both signed up for the trial.',
    'One of the items is damaged, so we will replace it.',
    'The price of the items is listed on the invoice.',
    'My Orders is where you can see them all.',
    'When you open the app don’t tap the banner.',
    'None of the items is damaged.',
  ],
  invalid: [
    { text: 'There is many ways to reset your password.', actual: 'There is many', output: 'There are many ways to reset your password.' },
    { text: "There's several options on the Billing page.", actual: "There's several", output: 'There are several options on the Billing page.' },
    { text: 'There was two charges on your card.', actual: 'There was two', output: 'There were two charges on your card.' },
    { text: 'There is 3 items in your basket.', actual: 'There is 3', output: 'There are 3 items in your basket.' },
    { text: 'We was unable to reach the courier.', actual: 'We was', output: 'We were unable to reach the courier.' },
    {
      text: 'If you was charged twice, we will refund you.',
      actual: 'you was',
      output: 'If you were charged twice, we will refund you.',
      message: 'agrees with its subject',
    },
    { text: 'He don’t have access to the account yet.', actual: 'He don’t', output: 'He doesn’t have access to the account yet.' },
    { text: 'I were going to call you this morning.', actual: 'I were', output: 'I was going to call you this morning.' },
    { text: 'She have already paid the invoice.', actual: 'She have', output: 'She has already paid the invoice.' },
    { text: 'The items is out of stock until May.', actual: 'The items is', output: 'The items are out of stock until May.' },
    { text: 'Your details has been updated.', actual: 'Your details has', output: 'Your details have been updated.' },
    { text: 'It don’t work on older phones.', actual: 'It don’t', output: 'It doesn’t work on older phones.' },
    { text: 'The link don’t work on mobile.', actual: 'The link don’t', output: 'The link doesn’t work on mobile.' },
  ],
});
