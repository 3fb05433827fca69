import type { Range } from '../../types';
import { defineRule, type Finding } from '../../rule';

interface TokenKind {
  /** What the rep is told it is: "an AWS access key". */
  what: string;
  re: RegExp;
  /** The group to remove, when not all of the match (a URL's password, not the whole URL); `re` then has the d flag. */
  group?: number;
  replacement?: string;
}

// Formats published by the issuers (and used by GitHub secret scanning and gitleaks), chosen for prefixes that do not
// occur in prose. Each is bounded so that it is not the middle of a longer token.
const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';
export const TOKEN_KINDS: readonly TokenKind[] = [
  {
    what: 'a private key',
    re: /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----[\s\S]*?(?:-----END \1PRIVATE KEY\2-----|$)/g,
    replacement: '[private key removed]',
  },
  { what: 'an AWS access key', re: new RegExp(`${B}(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}${E}`, 'g') },
  {
    // The 40-character secret that goes with an access key, when it is labelled as one.
    what: 'an AWS secret key',
    re: /(?:aws_secret_access_key|secret(?:[ _-]access)?[ _-]key|secret)["'`]?\s*(?:[:=]|\bis\b)?\s*["'`]?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    group: 1,
  },
  { what: 'a Stripe secret key', re: new RegExp(`${B}(?:sk|rk)_live_[A-Za-z0-9]{16,}${E}`, 'g') },
  { what: 'a Stripe webhook secret', re: new RegExp(`${B}whsec_[A-Za-z0-9]{24,}${E}`, 'g') },
  { what: 'a GitHub token', re: new RegExp(`${B}(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})${E}`, 'g') },
  { what: 'a GitLab token', re: new RegExp(`${B}glpat-[A-Za-z0-9_-]{20,}${E}`, 'g') },
  { what: 'a Slack token', re: new RegExp(`${B}(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,}${E}`, 'g') },
  {
    what: 'a Slack webhook address',
    re: /https:\/\/hooks\.slack\.com\/(?:services|workflows)\/[A-Za-z0-9_/-]{20,}/g,
  },
  { what: 'a Discord webhook address', re: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]{20,}/g },
  { what: 'a Google API key', re: new RegExp(`${B}AIza[0-9A-Za-z_-]{35}${E}`, 'g') },
  { what: 'an npm token', re: new RegExp(`${B}npm_[A-Za-z0-9]{36}${E}`, 'g') },
  { what: 'a SendGrid API key', re: new RegExp(`${B}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${E}`, 'g') },
  { what: 'an OpenAI or Anthropic API key', re: new RegExp(`${B}sk-(?:proj-|ant-(?:api\\d\\d-)?)?[A-Za-z0-9_-]{32,}${E}`, 'g') },
  {
    // Header and payload are base64url JSON objects, so both start "eyJ" ('{"').
    what: 'a login token (JWT)',
    re: new RegExp(`${B}eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}${E}`, 'g'),
  },
  {
    // A password inside an address: postgres://admin:S3cret@db.example.com
    what: 'a password inside an address',
    re: /\b[a-z][a-z0-9+.-]{0,15}:\/\/[^\s:@/]{1,64}:([^\s@/]{3,128})@[^\s@/]/dgi,
    group: 1,
  },
];

export default defineRule({
  id: 'privacy/secret-token',
  meta: {
    category: 'privacy',
    description: 'An API key, access token or private key (AWS, Stripe, GitHub, Slack, JWT...) in the reply.',
    defaultSeverity: 'error',
    languages: ['en', 'lv', 'sl', 'hr', 'fi'],
  },
  check(ctx) {
    const out: Finding[] = [];
    // Raw checkable text, not ctx.words: keys are pasted as code, in backticks or inside addresses, all of which the
    // word list leaves out. Quoted text and the signature are not checkable, so they are never read.
    for (const [from, to] of ctx.email.checkable) {
      const slice = ctx.text.slice(from, to);
      for (const kind of TOKEN_KINDS) {
        for (const m of slice.matchAll(kind.re)) {
          const [s, e] = kind.group ? m.indices![kind.group]! : [m.index, m.index + m[0].trimEnd().length];
          const range: Range = [from + s, from + e];
          if (out.some((f) => f.range[0] < range[1] && range[0] < f.range[1])) continue;
          const replacement = kind.replacement ?? '[removed]';
          out.push({
            range,
            actual: ctx.text.slice(range[0], range[1]),
            message: `This is ${kind.what}: never send one by email. Remove it, and have the key replaced if the email has already gone out.`,
            suggestions: [{ label: `Replace it with "${replacement}"`, edit: { range, text: replacement } }],
          });
        }
      }
    }
    return out.sort((a, b) => a.range[0] - b.range[0]);
  },
});
