// Builds everything with esbuild: the `replycheck` CLI (dist/cli) and, unless --cli-only, the extension
// (dist/chrome, dist/firefox).
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';

const cliOnly = process.argv.includes('--cli-only');

async function buildCli() {
  await build({
    // The CLI and every script under scripts/ (quality, bench, rule table), each to dist/cli/<name>.mjs.
    entryPoints: {
      replycheck: 'src/cli/replycheck.ts',
      ...Object.fromEntries(
        (await readdir('scripts')).filter((f) => f.endsWith('.ts')).map((f) => [f.replace(/\.ts$/, ''), `scripts/${f}`]),
      ),
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
