// Builds the extension once before any test file runs: the e2e suite and the build checks read dist/, and two files
// building it at the same time would trip over each other.
import { execFileSync } from 'node:child_process';

export default function setup() {
  execFileSync(process.execPath, ['build.mjs', '--extension-only'], { cwd: new URL('../../', import.meta.url).pathname, stdio: 'inherit' });
}
