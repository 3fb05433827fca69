// The worked example a team lead copies from the README must be a valid profile that does what the text says.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { validateProfile } from '../../src/engine/profile/validate';

function readmeExample(): unknown {
  const readme = readFileSync('README.md', 'utf8');
  const at = readme.indexOf('### A worked example');
  const block = /```json\n([\s\S]*?)```/.exec(readme.slice(at));
  expect(block, 'the README has a JSON example under "A worked example"').not.toBeNull();
  return JSON.parse(block![1]!);
}

it("the README's worked example profile is valid", () => {
  const result = validateProfile(readmeExample());
  expect(result).toMatchObject({ ok: true });
});
