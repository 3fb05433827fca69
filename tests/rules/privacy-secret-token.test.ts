import rule from '../../src/engine/rules/privacy/secret-token';
import { testRule } from '../helpers/rule-tester';

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
const KEY_BLOCK = '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq9…\nq8Zx0w==\n-----END RSA PRIVATE KEY-----';

testRule(rule, {
  valid: [
    'Your API key is in Settings > Developers > API keys; never share it with anyone.',
    'Use the test key sk_test_4eC39HqLyjWDarjtT1zdp7dc in your staging environment.',
    'The token expires after 30 days, so generate a new one from the dashboard.',
    'Stripe secret keys start with sk_live_ and must stay on your server.',
    'Tracking: 1Z999AA10123456784, order A-99812, booking reference K7QX2P.',
    'See https://docs.github.com/en/authentication/keeping-your-account-and-data-secure for how to rotate a token.',
    // Keys in the quoted customer message are not the rep's doing.
    'Hi,\n\nI have revoked that key for you.\n\nOn Mon, 3 Feb 2025 at 10:04, Ravi <ravi@example.com> wrote:\n> my key is sk_live_51Nx8QyLkT4vR2pW9eZ3hJ6mC0aB7dF1g, why does it fail\n',
  ],
  invalid: [
    {
      text: "I've generated a new API key for your production workspace: sk_live_51Nx8QyLkT4vR2pW9eZ3hJ6mC0aB7dF1g",
      actual: 'sk_live_51Nx8QyLkT4vR2pW9eZ3hJ6mC0aB7dF1g',
      output: "I've generated a new API key for your production workspace: [removed]",
      message: 'Stripe',
    },
    {
      text: 'Here are the credentials for the export bucket: access key ID AKIAIOSFODNN7EXAMPLE, secret key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Please store them safely.',
      actual: ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
      output: 'Here are the credentials for the export bucket: access key ID [removed], secret key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Please store them safely.',
    },
    { text: 'Your token: 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', actual: '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' },
    {
      text: 'Use github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRS for the CI job.',
      actual: 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRS',
    },
    { text: 'The bot token is xoxb-2048-1024-AbCdEfGhIjKlMnOp1234.', actual: 'xoxb-2048-1024-AbCdEfGhIjKlMnOp1234' },
    { text: `Send it with the header Authorization: Bearer ${JWT}`, actual: JWT },
    {
      // In backticks, which the word list skips, it is still a leak.
      text: `Your session token is \`${JWT}\`.`,
      actual: JWT,
    },
    {
      text: `Hi Omar,\n\nHere is the deploy key:\n\n${KEY_BLOCK}\n\nBest,\nHannah`,
      actual: KEY_BLOCK,
      output: 'Hi Omar,\n\nHere is the deploy key:\n\n[private key removed]\n\nBest,\nHannah',
    },
    {
      text: 'Connect with postgres://admin:S3cretPass@db.example.com:5432/prod and run the export.',
      actual: 'S3cretPass',
      output: 'Connect with postgres://admin:[removed]@db.example.com:5432/prod and run the export.',
    },
    {
      text: 'Alerts go to https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX now.',
      actual: 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
    },
  ],
});
