// `replycheck`: the extension's engine on files, for team leads trying a profile and for scripts.
import { readFile } from 'node:fs/promises';
import type { CheckResult, Diagnostic, Language } from '../engine/types';
import { createEngine } from '../engine/engine';
import { SUPPORTED_LANGUAGES, textPack } from '../engine/lang/pack';
import type { CustomerMessage } from '../engine/rule';
import { quotedCustomerMessage, standaloneCustomerMessage } from '../engine/text/quoted-message';
import type { Engine } from '../engine/engine';
import type { Speller } from '../engine/spelling/speller';
// The extension's own choice of language, so a team lead sees from the CLI what a rep would get in the browser.
import { chooseLanguage } from '../engine/lang/choose';
import type { Profile, ProfileError } from '../engine/profile/types';
import { formatProfileError, validateProfile } from '../engine/profile/validate';
import { resolveProfiles, type EffectiveSettings } from '../engine/profile/resolve';
import { toEngineConfig } from '../engine/profile/engine-config';
import { loadSpeller } from './dictionaries';
import { createNodeHarper } from '../engine/grammar/harper/node-binary';
import type { HarperProvider } from '../engine/grammar/harper/provider';
import { checkDeep } from '../engine/grammar/harper/deep';
import { parseCli, UsageError, USAGE, type CheckArgs, type ProfileValidateArgs } from './args';

interface FileResult extends CheckResult {
  file: string;
  text: string;
  /** Whether the language was detected rather than pinned. */
  detected: boolean;
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

/** Which languages a check may use: one pinned by --lang, or those detection picks among. */
interface LanguagePlan {
  pinned: Language | null;
  enabled: Language[];
}

/**
 * "auto" detects each reply's language among the profile's languages (all five without a profile). An explicit
 * --lang is obeyed even outside the profile's languages: a team lead may want to see what a rep writing in it
 * would get.
 */
function planLanguages(lang: 'auto' | Language, profileLanguages: readonly Language[] | null): LanguagePlan {
  if (lang === 'auto') {
    const wanted = profileLanguages ?? SUPPORTED_LANGUAGES;
    const enabled = wanted.filter((l) => SUPPORTED_LANGUAGES.includes(l));
    if (enabled.length === 0) {
      throw new UsageError(
        `none of the profile's languages (${wanted.join(', ')}) can be checked yet (supported: ${SUPPORTED_LANGUAGES.join(', ')}); pass --lang to choose one`,
      );
    }
    return { pinned: null, enabled };
  }
  if (!SUPPORTED_LANGUAGES.includes(lang)) {
    throw new UsageError(`language "${lang}" is not supported yet (supported: ${SUPPORTED_LANGUAGES.join(', ')})`);
  }
  if (profileLanguages && !profileLanguages.includes(lang)) {
    process.stderr.write(`replycheck: note: the profile's languages are ${profileLanguages.join(', ')}; checking in ${lang} as --lang says\n`);
  }
  return { pinned: lang, enabled: [lang] };
}

/**
 * The speller for a language, or null with one note on stderr when its dictionary cannot be loaded: every other check
 * still runs, and spelling is skipped rather than flagging every word.
 */
async function spellerOrNull(language: Language, englishVariant?: 'us' | 'uk'): Promise<Speller | null> {
  try {
    return await loadSpeller(language, englishVariant);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    process.stderr.write(`replycheck: note: spelling for ${language} is not available yet (${why}); the other checks still run\n`);
    return null;
  }
}

/** One Harper for the process: main() may run more than once in it (the tests, a script). */
let sharedHarper: Promise<HarperProvider> | null = null;

/**
 * Harper, loaded the first time an English reply needs it (about 2 s), or null with one note on stderr when its wasm
 * cannot be loaded: the fast checks still run.
 */
async function harperOrNull(): Promise<HarperProvider | null> {
  sharedHarper ??= (async () => {
    const harper = createNodeHarper();
    await harper.setup();
    return harper;
  })();
  try {
    return await sharedHarper;
  } catch (err) {
    sharedHarper = null;
    const why = err instanceof Error ? err.message : String(err);
    process.stderr.write(`replycheck: note: deep English grammar (Harper) could not be loaded (${why}); the fast checks still run\n`);
    return null;
  }
}

async function readProfileFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read profile ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}

