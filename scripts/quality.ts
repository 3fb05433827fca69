// `npm run quality`: runs the engine over the labelled corpus of every language (tests/corpus/<lang>/) and prints,
// per language, how many planted problems it found per category and how many false findings it made, then one
// summary table across the languages with how well the language of a paragraph is told (tests/corpus/detect/).
import { parseArgs } from 'node:util';
import { createEngine, type Engine } from '../src/engine/engine';
import { CATEGORIES, LANGUAGES, type Diagnostic, type Language } from '../src/engine/types';
import type { Speller } from '../src/engine/spelling/speller';
import { loadSpeller } from '../src/cli/dictionaries';
import { detectParagraphs, detectText } from '../src/engine/lang/detect/detect';
import { CorpusError, corpusLanguages, loadCorpus, type Corpus } from './quality/corpus';
import {
  DetectionSetError,
  LONG_WORDS,
  SHORT_WORDS,
  blankLineParagraphs,
  loadDetectionSet,
  measureDetection,
  type DetectionFigures,
  type LabelledParagraph,
  type Rate,
} from './quality/detection';
import {
  TARGETS,
  isDocumentLabel,
  lineColumn,
  missedTargets,
  percent,
  scoreReply,
  summarize,
  type ReplyScore,
  type Summary,
} from './quality/score';
import { formatContextResult, runContextQuality, type ContextResult } from './quality/context-run';
import { GrammarSetError, loadGrammarSet, scoreGrammar, type GrammarFigures, type GrammarSentence } from './quality/grammar';
import { createNodeHarper } from '../src/engine/grammar/harper/node-binary';
import { mergeDeep } from '../src/engine/grammar/harper/merge';

const USAGE = `Usage: quality [--lang ${LANGUAGES.join('|')}] [--corpus DIR] [--context DIR] [--context-only] [--json] [--verbose] [--check]

Checks every reply in DIR/<lang>/ (default: every language with a folder in tests/corpus/) against its labels.json
and prints recall per category and false findings, one table per language, then a summary across languages with
how often the language of a paragraph in DIR/detect/paragraphs.json is told right. --verbose lists every miss,
false finding and wrongly detected paragraph; --json prints machine-readable output; --check exits 1 when any
language misses a target (recall >= ${percent(TARGETS.recall)} in every category, <= ${TARGETS.falseWarningsPerCleanReply} warning-or-error findings per clean
reply, language told right on >= ${percent(TARGETS.detection)} of paragraphs of ${LONG_WORDS}+ words).

Then the reply-vs-customer-message checks over DIR/<lang>.json of --context (default tests/corpus/context; languages
without a file are skipped, and said so): recall and false findings per check, and the share of pairs whose questions
were all answered that still got a "Not answered" finding (targets: recall >= 85 %, false "unanswered" <= 5 %).
--context-only runs just those.`;

function fail(message: string, status = 2): never {
  process.stderr.write(`quality: ${message}\n`);
  process.exit(status);
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        lang: { type: 'string' },
        corpus: { type: 'string', default: 'tests/corpus' },
        context: { type: 'string', default: 'tests/corpus/context' },
        'context-only': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
}
const values = parseOptions();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (values.lang !== undefined && !LANGUAGES.includes(values.lang as Language)) {
  fail(`unknown language "${values.lang}" (one of ${LANGUAGES.join(', ')})`);
}
async function contextQuality(): Promise<ContextResult> {
  try {
    return await runContextQuality(values.context!, values.lang ? [values.lang as Language] : undefined);
  } catch (err) {
    if (err instanceof Error && 'problems' in err) fail(`the context corpus is not usable:\n  ${(err as Error & { problems: string[] }).problems.join('\n  ')}`);
    throw err;
  }
}
if (values['context-only']) {
  const result = await contextQuality();
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatContextResult(result, values.verbose));
  process.exit(values.check && result.runs.some((r) => r.missedTargets.length) ? 1 : 0);
}
const languages: Language[] = values.lang ? [values.lang as Language] : await corpusLanguages(values.corpus);
if (!languages.length) fail(`no corpus in ${values.corpus} (a folder per language with a labels.json)`);

