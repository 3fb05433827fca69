import rule from '../../src/engine/rules/grammar/could-of';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    "We could've sent it sooner, and I'm sorry we didn't.",
    'We could of course refund the order instead.',
    'We could, of course, refund the order instead.',
    'The might of the storm delayed every courier in the region.',
    'In May of 2024 we changed the returns policy.',
    'You may of course cancel at any time.',
    'You should have received an email from us by now.',
  ],
  invalid: [
    { text: 'I could of sent it sooner.', actual: 'could of', output: 'I could have sent it sooner.' },
    {
      text: 'You should of received an email from us by now.',
      actual: 'should of',
      output: 'You should have received an email from us by now.',
      message: 'Write "should have" here',
    },
    { text: 'We would of refunded you straight away.', actual: 'would of', output: 'We would have refunded you straight away.' },
    { text: 'It must of been lost in transit.', actual: 'must of', output: 'It must have been lost in transit.' },
    { text: 'It might of been delayed by the strike.', actual: 'might of', output: 'It might have been delayed by the strike.' },
    { text: "I couldn't of done it without you.", actual: "couldn't of", output: "I couldn't have done it without you." },
    { text: 'Could of been the courier.', actual: 'Could of', output: 'Could have been the courier.' },
  ],
});
