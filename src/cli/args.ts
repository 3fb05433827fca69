// Argument parsing for `replycheck`, with node:util's parseArgs (no dependency needed).
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../engine/types';

export class UsageError extends Error {}

export const USAGE = `Usage:
  replycheck check [FILE... | -] [--profile FILE] [--lang auto|en|lv|sl|hr|fi] [--format text|json]
                   [--grammar deep|fast] [--attachments N] [--customer FILE]
  replycheck profile validate FILE... [--format text|json]
  replycheck --help

check             Checks each file (or standard input for "-") as one email reply and prints the findings,
                  under the team profile given with --profile. --lang auto (the default) checks each reply in
                  the language of the rep's own paragraphs (the quoted message and the signature left out),
                  among the profile's languages; --lang en|lv|sl|hr|fi pins it. --grammar deep (the default)
                  adds Harper's English grammar checks to the fast ones, as the extension does; fast skips them.
                  The reply is also checked against the customer's message it answers (unanswered questions,
                  unacknowledged frustration, the name in the greeting): the message in --customer FILE, or else
                  the quoted message under the reply ("On … wrote:", "From: … Sent: …"). --attachments N says how
                  many files go with the reply (for "please find attached" with nothing attached).
profile validate  Checks team rule profiles: prints "valid", or every problem with the path of its field.

Exit status: 0 no error-level finding (check) or a valid profile (profile validate); 1 at least one error-level
finding; 2 bad usage, unreadable input or invalid profile.`;

export interface CheckArgs {
  command: 'check';
  files: string[];
  profile?: string;
  lang: 'auto' | Language;
  format: 'text' | 'json';
  attachments?: number;
  /** The customer's message the replies answer; without it, each file's quoted message is used. */
  customer?: string;
  /** deep: Harper's English grammar pass after the fast checks, as in the extension; fast: the fast checks only. */
  grammar: 'deep' | 'fast';
}

export interface ProfileValidateArgs {
  command: 'profile-validate';
  files: string[];
  format: 'text' | 'json';
}

export type Args = CheckArgs | ProfileValidateArgs | { command: 'help' };

export function parseCli(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        profile: { type: 'string' },
        lang: { type: 'string', default: 'auto' },
        format: { type: 'string', default: 'text' },
        attachments: { type: 'string' },
        customer: { type: 'string' },
        grammar: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  const [command, ...rest] = positionals;
  if (command !== 'check' && command !== 'profile') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given (try "replycheck check FILE")');
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be text or json, not "${values.format}"`);
  }
  if (command === 'profile') {
    const [sub, ...files] = rest;
    if (sub !== 'validate') {
      throw new UsageError(sub ? `unknown profile command "${sub}" (try "replycheck profile validate FILE")` : 'no profile command given (try "replycheck profile validate FILE")');
    }
    if (files.length === 0) throw new UsageError('no profile given (try "replycheck profile validate team.json")');
    for (const option of ['profile', 'attachments', 'customer', 'grammar'] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} does not apply to "profile validate"`);
    }
    if (values.lang !== 'auto') throw new UsageError('--lang does not apply to "profile validate"');
    return { command: 'profile-validate', files, format: values.format };
  }
  const lang = values.lang!;
  if (lang !== 'auto' && !(LANGUAGES as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang must be auto, ${LANGUAGES.join(', ')}; "${lang}" is not one of them`);
  }
  const grammar = values.grammar ?? 'deep';
  if (grammar !== 'deep' && grammar !== 'fast') {
    throw new UsageError(`--grammar must be deep or fast, not "${grammar}"`);
  }
  let attachments: number | undefined;
  if (values.attachments !== undefined) {
    attachments = Number(values.attachments);
    if (!Number.isInteger(attachments) || attachments < 0) {
      throw new UsageError(`--attachments takes a whole number, not "${values.attachments}"`);
    }
  }
  return {
    command: 'check',
    files: rest.length ? rest : ['-'],
    profile: values.profile,
    lang: lang as 'auto' | Language,
    format: values.format,
    attachments,
    customer: values.customer,
    grammar,
  };
}
