// How many cases each reliability property runs, in one place so the README can quote them. Tuned so the whole
// reliability suite stays within about a minute on a 2-core machine that is busy with other work; raise them
// locally to search harder (RELIABILITY_RUNS_FACTOR=10 npx vitest run tests/reliability).
const factor = Number(process.env.RELIABILITY_RUNS_FACTOR ?? 1) || 1;

const BASE = {
  /** Whole drafts through the engine with every rule and the English dictionary: ranges, fixes, plain data. */
  engineInvariants: 200,
  /** The same draft checked twice, and by a second engine: the same answer. */
  deterministic: 40,
  /** Quoted and signature blocks the compose box marks (hints), as an adapter sends them. */
  hints: 80,
  /** Marks no adapter should send: out of range, backwards, NaN, fractions. */
  nonsenseHints: 60,
  /** Drafts through the engine in each other supported language (Latvian, Slovenian, Croatian, Finnish), each. */
  otherLanguages: 40,
  /** Drafts checked against a customer's message (itself any draft) and an attachment count: the context rules. */
  withCustomer: 80,
  /** Every registered rule on its own, on the same drafts. */
  eachRuleAlone: 100,
  /** Applying a fix, then checking again: the fixed text is as safe as the first. */
  recheckAfterFix: 50,
  /** Edit sequences re-checked by a long-lived engine (paragraph cache) against a fresh whole-draft check. */
  incremental: 60,
  /** A piece repeated into a long paste, checked within a time bound: finds quadratic code. */
  longRepeats: 12,
  /** Random bytes decoded as UTF-8, Latin-1 or UTF-16, given to the profile validator. */
  garbageProfiles: 300,
} as const;

export const RUNS: { readonly [K in keyof typeof BASE]: number } = Object.fromEntries(
  Object.entries(BASE).map(([k, v]) => [k, Math.round(v * factor)]),
) as { [K in keyof typeof BASE]: number };

/** Room for one property at these counts on a busy machine, scaled with them. */
export const PROPERTY_TIMEOUT = 60_000 * factor;
