import rule from '../../src/engine/rules/style/wordy';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'To reset your password, click the link in the email.',
    'Please send the pages to us in order.',
    'We can help you move your data to the new plan.',
    'Before you return the item, please contact us.',
    'We will reply as soon as we can.',
    'Most customers choose the monthly plan.',
    'The order of the steps matters.',
    "Please don't hesitate to contact us if anything is unclear.",
  ],
  invalid: [
    {
      text: 'In order to reset your password, click the link.',
      actual: 'In order to',
      output: 'To reset your password, click the link.',
      message: 'can be shorter: "To"',
    },
    {
      text: 'At this point in time we cannot ship to your area.',
      actual: 'At this point in time',
      output: 'Now we cannot ship to your area.',
    },
    {
      text: 'In the event that the parcel is lost, we will refund you.',
      actual: 'In the event that',
      output: 'If the parcel is lost, we will refund you.',
    },
    {
      text: 'Prior to returning the item, please contact us.',
      actual: 'Prior to',
      output: 'Before returning the item, please contact us.',
    },
    { text: 'We are able to help you with that.', actual: 'are able to', output: 'We can help you with that.' },
    {
      text: 'The delay is due to the fact that the courier is on strike.',
      actual: 'due to the fact that',
      output: 'The delay is because the courier is on strike.',
    },
    { text: 'The majority of orders arrive in two days.', actual: 'The majority of', output: 'Most orders arrive in two days.' },
  ],
});
