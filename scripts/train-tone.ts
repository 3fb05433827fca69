// `npm run train:tone`: learns the tone model (src/engine/tone/model.ts, rule tone/harsh-sentence) from the labelled
// sentences of the development sets, measures it set by set with each set held out in turn, and with --write saves it
// to src/engine/tone/model.json. --target politeness measures the same features on politeness labels (an experiment:
// held out, it found 3 more of 72 labels for 18 false findings on 243 clean replies, so no politeness model ships;
// it cannot be written).
//
//   train-tone [--target tone|politeness] [--write] [--threshold P] [--lambda L] [--eval DIR…]
//
// A sentence of a rep's reply is a positive when a planted problem of the target's category sits in it, a negative
// otherwise. Sentences with a planted problem of the other category, and replies labelled curt throughout, are left
// out of training: what they are is not labelled. Held-out figures are what matter: "recall" is of the category's
// labels found by the phrase rules alone and by the phrase rules with the model, and "false" counts the sentences the
// model alone flags that match no label (a sentence a phrase rule already flags is one finding either way). --eval
// DIR… measures the saved model on other sets without training on them.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/engine/engine';
import { buildContext } from '../src/engine/context';
import { LANGUAGES, type Diagnostic, type Language, type Range } from '../src/engine/types';
import { CUE_CATEGORIES, CueLexicon, type CueData } from '../src/engine/tone/cues';
import { featureNames, features, probability, type ToneModel } from '../src/engine/tone/model';
import { corpusLanguages, loadCorpus } from './quality/corpus';
import { isDocumentLabel, locate, type SpanLabel } from './quality/score';
import { overlaps } from '../src/engine/text/ranges';

/** The model's own rule: off while measuring, so "the phrase rules" are the rules without it. */
const MODEL_RULE = 'tone/harsh-sentence';
const TARGETS = {
  tone: { category: 'tone', other: 'politeness', file: 'src/engine/tone/model.json', threshold: 0.9 },
  politeness: { category: 'politeness', other: 'tone', file: null, threshold: 0.9 },
} as const;
const TRAINING_SETS = ['tests/corpus', 'tests/corpus-fresh', 'tests/corpus-holdout', 'tests/corpus-blind', 'tests/corpus-blind-2'];

const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    threshold: { type: 'string' },
    lambda: { type: 'string', default: '0.002' },
    eval: { type: 'string', multiple: true, default: [] },
    target: { type: 'string', default: 'tone' },
    verbose: { type: 'boolean', short: 'v', default: false },
    entries: { type: 'boolean', default: false },
    hand: { type: 'string' },
  },
});

if (!(values.target! in TARGETS)) throw new Error(`--target is tone or politeness, not ${values.target}`);
const target = TARGETS[values.target as keyof typeof TARGETS];

interface Sample {
  set: string;
  language: Language;
  file: string;
  clean: boolean;
  text: string;
  range: Range;
  x: number[];
  y: 0 | 1;
  /** Its tone is not labelled: a planted politeness problem in it, or a reply curt throughout. */
  unlabelled: boolean;
  /** A tone finding of the phrase rules overlaps it. */
  flaggedByRules: boolean;
  /** Indexes (into the set's tone labels) of the tone labels it holds. */
  toneLabels: string[];
  /** It overlaps some planted label of any category. */
  anyLabel: boolean;
  /** The lexicon entries that matched in it, as written. */
  entries: string[];
}

interface ToneLabel {
  key: string;
  set: string;
  language: Language;
  foundByRules: boolean;
}

const names = featureNames(CUE_CATEGORIES);

async function lexicon(language: Language): Promise<CueLexicon> {
  const data = JSON.parse(await readFile(`src/engine/lang/${language}/tone/cues.json`, 'utf8')) as CueData;
  return new CueLexicon(data);
}

