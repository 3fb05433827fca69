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
