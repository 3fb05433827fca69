// Shared bits for the profile tests: a minimal valid profile to break one field at a time.
import type { Profile, ProfileError } from '../../src/engine/profile/types';
import { validateProfile } from '../../src/engine/profile/validate';

export function minimal(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 1, name: 'Test team', ...extra };
}

export function errorsOf(input: unknown): ProfileError[] {
  const v = validateProfile(input);
  if (v.ok) throw new Error(`expected the profile to be rejected: ${JSON.stringify(input).slice(0, 200)}`);
  return v.errors;
}

export function valid(input: unknown): Profile {
  const v = validateProfile(input);
  if (!v.ok) throw new Error(`expected a valid profile, got:\n${v.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
  return v.profile;
}

/** A custom rule of each kind, valid, to vary. */
export const RULE = {
  existence: {
    id: 'tone/team-banned',
    kind: 'existence',
    message: '"{actual}" can sound dismissive.',
    phrases: { en: ['calm down', { phrase: 'no problem', replace: ['happy to help'] }] },
  },
  substitution: {
    id: 'style/team-plain',
    kind: 'substitution',
    message: 'Write "{expected}" rather than "{actual}".',
    swap: { en: { ASAP: 'as soon as possible', unfortunately: ["I'm afraid", "I'm sorry to say"] } },
  },
  capitalization: {
    id: 'style/team-names',
    kind: 'capitalization',
    message: 'Spell it "{expected}".',
    terms: { en: ['HelioVPN', 'Helio Shield', 'iPhone'] },
  },
  required: {
    id: 'structure/team-sign-off',
    kind: 'required',
    message: 'End with the team sign-off.',
    phrases: { en: ['The HelioVPN Support Team'] },
    insert: { en: { text: 'The HelioVPN Support Team', at: 'end' } },
  },
} as const;
