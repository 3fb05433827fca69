#!/usr/bin/env node
// The CLI is bundled by build.mjs (run by `npm install` through the "prepare" script).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/replycheck.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('replycheck: not built yet; run "npm install" (or "npm run build") first\n');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
