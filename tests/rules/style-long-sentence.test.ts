import rule, { countWords, MAX_WORDS } from '../../src/engine/rules/style/long-sentence';
import { testRule } from '../helpers/rule-tester';
import { expect, it } from 'vitest';
import { tokenize } from '../../src/engine/text/tokens';

const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');

it('counts a hyphenated word once', () => {
  const t = 'Your check-in opens at 10:00.';
  expect(countWords(t, tokenize(t, [0, t.length]))).toBe(6);
});

const LONG =
  'Because your flight SL209 on 4 December was cancelled by us rather than by you, you are entitled to a full refund of the ticket price including taxes and fees, which I have already requested, and it should reach the card you paid with within seven working days.';

testRule(rule, {
  valid: [
    'Your refund of $64.99 was sent back to your PayPal account today.',
    // Exactly the limit.
    `The ${words(MAX_WORDS - 1, 'long')}.`,
    // Two sentences of 30 words each.
    `The ${words(29, 'first')}. The ${words(29, 'second')}.`,
    // A URL does not count as words.
    'You can follow the parcel here: https://www.ups.com/track?tracknum=1Z999AA10123456784&lang=en&country=gb&source=email&campaign=shipping-update-november-2025',
    // Numbered steps on their own lines are separate sentences.
    '1. Go to Settings > Integrations and open the Zendesk page\n2. Enter your Zendesk subdomain and press Connect\n3. Approve the connection when Zendesk asks you to sign in with your admin account',
    // A long sentence in the quoted thread is not the rep's.
    `Hi,\n\nDone.\n\nOn Mon, 3 Feb 2025 at 10:04, Anna <anna@example.com> wrote:\n> ${words(50, 'please')}\n`,
  ],
  invalid: [
    { text: LONG, actual: LONG, message: '48 words' },
    {
      text: `Hi Anna,\n\nThanks for writing. ${LONG}\n\nBest,\nMark`,
      actual: LONG,
    },
    {
      // Split where a semicolon sits near the middle.
      text: 'The export runs every night at 02:00 UTC and writes one file per day into the bucket named by date; if a run fails for any reason we will retry it three times over the following hour and then email the workspace admins.',
      output: 'The export runs every night at 02:00 UTC and writes one file per day into the bucket named by date. If a run fails for any reason we will retry it three times over the following hour and then email the workspace admins.',
    },
    {
      // A hard-wrapped sentence is still one sentence.
      text: 'When you update the key in your integration settings you will also need\nto update it in any scheduled jobs or serverless functions that call our API\ndirectly because the old key was revoked on our side last night.',
      message: '39 words',
    },
    { text: `Please note ${words(40, 'that')}.`, actual: `Please note ${words(40, 'that')}.` },
    {
      // Two long sentences, two findings.
      text: `${LONG} ${LONG}`,
      actual: [LONG, LONG],
    },
  ],
});
