import rule from '../../src/engine/rules/structure/missing-greeting';
import { testRule } from '../helpers/rule-tester';

const BODY = 'Your refund of $64.99 was sent back to your PayPal account today. It usually shows within 24 hours.';
const QUOTE = '\n\nOn Mon, 24 Nov 2025 at 09:14, Anna Berzina <anna@example.com> wrote:\n> Hi there,\n> Where is my refund?\n> Anna\n';

testRule(rule, {
  valid: [
    `Hi Anna,\n\n${BODY}\n\nLet me know if you have any other questions.\n\nBest regards,\nMark\nBrightcart Support${QUOTE}`,
    `Dear Mr Smith,\n\n${BODY}\n\nKind regards,\nOlivia Hart\nCustomer Experience Team`,
    `Good morning,\n\n${BODY}\n\nBest,\nNoah`,
    `Hello again,\n\n${BODY}\n\nThanks,\nMia`,
    `Hey there!\n\n${BODY}\n\nCheers,\nAmira`,
    // The greeting on one line with the body.
    `Hi Anna, thanks for the photos. ${BODY}\n\nBest regards,\nMark`,
    `Dear valued Brightcart customer, thank you for your patience. ${BODY}\n\nBest regards,\nMark`,
    `To whom it may concern,\n\n${BODY}\n\nYours faithfully,\nOlivia Hart`,
    // A name alone as the salutation.
    `Anna,\n\n${BODY}\n\nBest regards,\nMark`,
    // Empty drafts and one-line internal notes are not nagged.
    '',
    '   \n\n',
    'Refunded, closing the ticket.',
    'Done. Escalated to tier 2.',
    // Nothing typed yet above the quoted thread.
    `\n\nOn Mon, 24 Nov 2025 at 09:14, Anna <anna@example.com> wrote:\n> Hi,\n> Where is my order? It was due on Monday and nothing has arrived yet, please check.\n`,
  ],
  invalid: [
    {
      // A thank-you opener is the first sentence of the body, not a greeting.
      text: `Thank you for contacting Brightcart. ${BODY}\n\nIs there anything else I can help you with?\n\nBest regards,\nMark\nBrightcart Support${QUOTE}`,
      output: `Hello,\n\nThank you for contacting Brightcart. ${BODY}\n\nIs there anything else I can help you with?\n\nBest regards,\nMark\nBrightcart Support${QUOTE}`,
      message: 'greeting',
    },
    {
      // The only greeting is in the quoted customer message.
      text: `${BODY}\n\nKind regards,\nOlivia${QUOTE}`,
      output: `Hello,\n\n${BODY}\n\nKind regards,\nOlivia${QUOTE}`,
    },
    {
      text: `Thanks for your patience while we looked into this.\n\n${BODY}\n\nBest wishes,\nGrace\nBrightcart Support\n\nFrom: Kevin Li <kevin@example.com>\nSent: 24 November 2025 09:31\nTo: Brightcart Support\nSubject: Refund\n\nDear Support,\nWhere is my money?\n`,
      output: `Hello,\n\nThanks for your patience while we looked into this.\n\n${BODY}\n\nBest wishes,\nGrace\nBrightcart Support\n\nFrom: Kevin Li <kevin@example.com>\nSent: 24 November 2025 09:31\nTo: Brightcart Support\nSubject: Refund\n\nDear Support,\nWhere is my money?\n`,
    },
    {
      // Leading blank lines stay where they are; the greeting goes above the first paragraph.
      text: `\n\nThe engineer visit is booked for Tuesday between 8am and 12pm, and it takes about an hour.\n\n-- \nRhiannon | Telvia`,
      output: `\n\nHello,\n\nThe engineer visit is booked for Tuesday between 8am and 12pm, and it takes about an hour.\n\n-- \nRhiannon | Telvia`,
    },
    {
      // "Hiking" starts with "Hi" but is no greeting.
      text: 'Hiking boots in size 6 are back in stock. I have reserved a pair for you until Friday.\n\nBest,\nJordan',
      output: 'Hello,\n\nHiking boots in size 6 are back in stock. I have reserved a pair for you until Friday.\n\nBest,\nJordan',
    },
    {
      // Two short sentences are enough to be a reply to a customer.
      text: 'Your refund went out today. It takes 3–5 days to arrive.',
      output: 'Hello,\n\nYour refund went out today. It takes 3–5 days to arrive.',
    },
  ],
});
