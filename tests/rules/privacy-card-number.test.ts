import rule, { luhnValid } from '../../src/engine/rules/privacy/card-number';
import { testRule } from '../helpers/rule-tester';
import { expect, it } from 'vitest';

it('Luhn accepts real test numbers and rejects a changed digit', () => {
  expect(luhnValid('4111111111111111')).toBe(true);
  expect(luhnValid('4111111111111112')).toBe(false);
  expect(luhnValid('5500005555555559')).toBe(true);
});

testRule(rule, {
  valid: [
    'Your order number is 4111111111111112.', // not Luhn-valid
    'The card ending in 1111 was charged.',
    'Call us on +1 555 010 2030.',
    'Tracking: 1Z999AA10123456784',
    '> My card is 4111 1111 1111 1111\n', // quoted, never checked
  ],
  invalid: [
    {
      text: 'The card 4111 1111 1111 1111 was declined.',
      actual: '4111 1111 1111 1111',
      output: 'The card •••• 1111 was declined.',
    },
    { text: 'Card: 5500-0055-5555-5559.', actual: '5500-0055-5555-5559' },
    { text: 'Number 378282246310005 is on file.', actual: '378282246310005' },
  ],
});
