// `npm run quality`: runs the engine over the labelled corpus (tests/corpus/<lang>/) and prints how many planted
// problems it found per category and how many false findings it made, as a table a README can quote.
import { parseArgs } from 'node:util';
import { createEngine } from '../src/engine/engine';
import { CATEGORIES, LANGUAGES, type Diagnostic, type Language } from '../src/engine/types';
import type { Speller } from '../src/engine/spelling/speller';
import { loadSpeller } from '../src/cli/dictionaries';
import { CorpusError, loadCorpus } from './quality/corpus';
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

const USAGE = `Usage: quality [--lang ${LANGUAGES.join('|')}] [--corpus DIR] [--json] [--verbose] [--check]

Checks every reply in DIR/<lang>/ (default tests/corpus/en/) against its labels.json and prints recall per category
and false findings. --verbose lists every miss and false finding; --json prints machine-readable output; --check
exits 1 when a target is missed (recall >= ${percent(TARGETS.recall)} in every category, <= ${TARGETS.falseWarningsPerCleanReply} warning-or-error
findings per clean reply).`;

function fail(message: string, status = 2): never {
  process.stderr.write(`quality: ${message}\n`);
  process.exit(status);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      lang: { type: 'string', default: 'en' },
      corpus: { type: 'string', default: 'tests/corpus' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (err) {
  fail(`${(err as Error).message}\n${USAGE}`);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const language = values.lang as Language;
if (!LANGUAGES.includes(language)) fail(`unknown language "${values.lang}" (one of ${LANGUAGES.join(', ')})`);

let corpus;
try {
  corpus = await loadCorpus(values.corpus, language);
} catch (err) {
  if (err instanceof CorpusError) fail(`the corpus is not usable:\n  ${err.problems.join('\n  ')}`);
  throw err;
}

let speller: Speller | null = null;
try {
  speller = await loadSpeller(language);
} catch (err) {
  // Still worth running: every other category is measured, and spelling's recall shows plainly as missing.
  process.stderr.write(`quality: ${(err as Error).message}; spelling is not checked\n`);
}

const engine = createEngine({ language, speller, words: corpus.words });
const started = performance.now();
const scores: ReplyScore[] = corpus.replies.map(({ labels, text }) =>
  scoreReply(labels, text, engine.check(text).diagnostics),
);
const elapsedMs = performance.now() - started;
const summary = summarize(scores);
const missed = missedTargets(summary);

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

const misses: Listed[] = scores.flatMap((s) =>
  s.labels
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
    }),
);
const falseOnClean = scores.filter((s) => s.clean).flatMap((s) => s.falseFindings.map((d) => listFinding(s, d)));
const unexpectedInDirty = scores.filter((s) => !s.clean).flatMap((s) => s.falseFindings.map((d) => listFinding(s, d)));

if (values.json) {
  process.stdout.write(
    `${JSON.stringify(
      { language, corpus: corpus.dir, summary, targets: TARGETS, missedTargets: missed, misses, falseOnClean, unexpectedInDirty },
      null,
      2,
    )}\n`,
  );
} else {
  process.stdout.write(report(summary));
  if (values.verbose) process.stdout.write(details());
  process.stdout.write(`\n(${corpus.replies.length} replies checked in ${Math.round(elapsedMs)} ms)\n`);
}
if (values.check && missed.length) process.exit(1);

function report(s: Summary): string {
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
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  // Markdown wants the alignment colon last in the delimiter cell; the cell stays as wide as the ones above it.
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  const infoOnly = CATEGORIES.filter((c) => s.categories[c].foundOnlyAsInfo > 0).map(
    (c) => `${c} ${s.categories[c].foundOnlyAsInfo}`,
  );
  return [
    `ReplyCheck quality, ${language} corpus: ${s.replies} replies (${s.clean} clean, ${s.dirty} with ${s.planted} planted problems)`,
    '',
    line(head),
    rule,
    ...rows.map(line),
    '',
    `False findings per clean reply: ${s.falseOnClean.warningOrErrorPerReply.toFixed(2)} warning-or-error (${s.falseOnClean.warningOrError} on ${s.clean} replies), ${s.falseOnClean.infoPerReply.toFixed(2)} info (${s.falseOnClean.info}).`,
    `Unexpected warning-or-error findings in replies with planted problems: ${s.unexpectedInDirty.warningOrError} on ${s.dirty} replies (${s.unexpectedInDirty.warningOrErrorPerReply.toFixed(2)} a reply).`,
    ...(infoOnly.length ? [`Found only by info-level findings: ${infoOnly.join(', ')}.`] : []),
    missed.length
      ? `Targets missed: ${missed.join('; ')}.`
      : `Targets met: recall >= ${percent(TARGETS.recall)} in every category, <= ${TARGETS.falseWarningsPerCleanReply} warning-or-error per clean reply.`,
    '',
  ].join('\n');
}

function details(): string {
  const where = (l: Listed) => (l.line ? `${l.file}:${l.line}:${l.column}` : `${l.file} (whole reply)`);
  const finding = (l: Listed) =>
    `  ${where(l)}  ${l.severity}  ${l.ruleId}${l.text ? `  "${oneLine(l.text)}"` : ''}  ${l.message ?? ''}`;
  const byRule = new Map<string, number>();
  for (const l of [...falseOnClean, ...unexpectedInDirty]) {
    if (l.severity !== 'info') byRule.set(l.ruleId!, (byRule.get(l.ruleId!) ?? 0) + 1);
  }
  const section = (title: string, lines: string[]) => `\n${title} (${lines.length})\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
  return [
    section(
      'Missed planted problems',
      misses.map((m) => `  ${where(m)}  ${m.category}${m.ruleId ? `  ${m.ruleId}` : ''}${m.text ? `  "${oneLine(m.text)}"` : ''}`),
    ),
    section('False findings on clean replies', falseOnClean.map(finding)),
    section('Unexpected findings in replies with planted problems', unexpectedInDirty.map(finding)),
    section(
      'False warning-or-error findings by rule',
      [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => `  ${String(n).padStart(3)}  ${id}`),
    ),
  ].join('');
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
}
