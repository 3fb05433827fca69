import rule from '../../src/engine/rules/tone/sarcasm';
import { testRule } from '../helpers/rule-tester';

testRule(rule, {
  valid: [
    'Congratulations on your new home, and welcome to Telvia!',
    'Wow, thank you for the kind words about Sam.',
    "Oh, I see what happened now: the card expired last month.",
    'Yeah, right now the warehouse is closed, but it reopens at 8.',
    "I'm sure you did everything right; the bank blocked the payment.",
    'As you can see in the screenshot, the button is at the top.',
    "Good luck with the move, and let us know your new address when you're settled.",
    "Make sure you did not tick the 'save card' box.",
    "Open your 'My Orders' page and choose Return.",
    'Your "Premium" plan renews on the 4th.',
    'Thanks for your patience while we sorted this out.',
    'Sure, whatever time suits you is fine.',
    'Type "yes" in the box to confirm the cancellation.',
    'The status "pending" means the bank has not confirmed the payment yet.',
  ],
  invalid: [
    { text: 'Well, thanks for nothing then.', actual: 'thanks for nothing' },
    { text: 'Thanks a lot for nothing.', actual: 'Thanks a lot for nothing' },
    { text: 'You want a refund after two years? Good luck with that.', actual: 'Good luck with that' },
    { text: 'Oh great, another lost parcel.', actual: 'Oh great' },
    { text: 'You paid on time? Yeah right.', actual: 'Yeah right' },
    { text: 'Sure, whatever you say.', actual: 'Sure, whatever' },
    { text: 'Congratulations on finally reading the manual.', actual: 'Congratulations on finally' },
    {
      text: 'As you can clearly see, the box was sealed.',
      actual: 'As you can clearly see',
      output: 'As you can see, the box was sealed.',
    },
    { text: "You sent it twice? I'm sure you did.", actual: "I'm sure you did" },
    { text: 'Wow, you really broke it this time.', actual: 'Wow, you' },
    {
      text: "I have looked into your 'urgent' issue.",
      actual: "'urgent'",
      output: 'I have looked into your urgent issue.',
    },
    {
      text: 'We checked your “broken” phone and it works.',
      actual: '“broken”',
      output: 'We checked your broken phone and it works.',
    },
    {
      text: 'Thanks for the message, "broken" really told me everything.',
      actual: '"broken"',
    },
    {
      text: 'Your so-called emergency was handled.',
      actual: 'so-called',
      output: 'Your emergency was handled.',
    },
  ],
});
