import rule from '../../src/engine/rules/style/passive-voice';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'We shipped your order yesterday.',
    'I am pleased to confirm your refund.',
    'The invoice is attached to this email.',
    'Our offices are closed on public holidays.',
    'Are you interested in the annual plan?',
    'The button is red when the device is offline.',
    "You're all set, and you are logged in on both devices.",
  ],
  invalid: [
    { text: 'Your order has been shipped.', actual: 'has been shipped', message: 'passive' },
    { text: 'Your refund was processed by our finance team.', actual: 'was processed' },
    { text: 'The parcel will be sent tomorrow.', actual: 'will be sent' },
    { text: 'Mistakes were made with your order.', actual: 'were made' },
    { text: 'Your email was overlooked, and the ticket was closed by mistake.', actual: ['was overlooked', 'was closed'] },
    { text: 'The replacement is being packed now.', actual: 'being packed' },
  ],
});
