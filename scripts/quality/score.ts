// Scores the engine's findings against a labelled corpus: which planted problems were found, and which findings
// were false. Pure functions on plain data, so tests/quality can check the arithmetic on a handmade example.
import { CATEGORIES, type Category, type Diagnostic, type Range } from '../../src/engine/types';

/** A problem at one place: the `occurrence`-th (1-based) exact, case-sensitive occurrence of `text` in the file. */
export interface SpanLabel {
  category: Category;
  text: string;
  occurrence?: number;
}

/** A problem of the whole reply (no greeting, a curt tone throughout): found when the rule, or the category, reports. */
export interface DocumentLabel {
  category: Category;
  document: true;
  rule?: string;
}

export type Label = SpanLabel | DocumentLabel;

export interface ReplyLabels {
  file: string;
  /** A clean reply has nothing planted: every finding on it is false. */
  clean: boolean;
  /** What the reply is meant to exercise (spelling variety, quoted rudeness…); not used in scoring. */
  note?: string;
  planted: Label[];
}

export function isDocumentLabel(label: Label): label is DocumentLabel {
  return 'document' in label && label.document === true;
}

const RULE_ID = /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every problem with the labels file, one line each; empty when it is well-formed. */
export function validateLabels(data: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(data)) return ['the labels file must be a JSON array of replies'];
  const seen = new Set<string>();
  data.forEach((entry: unknown, i) => {
    const at = `[${i}]`;
    if (typeof entry !== 'object' || entry === null) {
      problems.push(`${at}: must be an object`);
      return;
    }
    const reply = entry as Record<string, unknown>;
    const where = typeof reply.file === 'string' ? reply.file : at;
    if (typeof reply.file !== 'string' || !reply.file.endsWith('.txt')) problems.push(`${at}: "file" must name a .txt file`);
    else if (seen.has(reply.file)) problems.push(`${where}: listed twice`);
    else seen.add(reply.file);
    if (typeof reply.clean !== 'boolean') problems.push(`${where}: "clean" must be true or false`);
    if (reply.note !== undefined && typeof reply.note !== 'string') problems.push(`${where}: "note" must be a string`);
    for (const key of Object.keys(reply)) {
      if (!['file', 'clean', 'note', 'planted'].includes(key)) problems.push(`${where}: unknown field "${key}"`);
    }
    if (!Array.isArray(reply.planted)) {
      problems.push(`${where}: "planted" must be an array`);
      return;
    }
    if (reply.clean === true && reply.planted.length > 0) problems.push(`${where}: a clean reply has nothing planted`);
    if (reply.clean === false && reply.planted.length === 0) problems.push(`${where}: a reply that is not clean needs a planted problem`);
    reply.planted.forEach((l: unknown, j) => {
      const lat = `${where} planted[${j}]`;
      if (typeof l !== 'object' || l === null) {
        problems.push(`${lat}: must be an object`);
        return;
      }
      const label = l as Record<string, unknown>;
      if (!CATEGORIES.includes(label.category as Category)) {
        problems.push(`${lat}: "category" must be one of ${CATEGORIES.join(', ')}`);
      }
      if (label.document !== undefined) {
        if (label.document !== true) problems.push(`${lat}: "document" must be true when present`);
        if (label.text !== undefined || label.occurrence !== undefined) {
          problems.push(`${lat}: a document label has no "text" or "occurrence"`);
        }
        if (label.rule !== undefined) {
          if (typeof label.rule !== 'string' || !RULE_ID.test(label.rule)) problems.push(`${lat}: "rule" must be a rule id`);
          else if (label.rule.split('/')[0] !== label.category) problems.push(`${lat}: "rule" is not in category "${String(label.category)}"`);
        }
        for (const key of Object.keys(label)) {
          if (!['category', 'document', 'rule'].includes(key)) problems.push(`${lat}: unknown field "${key}"`);
        }
      } else {
        if (typeof label.text !== 'string' || label.text.trim() === '') problems.push(`${lat}: "text" must be non-empty`);
        if (label.occurrence !== undefined && !(Number.isInteger(label.occurrence) && (label.occurrence as number) >= 1)) {
          problems.push(`${lat}: "occurrence" must be a whole number from 1`);
        }
        for (const key of Object.keys(label)) {
          if (!['category', 'text', 'occurrence'].includes(key)) problems.push(`${lat}: unknown field "${key}"`);
        }
      }
    });
  });
  return problems;
}

/** The range of a span label in `text`, or null when the text has fewer occurrences than the label asks for. */
export function locate(text: string, label: SpanLabel): Range | null {
  const wanted = label.occurrence ?? 1;
  let at = -1;
  for (let n = 0; n < wanted; n++) {
    at = text.indexOf(label.text, at + 1);
    if (at < 0) return null;
  }
  return [at, at + label.text.length];
}

function overlaps(a: Range, b: Range): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

function matchesDocument(label: DocumentLabel, d: Diagnostic): boolean {
  return label.rule ? d.ruleId === label.rule : d.category === label.category;
}

export interface LabelResult {
  label: Label;
  /** Where a span label sits in the reply; null for a document label. */
  range: Range | null;
  /** The findings that count as finding it; empty when it was missed. */
  foundBy: Diagnostic[];
}

export interface ReplyScore {
  file: string;
  text: string;
  clean: boolean;
  labels: LabelResult[];
  /** On a clean reply every finding; on a reply with planted problems, the findings that match no label. */
  falseFindings: Diagnostic[];
}

