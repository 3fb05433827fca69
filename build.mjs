// Builds everything with esbuild: the `replycheck` CLI (dist/cli) and, unless --cli-only, the extension
// (dist/chrome, dist/firefox).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const cliOnly = process.argv.includes('--cli-only');

async function buildCli() {
  await build({
    entryPoints: {
      replycheck: 'src/cli/replycheck.ts',
      'rules-table': 'scripts/rules-table.ts',
    },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay in node_modules: dictionary-en reads its files relative to its own module.
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

await rm('dist/cli', { recursive: true, force: true });
await buildCli();
if (!cliOnly) {
  // The extension build joins here (issue 3).
}