// Every corpus is loaded before anything runs: a label that points nowhere is a broken yardstick, not a finding.
const corpora: Corpus[] = [];
for (const language of languages) {
  try {
    corpora.push(await loadCorpus(values.corpus, language));
  } catch (err) {
    if (err instanceof CorpusError) fail(`the ${language} corpus is not usable:\n  ${err.problems.join('\n  ')}`);
    throw err;
  }
}
let detectionSet: LabelledParagraph[] | null;
try {
  detectionSet = await loadDetectionSet(values.corpus);
} catch (err) {
  if (err instanceof DetectionSetError) fail(`the detection set is not usable:\n  ${err.problems.join('\n  ')}`);
  throw err;
}

interface Listed {
  file: string;
  line: number;
  column: number;
  ruleId?: string;
  severity?: Diagnostic['severity'];
  category: string;
  text: string;
  message?: string;
}

interface LanguageRun {
  language: Language;
  corpus: string;
  /** Spelling needs a dictionary that may not exist yet for a language: the rest is measured without it. */
  spelling: { available: true } | { available: false; reason: string };
  /** Replies the engine could not check at all (it threw): they are left out of the figures, and miss a target. */
  engineErrors: { file: string; message: string }[];
  summary: Summary;
  missedTargets: string[];
  misses: Listed[];
  falseOnClean: Listed[];
  unexpectedInDirty: Listed[];
  /** Paragraphs of the detection set, each on its own; null when there is no set. */
  detection: DetectionFigures | null;
  /** Replies of the corpus whose language, told from their paragraphs as the extension does, is the folder's. */
  repliesDetected: Rate & { wrong: { file: string; detected: Language }[] };
  elapsedMs: number;
}

let grammarSet: GrammarSentence[] | null = null;
try {
  grammarSet = languages.includes('en') ? await loadGrammarSet(values.corpus, 'en') : null;
} catch (err) {
  if (err instanceof GrammarSetError) fail(`the grammar set is not usable:\n  ${err.problems.join('\n  ')}`);
  throw err;
}

const runs: LanguageRun[] = [];
for (const corpus of corpora) runs.push(await run(corpus));
const context = await contextQuality();
const grammar = grammarSet ? await runGrammar(grammarSet) : null;

if (values.json) {
  process.stdout.write(
    `${JSON.stringify(
      {
        corpus: values.corpus,
        targets: TARGETS,
        missedTargets: Object.fromEntries(runs.map((r) => [r.language, r.missedTargets])),
        languages: runs,
        context,
        grammar,
      },
      null,
      2,
    )}\n`,
  );
} else {
  for (const r of runs) {
    process.stdout.write(report(r));
    if (values.verbose) process.stdout.write(details(r));
    process.stdout.write(`\n(${r.summary.replies} replies checked in ${Math.round(r.elapsedMs)} ms)\n\n`);
  }
  process.stdout.write(overview(runs));
  process.stdout.write(`\n${formatContextResult(context, values.verbose)}`);
  if (grammar) process.stdout.write(grammarReport(grammar, values.verbose));
}
if (values.check && [...runs, ...context.runs].some((r) => r.missedTargets.length)) process.exit(1);