function invalidProfileReason(file: string, errors: readonly ProfileError[]): string {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more; "replycheck profile validate ${file}" lists them all)` : '';
  return `${file} is not a valid profile: ${formatProfileError(errors[0]!)}${more}`;
}

/** The profile's effective settings, as the extension would apply them with this file imported and nothing else. */
async function loadProfile(file: string): Promise<EffectiveSettings> {
  const text = await readProfileFile(file);
  const v = validateProfile(text);
  if (!v.ok) throw new UsageError(invalidProfileReason(file, v.errors));
  return resolveProfiles({ file: { latest: v.profile as Profile, origin: file } }).settings;
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
  const scores = results.map((r) => `${r.file}: ${r.language}${r.detected ? ' (detected)' : ''}, ${r.score}/100`).join('; ');
  lines.push(`${count} finding${count === 1 ? '' : 's'} (${scores})`);
  return lines.join('\n');
}

async function runCheck(args: CheckArgs): Promise<number> {
  const settings = args.profile !== undefined ? await loadProfile(args.profile) : null;
  const plan = planLanguages(args.lang, settings?.languages ?? null);
  // One engine per language the files turn out to be in, its dictionary loaded the first time it is needed.
  const engines = new Map<Language, Promise<Engine>>();
  const engineFor = (language: Language): Promise<Engine> => {
    let engine = engines.get(language);
    if (!engine) {
      engine = spellerOrNull(language, settings?.englishVariant).then((speller) =>
        createEngine(settings ? { ...toEngineConfig(settings, language), speller } : { language, speller }),
      );
      engines.set(language, engine);
    }
    return engine;
  };
  // The customer's message: one --customer file for every reply (a pasted "From: … Sent: …" block on top of it gives
  // the sender's name), or else each reply's own quoted message.
  if (args.customer === '-' && args.files.includes('-')) throw new UsageError('--customer and the reply cannot both be standard input');
  const customerText = args.customer !== undefined ? await readInput(args.customer) : null;
  let harper: Promise<HarperProvider | null> | null = null;
  const harperOptions = settings ? toEngineConfig(settings, 'en') : null;
  const results: FileResult[] = [];
  for (const file of args.files) {
    const text = await readInput(file);
    const { language, detected } = chooseLanguage(text, [], plan.enabled, plan.pinned);
    const engine = await engineFor(language);
    const pack = textPack(language);
    let customer: CustomerMessage | undefined;
    if (customerText !== null) customer = standaloneCustomerMessage(customerText, pack);
    else customer = quotedCustomerMessage(text, pack) ?? undefined;
    // Not interactive: every misspelling gets its suggestions now, none are left pending for a card to ask for.
    const input = { attachments: args.attachments, customer, suggestionsPerCheck: Infinity };
    let r: CheckResult;
    if (args.grammar === 'deep' && language === 'en') {
      harper ??= harperOrNull();
      r = await checkDeep(engine, await harper, text, input, {
        rules: harperOptions?.rules,
        englishVariant: harperOptions?.englishVariant,
      });
    } else {
      r = engine.check(text, input);
    }
    results.push({ file: file === '-' ? '<stdin>' : file, text, detected, ...r });
  }
  if (args.format === 'json') {
    const out = {
      results: results.map(({ file, language: lang, score, diagnostics, truncated }) => ({ file, language: lang, score, diagnostics, ...(truncated ? { truncated } : {}) })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatText(results)}\n`);
    for (const r of results.filter((r) => r.truncated)) {
      const n = r.truncated!.checkedLength;
      process.stderr.write(`replycheck: note: ${r.file} is too long to check whole; only its first ${n.toLocaleString('en')} characters (to line ${lineCol(r.text, n)[0]}) were checked\n`);
    }
  }
  const hasError = results.some((r) => r.diagnostics.some((d: Diagnostic) => d.severity === 'error'));
  return hasError ? 1 : 0;
}

async function runProfileValidate(args: ProfileValidateArgs): Promise<number> {
  const reports: { file: string; valid: boolean; errors: ProfileError[] }[] = [];
  for (const file of args.files) {
    const v = validateProfile(await readProfileFile(file));
    reports.push({ file, valid: v.ok, errors: v.ok ? [] : v.errors });
  }
  if (args.format === 'json') {
    process.stdout.write(`${JSON.stringify({ results: reports }, null, 2)}\n`);
  } else {
    const several = reports.length > 1;
    const lines = reports.flatMap((r) =>
      r.valid
        ? [several ? `${r.file}: valid` : 'valid']
        : r.errors.map((e) => (several ? `${r.file}: ${formatProfileError(e)}` : formatProfileError(e))),
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  const invalid = reports.filter((r) => !r.valid);
  for (const r of invalid) {
    process.stderr.write(`replycheck: ${r.file} is not a valid profile (${r.errors.length} problem${r.errors.length === 1 ? '' : 's'})\n`);
  }
  return invalid.length > 0 ? 2 : 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCli(argv);
    if (args.command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (args.command === 'profile-validate') return await runProfileValidate(args);
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
