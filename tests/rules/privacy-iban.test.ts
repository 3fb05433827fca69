import rule, { IBAN_LENGTHS, ibanChecksumValid, isIban } from '../../src/engine/rules/privacy/iban';
import { testRule } from '../helpers/rule-tester';
import { expect, it } from 'vitest';

// Example IBANs published by the national banks / the SWIFT IBAN Registry.
const EXAMPLES = [
  'LV80 BANK 0000 4351 9500 1',
  'SI56 2633 0001 2039 086',
  'HR12 1001 0051 8630 0016 0',
  'FI21 1234 5600 0007 85',
  'GB82 WEST 1234 5698 7654 32',
  'DE89 3704 0044 0532 0130 00',
  'FR14 2004 1010 0505 0001 3M02 606',
  'NL91 ABNA 0417 1643 00',
  'EE38 2200 2210 2014 5685',
  'LT12 1000 0111 0100 1000',
];

it('accepts registry examples and rejects a changed character or a wrong length', () => {
  for (const e of EXAMPLES) expect(isIban(e), e).toBe(true);
  expect(isIban('DE89 3704 0044 0532 0130 01')).toBe(false);
  expect(isIban('DE89 3704 0044 0532 0130 0')).toBe(false);
  expect(ibanChecksumValid('GB82WEST12345698765432')).toBe(true);
  for (const c of ['LV', 'SI', 'HR', 'FI', 'GB', 'DE', 'AT', 'BE', 'BG', 'CY', 'CZ', 'DK', 'EE', 'ES', 'FR', 'GR', 'HU',
    'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SK']) {
    expect(IBAN_LENGTHS[c], c).toBeGreaterThan(0);
  }
});

testRule(rule, {
  valid: [
    // The checksum does not add up.
    'We sent the refund to DE89 3704 0044 0532 0130 01 this morning.',
    // The customer's own IBAN, quoted below the reply.
    'Hi,\n\nThe transfer arrived today.\n\nOn Mon, 3 Feb 2025 at 10:04, Klaus <k@example.com> wrote:\n> I sent 2400 EUR to DE89 3704 0044 0532 0130 00 five days ago.\n',
    'Your refund went to the account ending in 5001.',
    'Your reference is INV-2025-0412 and your VAT number is GB 123 4567 89.',
    'Flight SL486 departs at 17:40; booking reference K7QX2P.',
    // The company's own account, given so the customer can pay.
    'Please transfer the remaining €120 to our account DE89 3704 0044 0532 0130 00, quoting your order number.',
    'Our bank details for the payment are: beneficiary Northbay Ltd, IBAN GB82 WEST 1234 5698 7654 32.',
    // Longer than the country's IBAN: a different code that happens to start alike.
    'Serial number FI2112345600000785123 is printed under the device.',
  ],
  invalid: [
    {
      text: 'Dear Ms Berzina,\n\nThe balance is being sent to your account at your other bank, LV80 BANK 0000 4351 9500 1, and should arrive within two working days.\n\nYours sincerely,\nMartin',
      actual: 'LV80 BANK 0000 4351 9500 1',
      output: 'Dear Ms Berzina,\n\nThe balance is being sent to your account at your other bank, •••• 5001, and should arrive within two working days.\n\nYours sincerely,\nMartin',
      message: 'IBAN',
    },
    {
      text: 'The correct details for your account are:\n\nIBAN: GB82 WEST 1234 5698 7654 32\nBIC: NBAYGB2L',
      actual: 'GB82 WEST 1234 5698 7654 32',
      output: 'The correct details for your account are:\n\nIBAN: •••• 5432\nBIC: NBAYGB2L',
    },
    { text: 'Refund sent to SI56263300012039086.', actual: 'SI56263300012039086', output: 'Refund sent to •••• 9086.' },
    { text: 'Account HR12-1001-0051-8630-0016-0 is now closed.', actual: 'HR12-1001-0051-8630-0016-0' },
    { text: 'We will refund FI21 1234 5600 0007 85 by Friday.', actual: 'FI21 1234 5600 0007 85' },
    // Inside backticks, which the word list skips, it is still a leak.
    { text: 'Paste `DE89370400440532013000` into the payee field.', actual: 'DE89370400440532013000' },
    {
      // "Our" mentioned, but the account is the customer's.
      text: 'Our records show your IBAN as DE89 3704 0044 0532 0130 00.',
      actual: 'DE89 3704 0044 0532 0130 00',
    },
  ],
});
