import rule from '../../src/engine/rules/tone/arguing';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'I was wrong about the date, sorry: the parcel arrives on Tuesday.',
    "You're right, the second charge should not be there.",
    "That's true, and I have passed your feedback on to the team.",
    "If you're confused by the new layout, here is a short guide.",
    "No, you don't need to do anything else.",
    "No, you didn't do anything wrong: the card was blocked by the bank.",
    'If anything here is unclear or something you don\'t understand, just ask.',
    "I completely agree that the wait was too long.",
    'Let me know if you disagree with any of the charges.',
    "If that's not true for your account, please tell me and I'll check again.",
    "You are not charged for the replacement.",
  ],
  invalid: [
    {
      text: "You're wrong about the price.",
      actual: "You're wrong",
      output: 'There may be a misunderstanding about the price.',
    },
    {
      text: "I'm afraid you are mistaken: we never received it.",
      actual: 'you are mistaken',
      output: "I'm afraid there may be a misunderstanding: we never received it.",
    },
    {
      text: 'That is not true, we shipped it on Monday.',
      actual: 'That is not true',
      output: "That's not what our records show, we shipped it on Monday.",
    },
    {
      text: "That's not what happened.",
      actual: "That's not what happened",
      output: 'Our records show something different.',
    },
    { text: "No, you didn't pay for express shipping.", actual: "No, you didn't" },
    { text: 'I disagree with your reading of the policy.', actual: 'I disagree' },
    {
      text: 'With all due respect, the warranty has expired.',
      actual: 'With all due respect',
      output: 'The warranty has expired.',
    },
    { text: 'You are confused, the fee is monthly.', actual: 'You are confused' },
    { text: 'You misunderstood the offer.', actual: 'You misunderstood' },
    {
      text: 'You seem confused about how billing works.',
      actual: 'You seem confused',
      output: 'There may be a misunderstanding about how billing works.',
    },
    { text: "That simply isn't true.", actual: "That simply isn't true" },
    { text: "You don't understand how the discount works.", actual: "You don't understand" },
    { text: "You're not listening to what I am saying.", actual: "You're not listening" },
  ],
});
