// Profile validation: size, JSON syntax, profile.schema.json (precompiled by ajv, so no eval under MV3's CSP), then
// what the schema cannot say. An invalid profile is rejected whole, with every bad field named.
import type { Rule } from '../rule';
import { RULES } from '../rules/index';
import type { Profile, ProfileError, ProfileValidation } from './types';
import { MAX_PROFILE_BYTES } from './types';
import validateSchema from './schema-validator.generated.js';
import { schemaErrors } from './schema-messages';
import { findJsonSyntaxError } from './json-syntax';
import { semanticErrors } from './semantic';

/** More than this many problems and the rest are summed up in one line: nobody reads the 5,001st. */
export const MAX_REPORTED_ERRORS = 100;

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;

function tooLarge(bytes: number): ProfileError {
  return { path: '', message: `is too large: ${kb(bytes)}, and a profile can be at most ${kb(MAX_PROFILE_BYTES)}` };
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** JSON text → value, or the reason it is not JSON with the line and column of the mistake. */
export function parseProfileText(text: string): { ok: true; value: unknown } | { ok: false; error: ProfileError } {
  // A byte order mark is what some Windows editors save; it is not a mistake a team lead can see.
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const found = findJsonSyntaxError(body);
    if (found) return { ok: false, error: { path: '', message: `is not valid JSON (${lineColumn(body, found.offset)}): ${found.reason}` } };
    const raw = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { path: '', message: `is not valid JSON: ${raw}` } };
  }
}

function cap(errors: ProfileError[]): ProfileError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return errors;
  const rest = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: '', message: `has ${rest.toLocaleString('en')} more problem${rest === 1 ? '' : 's'} not listed here` },
  ];
}

/**
 * Validates a profile given as JSON text (a file, a download) or as an already-parsed value (storage.managed).
 * `builtins` is the rule registry the ids are checked against; tests pass their own.
 */
export function validateProfile(input: unknown, builtins: readonly Rule[] = RULES): ProfileValidation {
  let doc = input;
  if (typeof input === 'string') {
    const bytes = new TextEncoder().encode(input).length;
    if (bytes > MAX_PROFILE_BYTES) return { ok: false, errors: [tooLarge(bytes)] };
    const parsed = parseProfileText(input);
    if (!parsed.ok) return { ok: false, errors: [parsed.error] };
    doc = parsed.value;
  } else {
    let text: string | undefined;
    try {
      text = JSON.stringify(input);
    } catch {
      return { ok: false, errors: [{ path: '', message: 'cannot be read as JSON (it refers to itself)' }] };
    }
    if (text === undefined) return { ok: false, errors: [{ path: '', message: 'is empty: there is no profile here' }] };
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_PROFILE_BYTES) return { ok: false, errors: [tooLarge(bytes)] };
    // Validate a copy: the caller's object stays theirs, and what is kept is plain JSON data.
    doc = JSON.parse(text);
  }

  const schemaOk = validateSchema(doc);
  const errors = [
    ...(schemaOk ? [] : schemaErrors(validateSchema.errors ?? [], doc)),
    ...semanticErrors(doc, builtins),
  ];
  if (errors.length > 0) return { ok: false, errors: cap(errors) };
  return { ok: true, profile: doc as Profile };
}

/** One line per error, as the CLI and the options page print them: `/rules/tone~1blame: there is no rule …`. */
export function formatProfileError(e: ProfileError): string {
  return `${e.path === '' ? '/' : e.path}: ${e.message}`;
}
