// JSON Pointers (RFC 6901): the one way a profile error names its field, so the options page can point at it and
// the CLI can print it. "" is the whole profile; "/rules/tone~1blame" is the rule "tone/blame".

export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(s)}`).join('');
}

export function child(base: string, ...segments: (string | number)[]): string {
  return base + pointer(...segments);
}

export function segmentsOf(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `path` in `doc`, or undefined. */
export function valueAt(doc: unknown, path: string): unknown {
  let at: unknown = doc;
  for (const s of segmentsOf(path)) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[s];
  }
  return at;
}
