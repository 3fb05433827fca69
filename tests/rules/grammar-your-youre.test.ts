import rule from '../../src/engine/rules/grammar/your-youre';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    "You're welcome, and thanks again for your patience.",
    "We've sent your welcome email again; please check your spam folder.",
    'Your right to cancel within 14 days is explained in our terms.',
    'The Settings button is on your right.',
    "I'm sorry about your not receiving the parcel on time.",
    'If your missing items have not arrived by Friday, let us know.',
    'If your currently active plan expires, we will email you first.',
    "Once logged in you're ready to go.",
    "Please check you're logged in before you try again.",
    "You're a valued customer, and we want to get this right.",
    "I see you're having trouble with the app.",
    'Your order is ready for collection.',
    'Please confirm your correct email address.',
    "You're account manager for this workspace now.",
  ],
  invalid: [
    // Harper misses this one (issue #9): a noun after the noun ("account settings") still makes it a possessive.
    {
      text: "Please check you're account settings.",
      actual: "you're account",
      output: 'Please check your account settings.',
    },
    { text: 'Your welcome!', actual: 'Your welcome', output: "You're welcome!" },
    {
      text: 'If your not receiving our emails, please check your spam folder.',
      actual: 'your not',
      output: "If you're not receiving our emails, please check your spam folder.",
    },
    {
      text: 'If your going to travel, let us know so we can pause the delivery.',
      actual: 'your going to',
      output: "If you're going to travel, let us know so we can pause the delivery.",
    },
    { text: 'I think your right about the invoice.', actual: 'your right', output: "I think you're right about the invoice." },
    { text: 'Thank you, your the best!', actual: 'your the', output: "Thank you, you're the best!" },
    {
      text: "You're account has been upgraded to Premium.",
      actual: "You're account",
      output: 'Your account has been upgraded to Premium.',
      message: '"you\'re" means "you are"',
    },
    { text: "Thank you for you're patience.", actual: "you're patience", output: 'Thank you for your patience.' },
    { text: "Please reset you're login details.", actual: "you're", output: 'Please reset your login details.' },
    {
      text: 'If your still having trouble, reply to this email.',
      actual: 'your still having',
      output: "If you're still having trouble, reply to this email.",
    },
    { text: 'Your all set now.', actual: 'Your all set', output: "You're all set now." },
    {
      text: 'Please make sure your logged in first.',
      actual: 'your logged in',
      output: "Please make sure you're logged in first.",
    },
    {
      text: "We can see that you're payment failed.",
      actual: "you're payment",
      output: 'We can see that your payment failed.',
    },
    { text: "You’re own settings are kept. Your welcome!", actual: ['You’re own', 'Your welcome'], output: 'Your own settings are kept. Your welcome!' },
    { text: 'It’s fixed. Your welcome!', actual: 'Your welcome', output: 'It’s fixed. You’re welcome!' },
  ],
});

testRule(
  { ...rule, id: `${rule.id} (adverb and more -ing verbs)` },
  {
    valid: ['Your still unpaid invoice is attached.', 'If your plan is still active, nothing changes.'],
    invalid: [
      {
        text: 'If your still planning to arrive late, let the desk know.',
        actual: 'your still planning',
        output: "If you're still planning to arrive late, let the desk know.",
      },
      { text: 'I see your currently travelling, so I will email instead.', actual: 'your currently travelling' },
    ],
  },
);
