import rule from '../../src/engine/rules/politeness/curt-request';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Please attach the receipt.',
    'Please find the label attached. Print it and stick it on the box.', // "please" is there: the rep asks
    'Kindly fill in the form. Send it back by Friday.',
    'Just reply with a good time to call, and I will ring you.',
    'Hi Jonas,\n\nSetting it up takes two minutes:\n\n1. Open Settings.\n2. Tap Connect.\n3. Restart the app.\n\nBest,\nMia',
    'To update your card:\n- Open the app\n- Go to Billing\n- Tap Update card',
    'Call us anytime if you need anything else.',
    'Reply here if you get stuck on any of the steps.',
    'Return shipping is free for all orders.',
    'Check-in opens at 3 pm on the day of your stay.',
    'Could you send me the order number?',
    'Have a great weekend.',
    'Take care,\nSam',
    'Let me know if you have any questions.',
    'Update: your order has shipped.',
    'Take your time, there is no rush.',
    'Look, I have checked it twice.',
  ],
  invalid: [
    {
      // Thanks at the top does not soften an order further down.
      text: 'Hi Tom,\n\nThanks for your message. Send me the order number and I will check it.\n\nThanks,\nMia',
      actual: 'Send me the order number and I will check it.',
      output:
        'Hi Tom,\n\nThanks for your message. Could you please send me the order number and I will check it?\n\nThanks,\nMia',
    },
    {
      text: 'Forward me the confirmation email if the other item also looks wrong.',
      actual: 'Forward me the confirmation email if the other item also looks wrong.',
      output: 'Could you please forward me the confirmation email if the other item also looks wrong?',
    },
    {
      text: 'Fill in the form.',
      actual: 'Fill in the form.',
      output: 'Could you please fill in the form?',
    },
    {
      text: 'Hi Anna,\n\nAttach the receipt.\n\nRegards,\nTom',
      actual: 'Attach the receipt.',
      output: 'Hi Anna,\n\nCould you please attach the receipt?\n\nRegards,\nTom',
    },
    {
      text: 'Send me the order number.',
      actual: 'Send me the order number.',
      output: 'Could you please send me the order number?',
    },
    {
      text: 'Your router needs a reset. Restart the router!',
      actual: 'Restart the router!',
      output: 'Your router needs a reset. Could you please restart the router?',
    },
    {
      text: 'Also send the invoice (the PDF).',
      actual: 'Also send the invoice (the PDF).',
      output: 'Could you please also send the invoice (the PDF)?',
    },
    {
      text: 'Check it is plugged in. Then wait ten minutes.',
      actual: ['Check it is plugged in.', 'Then wait ten minutes.'],
      output: 'Could you please check it is plugged in? Then wait ten minutes.',
    },
    {
      text: 'Provide the following details:',
      actual: 'Provide the following details:',
      output: 'Could you please provide the following details:',
    },
  ],
});
