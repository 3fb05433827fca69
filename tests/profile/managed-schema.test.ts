// managed-schema.json, the enterprise-policy schema Chrome reads from the manifest's storage.managed_schema: it must
// follow Chrome's rules for that file, and a policy built from a team profile must pass it and then our validator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import managedSchema from '../../managed-schema.json';
import { resolveProfiles } from '../../src/engine/profile/resolve';

type Node = { type?: string; $ref?: string; properties?: Record<string, Node>; items?: Node; additionalProperties?: unknown };

function everySchema(node: Node, visit: (n: Node, path: string) => void, path = '#'): void {
  visit(node, path);
  for (const [k, v] of Object.entries(node.properties ?? {})) everySchema(v, visit, `${path}/properties/${k}`);
  if (node.items) everySchema(node.items, visit, `${path}/items`);
}

const policyCheck = new Ajv({ strict: false }).compile(managedSchema);

describe('managed-schema.json', () => {
  it("follows Chrome's rules: a top-level object without additionalProperties, one type or $ref per schema", () => {
    expect(managedSchema.type).toBe('object');
    expect('additionalProperties' in managedSchema).toBe(false);
    everySchema(managedSchema as Node, (n, path) => {
      expect([n.type, n.$ref].filter((x) => x !== undefined), path).toHaveLength(1);
    });
    expect(Object.keys(managedSchema.properties)).toEqual(['profile', 'profileUrl']);
  });

  it('passes a policy carrying a team profile as text, which then validates and is put in force', () => {
    const policy = { profile: readFileSync('examples/profiles/strict.json', 'utf8') };
    expect(policyCheck(policy)).toBe(true);
    const r = resolveProfiles({ managed: { latest: policy.profile, origin: 'enterprise policy' } });
    expect(r.inForce).toMatchObject({ source: 'managed', origin: 'enterprise policy' });
  });

  it('takes only HTTPS profile URLs', () => {
    expect(policyCheck({ profileUrl: 'https://support.example.test/replycheck/team.json' })).toBe(true);
    expect(policyCheck({ profileUrl: 'http://support.example.test/team.json' })).toBe(false);
  });

  it('lets an invalid profile through to our validator, whose reasons the options page shows', () => {
    // Chrome drops a policy that breaks the schema without telling the extension, so the schema is deliberately
    // loose about the profile: the extension then rejects it with every bad field named, and keeps the last good one.
    const policy = { profile: '{"version": 1, "rules": {"tone/nope": "off"}}' };
    expect(policyCheck(policy)).toBe(true);
    const lastGood = resolveProfiles({ managed: { latest: readFileSync('examples/profiles/relaxed.json', 'utf8') } }).sources.managed
      .lastGood;
    const r = resolveProfiles({ managed: { latest: policy.profile, lastGood } });
    expect(r.inForce).toMatchObject({ source: 'managed', latestRejected: true });
    expect(r.inForce?.profile.name).toBe('HelioVPN Support (relaxed: senior agents)');
    expect(r.sources.managed.errors.map((e) => e.path)).toEqual(['/rules/tone~1nope']);
  });
});
