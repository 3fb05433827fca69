import { describe, expect, it } from 'vitest';
import { findSkipSpans } from '../../src/engine/text/skip';

const skipped = (text: string) => findSkipSpans(text, [0, text.length]).map(([s, e]) => text.slice(s, e));

describe('findSkipSpans', () => {
  it.each([
    ['Open https://example.com/help?x=1 now.', 'https://example.com/help?x=1'],
    ['Mail support@example.com today.', 'support@example.com'],
    ['Run `npm ci` first.', '`npm ci`'],
    ['Your order #A-9912 shipped.', '#A-9912'],
    ['I attached report.pdf for you.', 'report.pdf'],
    ['See Invoice_2291.PDF and my-export.csv.', 'Invoice_2291.PDF'],
    ['Set user.email_address in config.yaml.', 'user.email_address'],
    ['It reads window.location.href first.', 'window.location.href'],
    ['We use Node.js there.', 'Node.js'],
    ['Set the max_retry_count flag.', 'max_retry_count'],
    ['The API_KEY value is empty.', 'API_KEY'],
    ['Dear {{first_name}}, thanks.', '{{first_name}}'],
    ['Open %APPDATA% and $HOME.', '%APPDATA%'],
    ['Run it with --no-cache please.', '--no-cache'],
  ])('skips the code-like part of %j', (text, part) => {
    expect(skipped(text)).toContain(part);
  });

  it('skips every file name, placeholder and option, not only the first', () => {
    expect(skipped('See Invoice_2291.PDF and my-export.csv.')).toEqual(
      expect.arrayContaining(['Invoice_2291.PDF', 'my-export.csv']),
    );
    expect(skipped('Open %APPDATA% and $HOME.')).toEqual(expect.arrayContaining(['%APPDATA%', '$HOME']));
  });

  it.each([
    'Please send it, e.g. by post, before 5 p.m. today.',
    'We ship to the U.S. and the U.K. only.',
    'It was fixed today.Thanks for waiting.',
    'The well-known follow-up is a pre-order.',
    'Prices are in $ and % as usual.',
    'Call us -- we are here.',
    'This is _really_ important.',
  ])('leaves prose alone: %j', (text) => {
    expect(skipped(text)).toEqual([]);
  });
});

// The patterns added for code-like words start only where their run starts, so hostile input stays linear.
describe('findSkipSpans on 40,000 characters of a code-like piece', () => {
  for (const piece of ['$a', 'a$', 'ab.', 'a.b_', 'ab_', '{{a', '%a', '--a', 'ab.pdfx', 'aa.aa@', 'Ab.cd']) {
    it(`"${piece}" × ${Math.ceil(40_000 / piece.length)}`, { timeout: 3_000 }, () => {
      const text = piece.repeat(Math.ceil(40_000 / piece.length));
      for (const [s, e] of findSkipSpans(text, [0, text.length])) expect(0 <= s && s <= e && e <= text.length).toBe(true);
    });
  }
});
