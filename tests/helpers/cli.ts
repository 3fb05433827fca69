// The in-process way the CLI tests run `replycheck`: main() with standard output and error captured, and files
// written to a scratch folder of their own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `entry` (the CLI's main) on `argv` and returns its exit status and everything it printed. */
export async function runCli(entry: (argv: string[]) => Promise<number>, argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await entry(argv), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

/**
 * `check` with the fast checks only unless the test says otherwise: Harper's deep pass has its own tests
 * (tests/cli/grammar.test.ts), and a few seconds of wasm setup on a loaded machine must never decide whether the
 * others pass.
 */
export const fastUnlessSaid = (argv: string[]): string[] =>
  argv[0] === 'check' && !argv.includes('--grammar') ? [...argv, '--grammar', 'fast'] : argv;

/**
 * A scratch folder: `file` writes one file into it and returns its path, `path` names a file in it without writing
 * one, `remove` deletes the folder.
 */
export function scratchFolder(prefix: string): {
  file(name: string, content: string): string;
  path(name: string): string;
  remove(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    path: (name) => join(dir, name),
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