/** Scores one reply. Throws when a span label cannot be found in the text: the labels are wrong, not the engine. */
export function scoreReply(reply: ReplyLabels, text: string, diagnostics: readonly Diagnostic[]): ReplyScore {
  const labels: LabelResult[] = reply.planted.map((label) => {
    if (isDocumentLabel(label)) {
      return { label, range: null, foundBy: diagnostics.filter((d) => matchesDocument(label, d)) };
    }
    const range = locate(text, label);
    if (!range) {
      throw new Error(`${reply.file}: "${label.text}" does not occur ${label.occurrence ?? 1} time(s)`);
    }
    return {
      label,
      range,
      foundBy: diagnostics.filter((d) => d.category === label.category && overlaps(d.range, range)),
    };
  });
  // A finding that touches any planted problem is not counted as false, whatever its category: a blunt "calm down"
  // may fairly be called rude by the politeness rules as well as by the tone rules.
  const expected = (d: Diagnostic) =>
    labels.some((r) =>
      r.range ? overlaps(d.range, r.range) : matchesDocument(r.label as DocumentLabel, d),
    );
  const falseFindings = reply.clean ? [...diagnostics] : diagnostics.filter((d) => !expected(d));
  return { file: reply.file, text, clean: reply.clean, labels, falseFindings };
}

export interface CategoryFigures {
  planted: number;
  found: number;
  /** Found, but only by `info` findings, which a rep may not notice. */
  foundOnlyAsInfo: number;
  /** found / planted, or null when nothing of this category is planted. */
  recall: number | null;
  /** Findings of this category on clean replies. */
  falseOnClean: { warningOrError: number; info: number };
  /** Findings of this category on replies with planted problems that match no label. */
  unexpectedInDirty: { warningOrError: number; info: number };
}

export interface Summary {
  replies: number;
  clean: number;
  dirty: number;
  planted: number;
  found: number;
  categories: Record<Category, CategoryFigures>;
  falseOnClean: { warningOrError: number; info: number; warningOrErrorPerReply: number; infoPerReply: number };
  unexpectedInDirty: { warningOrError: number; info: number; warningOrErrorPerReply: number };
}

const isWarningOrError = (d: Diagnostic) => d.severity !== 'info';

export function summarize(scores: readonly ReplyScore[]): Summary {
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      {
        planted: 0,
        found: 0,
        foundOnlyAsInfo: 0,
        recall: null,
        falseOnClean: { warningOrError: 0, info: 0 },
        unexpectedInDirty: { warningOrError: 0, info: 0 },
      } satisfies CategoryFigures,
    ]),
  ) as Record<Category, CategoryFigures>;
  for (const s of scores) {
    for (const r of s.labels) {
      const figures = categories[r.label.category];
      figures.planted++;
      if (r.foundBy.length > 0) figures.found++;
      if (r.foundBy.length > 0 && !r.foundBy.some(isWarningOrError)) figures.foundOnlyAsInfo++;
    }
    for (const d of s.falseFindings) {
      const bucket = s.clean ? categories[d.category].falseOnClean : categories[d.category].unexpectedInDirty;
      if (isWarningOrError(d)) bucket.warningOrError++;
      else bucket.info++;
    }
  }
  for (const figures of Object.values(categories)) {
    figures.recall = figures.planted > 0 ? figures.found / figures.planted : null;
  }
  const clean = scores.filter((s) => s.clean).length;
  const dirty = scores.length - clean;
  const sum = (f: (c: CategoryFigures) => number) => Object.values(categories).reduce((n, c) => n + f(c), 0);
  const cleanWE = sum((c) => c.falseOnClean.warningOrError);
  const cleanInfo = sum((c) => c.falseOnClean.info);
  const dirtyWE = sum((c) => c.unexpectedInDirty.warningOrError);
  return {
    replies: scores.length,
    clean,
    dirty,
    planted: sum((c) => c.planted),
    found: sum((c) => c.found),
    categories,
    falseOnClean: {
      warningOrError: cleanWE,
      info: cleanInfo,
      warningOrErrorPerReply: clean ? cleanWE / clean : 0,
      infoPerReply: clean ? cleanInfo / clean : 0,
    },
    unexpectedInDirty: {
      warningOrError: dirtyWE,
      info: sum((c) => c.unexpectedInDirty.info),
      warningOrErrorPerReply: dirty ? dirtyWE / dirty : 0,
    },
  };
}

/**
 * The targets of the common brief, the same for every language: recall ≥ 90 % in every category, ≤ 0.1
 * warning-or-error per clean reply, and the language told right on ≥ 95 % of paragraphs of 20 or more words.
 */
export const TARGETS = { recall: 0.9, falseWarningsPerCleanReply: 0.1, detection: 0.95 } as const;

/** One line per missed target; empty when every target is met. */
export function missedTargets(summary: Summary, targets = TARGETS): string[] {
  const missed: string[] = [];
  for (const c of CATEGORIES) {
    const { recall } = summary.categories[c];
    if (recall !== null && recall < targets.recall) {
      missed.push(`${c} recall ${percent(recall)} is below ${percent(targets.recall)}`);
    }
  }
  const perReply = summary.falseOnClean.warningOrErrorPerReply;
  if (perReply > targets.falseWarningsPerCleanReply) {
    missed.push(
      `${perReply.toFixed(2)} warning-or-error findings per clean reply is above ${targets.falseWarningsPerCleanReply}`,
    );
  }
  return missed;
}

export function percent(x: number): string {
  return `${Math.round(x * 100)} %`;
}

/** 1-based line and column of a UTF-16 offset, as editors and linters print them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