async function run(corpus: Corpus): Promise<LanguageRun> {
  const { language } = corpus;
  let speller: Speller | null = null;
  let spelling: LanguageRun['spelling'] = { available: true };
  try {
    speller = await loadSpeller(language);
  } catch (err) {
    // Still worth running: every other category is measured, and spelling's recall shows plainly as missing.
    spelling = { available: false, reason: (err as Error).message };
  }

  const engineErrors: LanguageRun['engineErrors'] = [];
  let engine: Engine | null = null;
  try {
    engine = createEngine({ language, speller, words: corpus.words });
  } catch (err) {
    engineErrors.push({ file: '(all)', message: (err as Error).message });
  }
  const started = performance.now();
  const scores: ReplyScore[] = [];
  for (const { labels, text } of corpus.replies) {
    if (!engine) break;
    let diagnostics: Diagnostic[];
    try {
      diagnostics = engine.check(text).diagnostics;
    } catch (err) {
      engineErrors.push({ file: labels.file, message: (err as Error).message });
      continue;
    }
    scores.push(scoreReply(labels, text, diagnostics));
  }
  const elapsedMs = performance.now() - started;
  const summary = summarize(scores);

  const detection = detectionSet ? measureDetection(detectionSet, language, (t) => detectText(t).language) : null;
  const repliesDetected = { right: 0, total: 0, rate: null as number | null, wrong: [] as { file: string; detected: Language }[] };
  for (const { labels, text } of corpus.replies) {
    const detected = detectParagraphs(text, blankLineParagraphs(text)).language;
    repliesDetected.total++;
    if (detected === language) repliesDetected.right++;
    else repliesDetected.wrong.push({ file: labels.file, detected });
  }
  repliesDetected.rate = repliesDetected.total ? repliesDetected.right / repliesDetected.total : null;

  const missed = scores.length ? missedTargets(summary) : [];
  if (engineErrors.length) {
    const n = engineErrors[0]!.file === '(all)' ? corpus.replies.length : engineErrors.length;
    missed.unshift(`the engine could not check ${n} of ${corpus.replies.length} replies (${engineErrors[0]!.message})`);
  }
  if (detection?.long.rate != null && detection.long.rate < TARGETS.detection) {
    missed.push(
      `language told right on ${percent(detection.long.rate)} of paragraphs of ${LONG_WORDS}+ words, below ${percent(TARGETS.detection)}`,
    );
  }
  if (!detection?.long.total) missed.push(`no paragraphs of ${LONG_WORDS}+ words in the detection set to measure language detection`);

  return {
    language,
    corpus: corpus.dir,
    spelling,
    engineErrors,
    summary,
    missedTargets: missed,
    misses: scores.flatMap(listMisses),
    falseOnClean: scores.filter((s) => s.clean).flatMap((s) => s.falseFindings.map((d) => listFinding(s, d))),
    unexpectedInDirty: scores.filter((s) => !s.clean).flatMap((s) => s.falseFindings.map((d) => listFinding(s, d))),
    detection,
    repliesDetected,
    elapsedMs,
  };
}

function listFinding(s: ReplyScore, d: Diagnostic): Listed {
  const { line, column } = lineColumn(s.text, d.range[0]);
  const docLevel = d.range[0] === d.range[1];
  return {
    file: s.file,
    line: docLevel ? 0 : line,
    column: docLevel ? 0 : column,
    ruleId: d.ruleId,
    severity: d.severity,
    category: d.category,
    text: docLevel ? '' : s.text.slice(d.range[0], d.range[1]),
    message: d.message,
  };
}

function listMisses(s: ReplyScore): Listed[] {
  return s.labels
    .filter((r) => r.foundBy.length === 0)
    .map((r) => {
      const where = r.range ? lineColumn(s.text, r.range[0]) : { line: 0, column: 0 };
      return {
        file: s.file,
        ...where,
        category: r.label.category,
        ...(isDocumentLabel(r.label) && r.label.rule ? { ruleId: r.label.rule } : {}),
        text: isDocumentLabel(r.label) ? '' : r.label.text,
      };
    });
}

/** A Markdown table, first column left-aligned and the others right-aligned, as a README can quote it. */
function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  // Markdown wants the alignment colon last in the delimiter cell; the cell stays as wide as the ones above it.
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)];
}

function spellingNote(r: LanguageRun): string {
  return r.spelling.available ? 'spelling: checked' : `spelling: not available (${r.spelling.reason})`;
}

