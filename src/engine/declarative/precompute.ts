// Build-time work on the shipped phrase data (build.mjs runs it on every src/engine/lang/**.json it bundles): each
// pattern entry gets the anchor strings findPhrases needs (./anchors.ts), which a cold worker would otherwise parse
// out of hundreds of patterns on the rep's first check (about 25 ms of an English cold start). Case-insensitive
// anchors only: that is how the shipped data is searched; any other use parses them as before.
import { requiredStrings } from './anchors';

/** `data` with `anchors` set on every object holding a string `pattern` (in place; returned for convenience). */
export function withAnchors<T>(data: T): T {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.pattern === 'string' && !('anchors' in o)) o.anchors = requiredStrings(o.pattern, true);
    for (const [k, x] of Object.entries(o)) if (k !== 'anchors') walk(x);
  };
  walk(data);
  return data;
}
