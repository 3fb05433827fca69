import rule from '../../src/engine/rules/structure/missing-closing';
import { testRule } from '../helpers/rule-tester';

const BODY = 'Your refund of $64.99 was sent back to your PayPal account today. It usually shows within 24 hours.';
const QUOTE = '\n\nOn Mon, 24 Nov 2025 at 09:14, Anna Berzina <anna@example.com> wrote:\n> Hi there,\n> Where is my refund?\n> Kind regards,\n> Anna\n';

testRule(rule, {
  valid: [
    `Hi Anna,\n\n${BODY}\n\nBest regards,\nMark Jones\nBrightcart Support${QUOTE}`,
    `Hi Anna,\n\n${BODY}\n\nKind regards,\n\nOlivia Hart\nCustomer Experience Team\nBrightcart UK`,
    `Hi Anna,\n\n${BODY}\n\nThanks, Mark`,
    `Hi Anna,\n\n${BODY}\n\nCheers,\nAmira\nTelvia Customer Support`,
    `Hi Anna,\n\n${BODY}\n\nHave a great weekend,\nSam`,
    `Hi Anna,\n\n${BODY}\n\nAll the best,\nPriya`,
    `Hi Anna,\n\n${BODY}\n\nWarmly,\nNadia`,
    '',
    'Refunded, closing the ticket.',
  ],
  invalid: [
    {
      // The name block without a sign-off above it: the sign-off goes right above the name.
      text: `Hi Anna,\n\n${BODY}\n\nMark Jones\nBrightcart Support${QUOTE}`,
      output: `Hi Anna,\n\n${BODY}\n\nBest regards,\nMark Jones\nBrightcart Support${QUOTE}`,
      message: 'sign-off',
    },
    {
      // No name either: the sign-off goes at the end of what the rep wrote, above the quoted thread.
      text: `Hi Anna,\n\n${BODY}\n\nIs there anything else I can help you with?${QUOTE}`,
      output: `Hi Anna,\n\n${BODY}\n\nIs there anything else I can help you with?\n\nBest regards,${QUOTE}`,
    },
    {
      // The name on the line under the last sentence.
      text: `Hi Anna,\n\n${BODY} Let me know if you have any questions.\nMark`,
      output: `Hi Anna,\n\n${BODY} Let me know if you have any questions.\n\nBest regards,\nMark`,
    },
    {
      // A "-- " signature with no sign-off above it.
      text: `Hello,\n\n${BODY}\n\n-- \nMark | Brightcart | +1 555 0100\n`,
      output: `Hello,\n\n${BODY}\n\nBest regards,\n\n-- \nMark | Brightcart | +1 555 0100\n`,
    },
    {
      // A sentence that starts like a sign-off is not one.
      text: `Hi Kevin,\n\n${BODY}\n\nThanks for your patience while we looked into this.`,
      output: `Hi Kevin,\n\n${BODY}\n\nThanks for your patience while we looked into this.\n\nBest regards,`,
    },
    {
      text: `Hi Kevin,\n\n${BODY}\n\n– Grace`,
      output: `Hi Kevin,\n\n${BODY}\n\nBest regards,\n– Grace`,
    },
  ],
});
