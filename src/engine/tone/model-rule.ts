// A rule that runs a word-kind model (./model.ts) on every sentence (tone/harsh-sentence is one, with its model and
// wording), and the per-language cue lexicons that model rules and politeness/cold-reply read.
import { defineRule, type Finding, type Rule } from '../rule';
import type { Category, Language } from '../types';
import { CUE_CATEGORIES, CueLexicon, type CueData } from './cues';
import { featureNames, features, probability, strongestFeatures, type ToneModel } from './model';
import en from '../lang/en/tone/cues.json';
import lv from '../lang/lv/tone/cues.json';
import sl from '../lang/sl/tone/cues.json';
import hr from '../lang/hr/tone/cues.json';
import fi from '../lang/fi/tone/cues.json';

const DATA: Record<Language, CueData> = { en, lv, sl, hr, fi } as Record<Language, CueData>;
const names = featureNames(CUE_CATEGORIES);
const lexicons = new Map<Language, CueLexicon>();

/** One compiled lexicon per language, shared by every model rule and built the first time a check needs it. */
export function cueLexicon(language: Language): CueLexicon {
  let lex = lexicons.get(language);
  if (!lex) lexicons.set(language, (lex = new CueLexicon(DATA[language])));
  return lex;
}

export interface ModelRuleSpec {
  id: string;
  category: Category;
  description: string;
  model: ToneModel;
  /** How the features that pushed a sentence up read in the card ("points at the customer with a negation"). */
  says: Partial<Record<string, string>>;
  /** The card's text, given up to two of those readings and up to three of the words behind them. */
  message: (reasons: string[], words: string[]) => string;
}

export function modelRule(spec: ModelRuleSpec): Rule {
  const { model } = spec;
  return defineRule({
    id: spec.id,
    meta: {
      category: spec.category,
      description: spec.description,
      defaultSeverity: 'warning',
      languages: Object.keys(DATA) as Language[],
      scope: 'paragraph',
      fallback: true,
    },
    check(ctx) {
      const lex = cueLexicon(ctx.language);
      const out: Finding[] = [];
      for (const sentence of ctx.sentences) {
        const { words } = sentence;
        if (words.length === 0) continue;
        const hits = lex.find(words);
        const values = features(CUE_CATEGORIES, { hits, wordCount: words.length, text: sentence.text });
        if (probability(model, names, values) < model.threshold) continue;
        // The judgement is of the whole sentence, so the whole sentence is underlined.
        const range: [number, number] = [sentence.range[0], sentence.range[1]];
        const strongest = strongestFeatures(model, names, values);
        const reasons = [...new Set(strongest.map((f) => spec.says[f]).filter((s): s is string => !!s))].slice(0, 2);
        // The rep's own words behind those features, quoted, so the card shows what it read and not only a guess at why.
        // Pronouns are left out: "you" and "we" are in most sentences and say nothing on their own.
        const kinds = new Set(strongest.flatMap((f) => f.split('+')).filter((k) => k !== 'you' && k !== 'we'));
        const quoted = [
          ...new Set(
            hits
              .filter((h) => kinds.has(h.cue))
              .map((h) => ctx.text.slice(words[h.from]!.start, words[h.to]!.end)),
          ),
        ].slice(0, 3);
        out.push({ range, actual: ctx.text.slice(...range), message: spec.message(reasons, quoted) });
      }
      return out;
    },
  });
}