async function loadSet(dir: string): Promise<{ samples: Sample[]; labels: ToneLabel[] }> {
  const samples: Sample[] = [];
  const labels: ToneLabel[] = [];
  for (const language of await corpusLanguages(dir)) {
    if (!LANGUAGES.includes(language)) continue;
    const corpus = await loadCorpus(dir, language);
    const engine = createEngine({ language, speller: null, words: corpus.words, rules: { [MODEL_RULE]: 'off' } });
    const lex = await lexicon(language);
    for (const { labels: reply, text } of corpus.replies) {
      const diagnostics: Diagnostic[] = engine.check(text).diagnostics;
      const toneFindings = diagnostics.filter((d) => d.category === target.category && d.range[0] !== d.range[1]);
      const spans = reply.planted
        .filter((l): l is SpanLabel => !isDocumentLabel(l))
        .map((l) => ({ label: l, range: locate(text, l)! }));
      const curtThroughout = reply.planted.some((l) => isDocumentLabel(l) && l.category === 'politeness');
      const tone = spans
        .filter((s) => s.label.category === target.category)
        .map((s, i) => ({ ...s, key: `${dir}|${language}|${reply.file}|${i}` }));
      for (const t of tone) {
        labels.push({
          key: t.key,
          set: dir,
          language,
          foundByRules: toneFindings.some((d) => overlaps(d.range, t.range)),
        });
      }
      const ctx = buildContext({ text, language });
      for (const sentence of ctx.sentences) {
        if (sentence.words.length === 0) continue;
        const hits = lex.find(sentence.words);
        const x = features(CUE_CATEGORIES, { hits, wordCount: sentence.words.length, text: sentence.text });
        const held = tone.filter((t) => overlaps(t.range, sentence.range));
        samples.push({
          set: dir,
          language,
          file: reply.file,
          clean: reply.clean,
          text: sentence.text,
          range: sentence.range,
          x,
          y: held.length ? 1 : 0,
          unlabelled:
            curtThroughout ||
            spans.some((s) => s.label.category === target.other && overlaps(s.range, sentence.range)),
          flaggedByRules: toneFindings.some((d) => overlaps(d.range, sentence.range)),
          toneLabels: held.map((t) => t.key),
          anyLabel: spans.some((s) => overlaps(s.range, sentence.range)),
          entries: hits.map((h) => `${h.cue}:${h.entry}`),
        });
      }
    }
  }
  return { samples, labels };
}

/** L2-regularised logistic regression by full-batch gradient descent; positives weighted to balance the classes. */
function train(samples: readonly Sample[], lambda: number): ToneModel {
  const data = samples.filter((s) => !s.unlabelled);
  const n = names.length;
  const w = new Float64Array(n);
  let b = 0;
  const positives = data.filter((s) => s.y === 1).length;
  const posWeight = positives ? (data.length - positives) / positives / 2 : 1;
  const rate = 0.5;
  for (let iter = 0; iter < 3000; iter++) {
    const gw = new Float64Array(n);
    let gb = 0;
    let total = 0;
    for (const s of data) {
      let z = b;
      for (let i = 0; i < n; i++) if (s.x[i]) z += w[i]! * s.x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = s.y ? posWeight : 1;
      const g = (p - s.y) * weight;
      for (let i = 0; i < n; i++) if (s.x[i]) gw[i]! += g * s.x[i]!;
      gb += g;
      total += weight;
    }
    for (let i = 0; i < n; i++) w[i]! -= rate * (gw[i]! / total + lambda * w[i]!);
    b -= rate * (gb / total);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    if (Math.abs(w[i]!) >= 1e-3) weights[name] = Math.round(w[i]! * 1000) / 1000;
  });
  return { weights, bias: Math.round(b * 1000) / 1000, threshold: 0.5 };
}

interface Figures {
  labels: number;
  byRules: number;
  withModel: number;
  /** Found by the model alone, whatever the phrase rules do: how far it reads tone by itself. */
  byModel: number;
  cleanReplies: number;
  falseOnClean: number;
  falseInDirty: number;
  flagged: string[];
}

function measure(model: ToneModel, threshold: number, samples: readonly Sample[], labels: readonly ToneLabel[]): Figures {
  const flagged = samples.filter((s) => probability(model, names, s.x) >= threshold);
  const foundByModel = new Set(flagged.flatMap((s) => s.toneLabels));
  const extra = flagged.filter((s) => !s.anyLabel && !s.flaggedByRules);
  const cleanReplies = new Set(samples.filter((s) => s.clean).map((s) => `${s.set}|${s.language}|${s.file}`)).size;
  return {
    labels: labels.length,
    byRules: labels.filter((l) => l.foundByRules).length,
    withModel: labels.filter((l) => l.foundByRules || foundByModel.has(l.key)).length,
    byModel: labels.filter((l) => foundByModel.has(l.key)).length,
    cleanReplies,
    falseOnClean: extra.filter((s) => s.clean).length,
    falseInDirty: extra.filter((s) => !s.clean).length,
    flagged: extra.map((s) => `${s.language} ${s.file}: ${s.text.replace(/\s+/g, ' ').slice(0, 110)}`),
  };
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)} %` : '–');
const THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9];

function row(name: string, f: Figures): string {
  return (
    `${name.padEnd(28)} ${target.category} recall ${pct(f.byRules, f.labels).padStart(5)} → ${pct(f.withModel, f.labels).padStart(5)}` +
    ` (${f.byRules} → ${f.withModel} of ${f.labels}; model alone ${pct(f.byModel, f.labels)})   model's false: ${f.falseOnClean} on ${f.cleanReplies} clean replies` +
    ` (${(f.falseOnClean / Math.max(1, f.cleanReplies)).toFixed(2)} each), ${f.falseInDirty} in planted ones`
  );
}