function report(r: LanguageRun): string {
  const s = r.summary;
  const title = `ReplyCheck quality, ${r.language} corpus: ${s.replies} replies (${s.clean} clean, ${s.dirty} with ${s.planted} planted problems); ${spellingNote(r)}`;
  if (!s.replies) {
    return [title, '', `Not measured: ${r.missedTargets[0]}.`, ''].join('\n');
  }
  const rows = CATEGORIES.map((c) => {
    const f = s.categories[c];
    return [
      c,
      `${f.found} / ${f.planted}`,
      f.recall === null ? '–' : percent(f.recall),
      String(f.falseOnClean.warningOrError),
      String(f.falseOnClean.info),
      String(f.unexpectedInDirty.warningOrError),
    ];
  });
  rows.push([
    '**all**',
    `${s.found} / ${s.planted}`,
    s.planted ? percent(s.found / s.planted) : '–',
    String(s.falseOnClean.warningOrError),
    String(s.falseOnClean.info),
    String(s.unexpectedInDirty.warningOrError),
  ]);
  const head = ['category', 'found / planted', 'recall', 'false on clean (warn+err)', 'false on clean (info)', 'unexpected in planted (warn+err)'];
  const infoOnly = CATEGORIES.filter((c) => s.categories[c].foundOnlyAsInfo > 0).map(
    (c) => `${c} ${s.categories[c].foundOnlyAsInfo}`,
  );
  return [
    title,
    '',
    ...table(head, rows),
    '',
    `False findings per clean reply: ${s.falseOnClean.warningOrErrorPerReply.toFixed(2)} warning-or-error (${s.falseOnClean.warningOrError} on ${s.clean} replies), ${s.falseOnClean.infoPerReply.toFixed(2)} info (${s.falseOnClean.info}).`,
    `Unexpected warning-or-error findings in replies with planted problems: ${s.unexpectedInDirty.warningOrError} on ${s.dirty} replies (${s.unexpectedInDirty.warningOrErrorPerReply.toFixed(2)} a reply).`,
    ...(infoOnly.length ? [`Found only by info-level findings: ${infoOnly.join(', ')}.`] : []),
    r.missedTargets.length
      ? `Targets missed (${r.language}): ${r.missedTargets.join('; ')}.`
      : `Targets met (${r.language}): recall >= ${percent(TARGETS.recall)} in every category, <= ${TARGETS.falseWarningsPerCleanReply} warning-or-error per clean reply, language told right on >= ${percent(TARGETS.detection)} of paragraphs of ${LONG_WORDS}+ words.`,
    '',
  ].join('\n');
}

function ratio(x: Rate | null): string {
  return x && x.rate !== null ? `${percent(x.rate)} (${x.right}/${x.total})` : '–';
}

function overview(all: LanguageRun[]): string {
  const rows = all.map((r) => {
    const s = r.summary;
    const measured = s.replies > 0;
    return [
      r.language,
      `${s.replies} (${s.clean} clean)`,
      r.spelling.available ? 'checked' : 'not available',
      measured && s.planted ? `${percent(s.found / s.planted)} (${s.found}/${s.planted})` : '–',
      measured && s.clean ? s.falseOnClean.warningOrErrorPerReply.toFixed(2) : '–',
      measured && s.clean ? s.falseOnClean.infoPerReply.toFixed(2) : '–',
      ratio(r.detection?.long ?? null),
      ratio(r.detection?.short ?? null),
      ratio(r.repliesDetected),
      r.missedTargets.length ? `missed ${r.missedTargets.length}` : 'met',
    ];
  });
  const head = [
    'language',
    'replies',
    'spelling',
    'recall',
    'false/clean reply (warn+err)',
    'false/clean reply (info)',
    `detected, ${LONG_WORDS}+ words`,
    `detected, ${SHORT_WORDS.min}-${SHORT_WORDS.max} words`,
    'replies detected',
    'targets',
  ];
  const missed = all.filter((r) => r.missedTargets.length);
  return [
    'ReplyCheck quality, all languages',
    '',
    ...table(head, rows),
    '',
    `Recall counts every planted problem, spelling included where spelling is not available. Detection: each paragraph of ${detectionSetName()} on its own (detectText); replies: the language detectParagraphs gives a whole corpus reply.`,
    ...(missed.length
      ? ['Targets missed:', ...missed.flatMap((r) => r.missedTargets.map((m) => `  ${r.language}: ${m}`))]
      : ['Targets met in every language.']),
    '',
  ].join('\n');
}

function detectionSetName(): string {
  return detectionSet ? `${values.corpus}/detect/paragraphs.json` : 'the detection set (none found)';
}

