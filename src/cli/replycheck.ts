// `replycheck`: the extension's engine on files, for team leads trying a profile and for scripts.
import { readFile } from 'node:fs/promises';
import type { CheckResult, Diagnostic, Language } from '../engine/types';
import { LANGUAGES } from '../engine/types';
import { createEngine } from '../engine/engine';
import { SUPPORTED_LANGUAGES } from '../engine/lang/pack';
import { loadSpeller } from './dictionaries';
import { parseCli, UsageError, USAGE, type CheckArgs } from './args';

interface FileResult extends CheckResult {
  file: string;
  text: string;
}

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}

function resolveLanguage(lang: string): Language {
  if (lang === 'auto') return 'en'; // only English exists yet; detection comes with the other languages
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    throw new UsageError(`--lang must be auto, ${LANGUAGES.join(', ')}; "${lang}" is not one of them`);
  }
  if (!SUPPORTED_LANGUAGES.includes(lang as Language)) {
    throw new UsageError(`language "${lang}" is not supported yet (supported: ${SUPPORTED_LANGUAGES.join(', ')})`);
  }
  return lang as Language;
}

/** 1-based line and column (in UTF-16 units, like editors) of an offset. */
export function lineCol(text: string, offset: number): [number, number] {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return [line, offset - lineStart + 1];
}

function formatText(results: FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      const [line, col] = lineCol(r.text, d.range[0]);
      lines.push(`${r.file}:${line}:${col}  ${d.severity}  ${d.message}  ${d.ruleId}`);
    }
  }
  const count = results.reduce((n, r) => n + r.diagnostics.length, 0);
  const scores = results.map((r) => `${r.file} ${r.score}/100`).join(', ');
  lines.push(`${count} finding${count === 1 ? '' : 's'} (${scores})`);
  return lines.join('\n');
}

async function runCheck(args: CheckArgs): Promise<number> {
  if (args.profile !== undefined) throw new UsageError('--profile is not supported yet');
  const language = resolveLanguage(args.lang);
  const engine = createEngine({ language, speller: await loadSpeller(language) });
  const results: FileResult[] = [];
  for (const file of args.files) {
    const text = await readInput(file);
    const r = engine.check(text, { attachments: args.attachments });
    results.push({ file: file === '-' ? '<stdin>' : file, text, ...r });
  }
  if (args.format === 'json') {
    const out = {
      results: results.map(({ file, language: lang, score, diagnostics }) => ({ file, language: lang, score, diagnostics })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatText(results)}\n`);
  }
  const hasError = results.some((r) => r.diagnostics.some((d: Diagnostic) => d.severity === 'error'));
  return hasError ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    return await runCheck(args);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`replycheck: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`replycheck: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
