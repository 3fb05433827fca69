import rule from '../../src/engine/rules/grammar/their-there';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'There is a link in the settings page.',
    'Their will to help was clear from the first call.',
    'Is their only option to cancel the whole order?',
    'The update went over their heads, so I explained it again.',
    "They're customers of ours, so we can share the details.",
    "They're order numbers from two different accounts.",
    'From there orders are shipped daily.',
    'Is there support for Linux?',
    'Go to Settings and there orders will be listed by date.',
    'Our partners manage their own stock and their own deliveries.',
    'Their "premium" plan is handled by a separate team.',
    "They're on their way to you now.",
    'Are there any other questions?',
  ],
  invalid: [
    { text: 'Their is a link in the settings page.', actual: 'Their is', output: 'There is a link in the settings page.' },
    { text: 'Their will be a short delay on Monday.', actual: 'Their will be', output: 'There will be a short delay on Monday.' },
    { text: 'Is their a way to export my data?', actual: 'their a', output: 'Is there a way to export my data?' },
    { text: 'The box is over their.', actual: 'their', output: 'The box is over there.' },
    { text: 'The parcel is over their on the shelf.', actual: 'their', output: 'The parcel is over there on the shelf.' },
    {
      text: 'The engineers said there system was down.',
      actual: 'there system',
      output: 'The engineers said their system was down.',
    },
    {
      text: 'Their going to call you tomorrow morning.',
      actual: 'Their going to',
      output: "They're going to call you tomorrow morning.",
      message: 'they are',
    },
    {
      text: 'I spoke to the courier and there team is looking into it.',
      actual: 'there team',
      output: 'I spoke to the courier and their team is looking into it.',
    },
    {
      text: 'Many students use it, and there connections work fine.',
      actual: 'there connections work',
      output: 'Many students use it, and their connections work fine.',
    },
    { text: "They're account was closed last week.", actual: "They're account", output: 'Their account was closed last week.' },
    { text: 'Our partners manage there own stock.', actual: 'there own', output: 'Our partners manage their own stock.' },
    { text: "We emailed the courier about they're delay.", actual: "they're", output: 'We emailed the courier about their delay.' },
  ],
});