const lambda = Number(values.lambda);
/** --hand FILE: weights written by hand instead of learnt, measured the same way (nothing is trained or written). */
const hand = values.hand ? (JSON.parse(await readFile(values.hand, 'utf8')) as ToneModel) : null;

/**
 * --entries: per language, the entries of the telling kinds (not warmth, "you", "we", the company…) that match at least
 * five times in sentences with no planted problem and at least eight times as often there as in sentences with one of
 * the target's category: the candidates for words too common to tell anything.
 */
const NEUTRAL_CUES = new Set(['warmth', 'apology', 'help_offer', 'hedge', 'informing', 'you', 'you_verb', 'we', 'company']);
function entryReport(samples: readonly Sample[]): void {
  for (const language of LANGUAGES) {
    const counts = new Map<string, { clean: number; positive: number }>();
    for (const s of samples.filter((x) => x.language === language && !x.unlabelled)) {
      for (const e of new Set(s.entries)) {
        const c = counts.get(e) ?? { clean: 0, positive: 0 };
        if (s.y) c.positive++;
        else if (!s.anyLabel) c.clean++;
        counts.set(e, c);
      }
    }
    const noisy = [...counts]
      .filter(([e, c]) => !NEUTRAL_CUES.has(e.split(':')[0]!) && c.clean >= 5 && c.clean >= 8 * c.positive)
      .sort((a, b) => b[1].clean - a[1].clean);
    process.stdout.write(`${language}: ${noisy.map(([e, c]) => `${e} ${c.clean}/${c.positive}`).join(', ')}\n`);
  }
}
const sets = new Map<string, { samples: Sample[]; labels: ToneLabel[] }>();
for (const dir of TRAINING_SETS) sets.set(dir, await loadSet(dir));

if (values.entries) {
  entryReport([...sets.values()].flatMap((s) => s.samples));
  process.exit(0);
}
if (values.eval.length === 0) {
  process.stdout.write(`Held out one set at a time (trained on the others), λ = ${lambda}:\n`);
  for (const threshold of values.threshold ? [Number(values.threshold)] : THRESHOLDS) {
    process.stdout.write(`\nthreshold ${threshold}\n`);
    const total: Figures = { labels: 0, byRules: 0, withModel: 0, byModel: 0, cleanReplies: 0, falseOnClean: 0, falseInDirty: 0, flagged: [] };
    for (const [dir, held] of sets) {
      const model = hand ?? train([...sets].filter(([d]) => d !== dir).flatMap(([, s]) => s.samples), lambda);
      const f = measure(model, threshold, held.samples, held.labels);
      process.stdout.write(`  ${row(dir, f)}\n`);
      if (values.verbose) for (const line of f.flagged) process.stdout.write(`      false: ${line}\n`);
      for (const k of ['labels', 'byRules', 'withModel', 'byModel', 'cleanReplies', 'falseOnClean', 'falseInDirty'] as const) total[k] += f[k];
    }
    process.stdout.write(`  ${row('all, each held out', total)}\n`);
  }
}

const model = train([...sets.values()].flatMap((s) => s.samples), lambda);
model.threshold = values.threshold ? Number(values.threshold) : target.threshold;
if (values.write && !target.file) throw new Error(`no ${target.category} model ships, so there is none to write`);
if (values.write && target.file) {
  const positives = [...sets.values()].flatMap((s) => s.samples).filter((s) => s.y === 1 && !s.unlabelled).length;
  const sentences = [...sets.values()].flatMap((s) => s.samples).filter((s) => !s.unlabelled).length;
  const saved: ToneModel = {
    $comment:
      `Written by scripts/train-tone.ts (npm run train:tone -- --target ${values.target} --write) from ${sentences} ` +
      `sentences of ${TRAINING_SETS.join(', ')} (${positives} with a planted ${target.category} problem), ` +
      `λ = ${lambda}. Do not edit by hand.`,
    ...model,
  };
  await writeFile(target.file, `${JSON.stringify(saved, null, 2)}\n`);
  process.stdout.write(`\nsaved ${target.file} (threshold ${model.threshold})\n`);
  const top = Object.entries(model.weights).sort((a, b) => b[1] - a[1]);
  process.stdout.write(`strongest: ${top.slice(0, 12).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  process.stdout.write(`weakest: ${top.slice(-8).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
}
const savedFile = target.file;
if (savedFile) for (const dir of values.eval) {
  const set = await loadSet(dir);
  const saved = JSON.parse(await readFile(savedFile, 'utf8')) as ToneModel;
  const f = measure(saved, saved.threshold, set.samples, set.labels);
  process.stdout.write(`\nsaved model on ${row(dir, f)}\n`);
  if (values.verbose) for (const line of f.flagged) process.stdout.write(`      false: ${line}\n`);
}