function details(r: LanguageRun): string {
  const where = (l: Listed) => (l.line ? `${l.file}:${l.line}:${l.column}` : `${l.file} (whole reply)`);
  const finding = (l: Listed) =>
    `  ${where(l)}  ${l.severity}  ${l.ruleId}${l.text ? `  "${oneLine(l.text)}"` : ''}  ${l.message ?? ''}`;
  const byRule = new Map<string, number>();
  for (const l of [...r.falseOnClean, ...r.unexpectedInDirty]) {
    if (l.severity !== 'info') byRule.set(l.ruleId!, (byRule.get(l.ruleId!) ?? 0) + 1);
  }
  const section = (title: string, lines: string[]) => `\n${title} (${lines.length})\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
  return [
    ...(r.engineErrors.length
      ? [section('Replies the engine could not check', r.engineErrors.map((e) => `  ${e.file}  ${e.message}`))]
      : []),
    section(
      'Missed planted problems',
      r.misses.map((m) => `  ${where(m)}  ${m.category}${m.ruleId ? `  ${m.ruleId}` : ''}${m.text ? `  "${oneLine(m.text)}"` : ''}`),
    ),
    section('False findings on clean replies', r.falseOnClean.map(finding)),
    section('Unexpected findings in replies with planted problems', r.unexpectedInDirty.map(finding)),
    section(
      'False warning-or-error findings by rule',
      [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => `  ${String(n).padStart(3)}  ${id}`),
    ),
    section(
      'Paragraphs whose language was told wrong',
      (r.detection?.wrong ?? []).map((w) => `  ${w.kind}  ${w.detected ?? 'none'}  "${oneLine(w.text)}"`),
    ),
    section(
      'Replies whose language was told wrong',
      r.repliesDetected.wrong.map((w) => `  ${w.file}  ${w.detected}`),
    ),
  ].join('');
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}

interface GrammarRun {
  file: string;
  ours: GrammarFigures;
  harper: GrammarFigures;
  merged: GrammarFigures;
  harperSetupMs: number;
}

/** Each sentence of the grammar set alone, through our rules, Harper (default settings, US dialect) and both merged. */
async function runGrammar(set: GrammarSentence[]): Promise<GrammarRun> {
  let speller: Speller | null = null;
  try {
    speller = await loadSpeller('en');
  } catch {
    // Spelling is not measured here; without it, no spelling finding hides a grammar one in the merge.
  }
  const engine = createEngine({ language: 'en', speller });
  const harper = createNodeHarper();
  const t0 = performance.now();
  await harper.setup();
  const harperSetupMs = performance.now() - t0;
  const ours: Diagnostic[][] = [];
  const deep: Diagnostic[][] = [];
  const merged: Diagnostic[][] = [];
  for (const { text } of set) {
    const fast = engine.check(text);
    const found = await harper.check(text);
    ours.push(fast.diagnostics);
    deep.push(found);
    merged.push(mergeDeep(fast, found).diagnostics);
  }
  await harper.dispose();
  return {
    file: `${values.corpus}/grammar/en.json`,
    ours: scoreGrammar(set, ours),
    harper: scoreGrammar(set, deep),
    merged: scoreGrammar(set, merged),
    harperSetupMs,
  };
}

function grammarReport(g: GrammarRun, verbose: boolean): string {
  const row = (name: string, f: GrammarFigures) => [
    name,
    `${f.caught} / ${f.slips}`,
    percent(f.slips ? f.caught / f.slips : 0),
    `${f.flagged} / ${f.correct}`,
    percent(f.correct ? f.flagged / f.correct : 0),
    String(f.falseFlags),
  ];
  const head = ['grammar checker', 'slips caught', 'recall', 'correct sentences flagged', 'false-flag rate', 'false flags'];
  const lines = [
    `English grammar set (${g.file}): ${g.ours.slips} sentences with a slip, ${g.ours.correct} correct; each checked alone`,
    '',
    ...table(head, [row('our rules alone', g.ours), row('Harper alone', g.harper), row('merged (what a rep sees)', g.merged)]),
    '',
    `Grammar findings only (Harper's style findings and its spelling are left out). Harper setup: ${Math.round(g.harperSetupMs)} ms.`,
  ];
  if (verbose) {
    for (const [name, f] of [['our rules', g.ours], ['Harper', g.harper], ['merged', g.merged]] as const) {
      lines.push('', `Missed by ${name} (${f.missed.length})`, ...f.missed.map((t) => `  ${t}`));
      lines.push(`False flags by ${name} (${f.falseOn.length})`, ...f.falseOn.map((x) => `  ${x.ruleId}  "${x.actual}"  in: ${x.text}`));
    }
  }
  return `${lines.join('\n')}\n`;
}
