// The committed standalone validator must be exactly what the schema compiles to today, so it can never go stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compileProfileSchema,
  SCHEMA_PATH,
  TYPES_PATH,
  VALIDATOR_PATH,
  VALIDATOR_TYPES,
} from '../../scripts/compile-profile-schema';

describe('the precompiled profile validator', () => {
  it('is what profile.schema.json compiles to (run `npm run profile:schema` after editing the schema)', () => {
    expect(readFileSync(VALIDATOR_PATH, 'utf8')).toBe(compileProfileSchema(readFileSync(SCHEMA_PATH, 'utf8')));
    expect(readFileSync(TYPES_PATH, 'utf8')).toBe(VALIDATOR_TYPES);
  });

  it('needs no eval and no imports, so it runs under the extension\'s CSP and in the CLI alike', () => {
    const code = readFileSync(VALIDATOR_PATH, 'utf8');
    expect(code).not.toMatch(/\beval\(|new Function\(|\brequire\(|^import /m);
  });
});
