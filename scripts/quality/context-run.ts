// Runs the engine over the reply-vs-customer-message corpus and formats the figures, for scripts/quality.ts.
import { createEngine } from '../../src/engine/engine';
import type { Diagnostic, Language } from '../../src/engine/types';
import {
  CONTEXT_CHECKS,
  CONTEXT_RULE_IDS,
  CONTEXT_TARGETS,
  contextLanguages,
  loadContextCorpus,
  missedContextTargets,
  scorePair,
  summarizeContext,
  type ContextCheck,
  type ContextSummary,
  type PairScore,
} from './context';
import { percent } from './score';

export interface ContextRun {
  language: Language;
  file: string;
  summary: ContextSummary;
  scores: PairScore[];
  missedTargets: string[];
  /** Pairs the engine threw on: left out of the figures. */
  engineErrors: { id: string; message: string }[];
}

export interface ContextResult {
  dir: string;
  runs: ContextRun[];
  /** Languages asked for that have no file. */
  skipped: Language[];
}

/**
 * Checks every pair of every language with a file in `dir` (of `languages`, when given). Spelling is left out: these
 * rules do not read it, and loading five dictionaries would cost seconds for nothing.
 */
export async function runContextQuality(dir: string, languages?: readonly Language[]): Promise<ContextResult> {
  const present = await contextLanguages(dir);
  const wanted = languages ?? (['en', 'lv', 'sl', 'hr', 'fi'] as Language[]);
  const runs: ContextRun[] = [];
  const skipped: Language[] = [];
  for (const language of wanted) {
    if (!present.includes(language)) {
      skipped.push(language);
      continue;
    }
    const corpus = await loadContextCorpus(dir, language);
    if (!corpus) {
      skipped.push(language);
      continue;
    }
    const engine = createEngine({ language, speller: null });
    const scores: PairScore[] = [];
    const engineErrors: ContextRun['engineErrors'] = [];
    for (const pair of corpus.pairs) {
      let diagnostics: Diagnostic[];
      try {
        diagnostics = engine
          .check(pair.reply, { customer: pair.customer, attachments: pair.attachments })
          .diagnostics.filter((d) => CONTEXT_RULE_IDS.includes(d.ruleId));
      } catch (err) {
        engineErrors.push({ id: pair.id, message: (err as Error).message });
        continue;
      }
      scores.push(scorePair(pair, diagnostics));
    }
    const summary = summarizeContext(scores);
    const missed = missedContextTargets(summary);
    if (engineErrors.length) missed.unshift(`the engine could not check ${engineErrors.length} of ${corpus.pairs.length} pairs (${engineErrors[0]!.message})`);
    runs.push({ language, file: corpus.file, summary, scores, missedTargets: missed, engineErrors });
  }
  return { dir, runs, skipped };
}

const LABELS: Record<ContextCheck, string> = {
  unanswered: CONTEXT_CHECKS.unanswered,
  frustration: CONTEXT_CHECKS.frustration,
  greetingName: CONTEXT_CHECKS.greetingName,
  missingAttachment: CONTEXT_CHECKS.missingAttachment,
};

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)];
}

const rate = (x: number | null) => (x === null ? '–' : percent(x));

/** The report: a table per language, the misses and false findings with --verbose, then one summary table. */
export function formatContextResult(result: ContextResult, verbose = false): string {
  const out: string[] = [];
  if (result.runs.length === 0) {
    out.push(`Reply vs customer message: no corpus in ${result.dir} (one <lang>.json per language); not measured.`, '');
    return out.join('\n');
  }
  for (const r of result.runs) {
    const s = r.summary;
    out.push(`ReplyCheck quality, reply vs customer message, ${r.language} (${r.file}): ${s.pairs} pairs`, '');
    out.push(
      ...table(
        ['check', 'found / expected', 'recall', 'false findings', 'pairs not expecting it'],
        (Object.keys(LABELS) as ContextCheck[]).map((c) => {
          const f = s.checks[c];
          return [LABELS[c], `${f.found} / ${f.expected}`, rate(f.recall), String(f.falseFindings), String(f.pairsNotExpecting)];
        }),
      ),
    );
    const fu = s.falseUnanswered;
    out.push(
      '',
      `False "unanswered": ${fu.pairs} of ${fu.of} pairs where every question was answered (${rate(fu.rate)}; target <= ${percent(CONTEXT_TARGETS.falseUnansweredRate)}).`,
      r.missedTargets.length ? `Targets missed (${r.language}): ${r.missedTargets.join('; ')}.` : `Targets met (${r.language}).`,
    );
    if (verbose) out.push(...details(r));
    out.push('');
  }
  out.push('Reply vs customer message, all languages', '');
  out.push(
    ...table(
      ['language', 'pairs', ...(Object.keys(LABELS) as ContextCheck[]).map((c) => `${LABELS[c].split('/')[1]} recall (false)`), 'false unanswered', 'targets'],
      result.runs.map((r) => [
        r.language,
        String(r.summary.pairs),
        ...(Object.keys(LABELS) as ContextCheck[]).map((c) => `${rate(r.summary.checks[c].recall)} (${r.summary.checks[c].falseFindings})`),
        `${rate(r.summary.falseUnanswered.rate)} (${r.summary.falseUnanswered.pairs}/${r.summary.falseUnanswered.of})`,
        r.missedTargets.length ? `missed ${r.missedTargets.length}` : 'met',
      ]),
    ),
  );
  if (result.skipped.length) out.push('', `No corpus file for ${result.skipped.join(', ')} in ${result.dir}: not measured.`);
  out.push('');
  return out.join('\n');
}

function details(r: ContextRun): string[] {
  const lines: string[] = [];
  for (const e of r.engineErrors) lines.push(`  ${e.id}  engine error: ${e.message}`);
  for (const s of r.scores) {
    for (const q of s.unanswered.missed) lines.push(`  ${s.id}  missed unanswered: "${q}"`);
    for (const q of s.unanswered.falseFindings) lines.push(`  ${s.id}  false unanswered: "${q}"`);
    for (const [check, f] of Object.entries(s.flags)) {
      if (f.expected && !f.hit) lines.push(`  ${s.id}  missed ${CONTEXT_CHECKS[check as ContextCheck]}`);
      if (f.falseFinding) lines.push(`  ${s.id}  false ${CONTEXT_CHECKS[check as ContextCheck]}`);
    }
  }
  return ['', `Misses and false findings (${lines.length})`, ...lines];
}
