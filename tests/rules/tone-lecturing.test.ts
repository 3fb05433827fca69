import rule from '../../src/engine/rules/tone/lecturing';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'You should have received an email from us with the tracking link.',
    "You should've got a confirmation text by now.",
    'You should have already received the refund, but if not, let me know.',
    'You should have been charged only once, so I have reversed the second payment.',
    'You should have access to the new dashboard now.',
    'I should have checked that earlier, and I am sorry.',
    'We should have told you about the delay.',
    'As mentioned in my previous email, the replacement ships on Monday.',
    'As you can see in the screenshot, the toggle is under Settings.',
    "I'll explain clearly what happens next, so you know what to expect.",
    'Clearly labelled boxes help our warehouse team find your return quickly.',
    "If you haven't read our setup guide yet, here is the link.",
    "This isn't your fault at all, and I'm sorry for the trouble.",
    'As I said on the phone, the technician will arrive between 9 and 12.',
    'As previously mentioned, your plan renews on the 14th.',
    'As you may know, we moved to a new billing system this month.',
    'In case you did not read the earlier notice, the office is closed on Friday.',
    'If you need to understand the charges in more detail, I can send a breakdown.',
    '> As I already told you, the parcel never came.\n',
  ],
  invalid: [
    {
      text: 'As I already told you, the refund takes five working days.',
      actual: 'As I already told you',
      output: 'As mentioned, the refund takes five working days.',
    },
    {
      text: 'Like I said, the parcel is with the courier.',
      actual: 'Like I said',
      output: 'As mentioned, the parcel is with the courier.',
    },
    {
      text: 'Per my last email, the invoice is attached.',
      actual: 'Per my last email',
      output: 'As mentioned in my last email, the invoice is attached.',
    },
    {
      text: 'The order was cancelled as previously stated.',
      actual: 'as previously stated',
      output: 'The order was cancelled as mentioned.',
    },
    {
      text: 'As mentioned several times, we cannot refund opened software.',
      actual: 'As mentioned several times',
      output: 'As mentioned, we cannot refund opened software.',
    },
    {
      text: 'You should have contacted us within 14 days.',
      actual: 'You should have contacted',
      output: 'Next time, you can contact us within 14 days.',
    },
    {
      text: "You should've read the instructions first.",
      actual: "You should've read",
      output: 'Next time, you can read the instructions first.',
    },
    {
      text: 'To be honest, you should have checked the size chart.',
      actual: 'you should have checked',
      output: 'To be honest, next time, you can check the size chart.',
    },
    { text: 'You should have measured the doorway first.', actual: 'You should have measured' }, // no fix known
    {
      text: 'You really should have read the terms.',
      actual: 'You really should have read',
      output: 'Next time, you can read the terms.',
    },
    { text: 'I told you twice!', actual: 'I told you twice' },
    {
      text: 'You failed to attach the receipt.',
      actual: 'You failed to',
      output: "It looks like you didn't attach the receipt.",
    },
    { text: 'If you had read the email, you would know the date.', actual: 'If you had read' },
    { text: "You didn't read my email properly.", actual: "You didn't read" },
    { text: "I'm afraid it's your fault that the parcel went back.", actual: "it's your fault" },
    {
      text: 'Obviously, the discount only applies to new orders.',
      actual: 'Obviously',
      output: 'The discount only applies to new orders.',
    },
    {
      text: 'The code is obviously expired.',
      actual: 'obviously',
      output: 'The code is expired.',
    },
    { text: 'We will, obviously, refund you.', actual: 'obviously', output: 'We will refund you.' },
    { text: 'The link expired, obviously.', actual: 'obviously', output: 'The link expired.' },
    {
      text: 'Clearly you missed the second page.',
      actual: 'Clearly',
      output: 'You missed the second page.',
    },
    {
      text: 'The box was, as anyone can see, intact when it left us.',
      actual: 'as anyone can see',
      output: 'The box was intact when it left us.',
    },
    {
      text: 'You need to understand that refunds take time.',
      actual: 'You need to understand',
      output: 'Please note that refunds take time.',
    },
    {
      text: 'As I explained in my last email, the fee is refundable.',
      actual: 'As I explained',
      output: 'As mentioned in my last email, the fee is refundable.',
    },
    {
      text: 'I already told you that the store is closed.',
      actual: 'I already told you',
      output: 'I mentioned that the store is closed.',
    },
  ],
});
