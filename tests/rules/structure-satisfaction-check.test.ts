import rule from '../../src/engine/rules/structure/satisfaction-check';
import { testRule } from '../helpers/rule-tester';

const BODY =
  'Your refund of $64.99 was sent back to your PayPal account today. PayPal usually shows it within 24 hours, and you will get a confirmation email from them once it lands.';
const QUOTE = '\n\nOn Mon, 24 Nov 2025 at 09:14, Kevin Li <kevin@example.com> wrote:\n> Where is my refund? Let me know if you need anything else from me.\n';
const email = (check: string) => `Hi Kevin,\n\n${BODY}\n\n${check}\n\nBest wishes,\nGrace\nBrightcart Support${QUOTE}`;

testRule(rule, {
  valid: [
    email('Is there anything else I can help you with?'),
    email('Let me know if you have any other questions.'),
    email('If you need anything else, feel free to reach out.'),
    email("Please don't hesitate to contact us if the money has not arrived by Friday."),
    email('I hope this helps!'),
    email('Please let me know if the new link works for you.'),
    email('If anything else comes up, just reply to this email.'),
    email("Does that answer your question?"),
    // A question to the customer keeps the conversation open.
    email('Could you send me a photo of the label so I can check the address?'),
    email("I'll keep an eye on the refund and write to you again on Friday."),
    email('Should you have any further questions, we are here to help.'),
    'Refunded, closing the ticket.',
    '',
  ],
  invalid: [
    {
      text: email('Sorry again for the wait.'),
      output: `Hi Kevin,\n\n${BODY}\n\nSorry again for the wait.\n\nIs there anything else I can help you with?\n\nBest wishes,\nGrace\nBrightcart Support${QUOTE}`,
      message: 'anything else',
    },
    {
      // The check-in in the quoted customer message does not count.
      text: `Hi Kevin,\n\n${BODY}\n\nKind regards,\nGrace${QUOTE}`,
      output: `Hi Kevin,\n\n${BODY}\n\nIs there anything else I can help you with?\n\nKind regards,\nGrace${QUOTE}`,
    },
    {
      // No sign-off: the question goes above the rep's name, not under it.
      text: `Hi Kevin,\n\n${BODY}\n\nGrace\nBrightcart Support`,
      output: `Hi Kevin,\n\n${BODY}\n\nIs there anything else I can help you with?\n\nGrace\nBrightcart Support`,
    },
    {
      // Neither sign-off nor name: the question goes at the end.
      text: `Hi Kevin,\n\n${BODY}`,
      output: `Hi Kevin,\n\n${BODY}\n\nIs there anything else I can help you with?`,
    },
    {
      // Talk of help that is not a check-in.
      text: `Hi Kevin,\n\nI'm happy to help you with that. I couldn't find anything else on your account, so the refund is the only open item. ${BODY}\n\nBest,\nGrace`,
      output: `Hi Kevin,\n\nI'm happy to help you with that. I couldn't find anything else on your account, so the refund is the only open item. ${BODY}\n\nIs there anything else I can help you with?\n\nBest,\nGrace`,
    },
    {
      // A check-in that only appears in the signature is boilerplate, not the rep asking.
      text: `Hi Kevin,\n\n${BODY}\n\nBest regards,\nGrace\nBrightcart Support | Questions? Reply to this email.`,
      output: `Hi Kevin,\n\n${BODY}\n\nIs there anything else I can help you with?\n\nBest regards,\nGrace\nBrightcart Support | Questions? Reply to this email.`,
    },
  ],
});
