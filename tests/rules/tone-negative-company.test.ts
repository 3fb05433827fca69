import rule from '../../src/engine/rules/tone/negative-company';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Our system is back online, and your order went through.',
    'The app is broken on iOS 17.1; a fix is coming on Monday.',
    'Our billing team always gets back to customers within a day.',
    'My colleague Anna has already arranged the replacement.',
    'Our policy is to refund unused months in full.',
    'The process is simple: scan the QR code and follow the steps.',
    'I am sorry our website was down this morning.',
    "I'd hate for this to happen again, so I have added a note to your account.",
    'We made a mistake with your invoice, and I have corrected it.',
    'This company account has two users.',
    'Our engineers tested the fix properly before releasing it.',
    "We didn't check the address properly, and I'm sorry.",
  ],
  invalid: [
    { text: 'Sorry, our system is terrible.', actual: 'our system is terrible' },
    { text: 'Our website is down again, sorry.', actual: 'Our website is down again' },
    { text: 'Honestly, our software is garbage.', actual: 'our software is garbage' },
    { text: 'The other department never reads the notes.', actual: 'The other department never reads' },
    { text: 'My colleague messed up your order.', actual: 'My colleague messed up' },
    { text: 'Billing always gets this wrong.', actual: 'Billing always gets this wrong' },
    { text: "Management doesn't care about refunds.", actual: "Management doesn't care" },
    { text: 'I hate this.', actual: 'I hate this' },
    { text: 'Our policy is stupid, I know.', actual: 'Our policy is stupid' },
    { text: 'This stupid system logged you out again.', actual: 'This stupid system' },
    {
      text: 'The bug came back because our developers released it without testing it properly.',
      actual: 'our developers released it without testing it properly',
    },
    { text: "Our booking system's a complete joke.", actual: "Our booking system's a complete joke" },
  ],
});
