// Argument parsing for `replycheck`, with node:util's parseArgs (no dependency needed).
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Usage:
  replycheck check [FILE... | -] [--profile FILE] [--lang auto|en|lv|sl|hr|fi] [--format text|json]
                   [--attachments N]
  replycheck --help

Checks each file (or standard input for "-") as one email reply and prints the findings.
Exit status: 0 no error-level finding, 1 at least one, 2 bad usage, unreadable input or invalid profile.`;

export interface CheckArgs {
  command: 'check';
  files: string[];
  profile?: string;
  lang: string;
  format: 'text' | 'json';
  attachments?: number;
}

export type Args = CheckArgs | { command: 'help' };

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
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return { command: 'help' };
  const [command, ...rest] = positionals;
  if (command !== 'check') {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given (try "replycheck check FILE")');
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be text or json, not "${values.format}"`);
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
    lang: values.lang!,
    format: values.format,
    attachments,
  };
}
