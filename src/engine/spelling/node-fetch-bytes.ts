// The Node side of ./load.ts: reads dictionary files from the package on disk. For the CLI, the tests and the
// scripts only — the extension's worker fetches the same paths from its own package instead, so nothing that the
// worker bundles may import this file.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FetchBytes } from './load';

/**
 * The directory holding dictionaries/: found by walking up from this module, which is src/engine/spelling/ when
 * run from source and dist/cli/ once bundled.
 */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'dictionaries')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No dictionaries/ folder above ${from}`);
  }
}

/** Reads package files from `root` (by default the package this module belongs to). */
export function nodeFetchBytes(root = packageRoot()): FetchBytes {
  return (path) => readFile(join(root, path));
}
