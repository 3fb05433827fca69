// Builds everything with esbuild: the `replycheck` CLI (dist/cli) and, unless --cli-only, the extension
// (dist/chrome, dist/firefox). dist/firefox is derived from manifest.json: Firefox runs the background as an event
// page (background.scripts) and needs a gecko id.
import { build } from 'esbuild';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

const cliOnly = process.argv.includes('--cli-only');
// The test suite's global setup builds only the extension: dist/cli may be in use by a CLI run at that moment.
const extensionOnly = process.argv.includes('--extension-only');

/**
 * The shipped phrase data with each pattern's anchor strings worked out now, not on a rep's first check
 * (src/engine/declarative/precompute.ts). The data files stay as written; only what esbuild bundles gains `anchors`.
 */
async function phraseAnchors() {
  const { outputFiles } = await build({
    entryPoints: ['src/engine/declarative/precompute.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'warning',
  });
  const { withAnchors } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return {
    name: 'phrase-anchors',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]engine[\\/]lang[\\/].*\.json$/ }, async (args) => ({
        contents: JSON.stringify(withAnchors(JSON.parse(await readFile(args.path, 'utf8')))),
        loader: 'json',
      }));
    },
  };
}
const plugins = [await phraseAnchors()];

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
    plugins,
  });
}

/** The dictionary files the worker loads through createSpeller (src/engine/spelling/load.ts DICTIONARY_FILES). */
export const DICTIONARY_FILES = {
  en: ['dictionaries/en/en.dawg', 'dictionaries/en/en.json'],
  lv: ['dictionaries/lv/lv.aff', 'dictionaries/lv/lv.dic'],
  sl: ['dictionaries/sl/sl.aff', 'dictionaries/sl/sl.dic'],
  hr: ['dictionaries/hr/hr.aff', 'dictionaries/hr/hr.dic'],
  fi: ['dictionaries/fi/fi.dawg'],
};

export const GECKO_ID = 'replycheck@replycheck.example';

/** The Firefox manifest, derived from the Chrome one. */
export function firefoxManifest(chrome) {
  const m = structuredClone(chrome);
  m.background = { scripts: [chrome.background.service_worker] };
  m.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      // 140 (the current ESR): the first to read data_collection_permissions; it also brings the CSS Custom
      // Highlight API, so the overlay is only the fallback there too.
      strict_min_version: '140.0',
      // Nothing is collected or transmitted: the drafts are checked on the rep's machine.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  delete m.minimum_chrome_version;
  // Firefox has no offscreen documents: its event page starts the Harper worker itself (src/background/deep-grammar.ts).
  m.permissions = m.permissions.filter((p) => p !== 'offscreen');
  return m;
}

async function buildExtension() {
  const manifest = JSON.parse(await readFile('manifest.json', 'utf8'));
  const pkg = JSON.parse(await readFile('package.json', 'utf8'));
  manifest.version = pkg.version;
  await rm('dist/chrome', { recursive: true, force: true });
  await rm('dist/firefox', { recursive: true, force: true });
  const out = 'dist/chrome';
  await build({
    entryPoints: {
      background: 'src/background/worker.ts',
      content: 'src/content/main.ts',
      'popup/popup': 'src/popup/popup.ts',
      'options/options': 'src/options/options.ts',
      // Deep grammar: the offscreen document (Chrome) and the dedicated worker that runs Harper (both browsers).
      'offscreen/offscreen': 'src/offscreen/offscreen.ts',
      'harper-worker': 'src/harper/harper-worker.ts',
    },
    outdir: out,
    bundle: true,
    // Classic scripts: a content script cannot be a module, and Firefox's background page is not one either.
    format: 'iife',
    platform: 'browser',
    target: ['chrome111', 'firefox140'],
    // No eval, no remote code: everything is bundled; minified names keep the worker small to restart.
    minify: true,
    sourcemap: false,
    legalComments: 'eof',
    charset: 'utf8',
    // harper.js reads its wasm with node:fs when it runs in Node; that import never runs in a browser.
    external: ['fs'],
    logLevel: 'warning',
    plugins,
  });
  await cp('src/content/content.css', `${out}/content.css`);
  // Harper's slim wasm, loaded by URL in the Harper worker (one flavour only: the full one would fetch this too).
  await mkdir(`${out}/harper`, { recursive: true });
  await cp('node_modules/harper.js/dist/harper_wasm_slim_bg.wasm', `${out}/harper/harper_wasm_slim_bg.wasm`);
  await cp('node_modules/harper.js/LICENSE', `${out}/harper/LICENSE`).catch(() => {});
  await mkdir(`${out}/offscreen`, { recursive: true });
  await cp('src/offscreen/offscreen.html', `${out}/offscreen/offscreen.html`);
  for (const page of ['popup', 'options']) {
    await mkdir(`${out}/${page}`, { recursive: true });
    await cp(`src/${page}/${page}.html`, `${out}/${page}/${page}.html`);
    await cp(`src/${page}/${page}.css`, `${out}/${page}/${page}.css`);
  }
  await mkdir(`${out}/icons`, { recursive: true });
  for (const size of [16, 32, 48, 128]) await cp(`icons/icon-${size}.png`, `${out}/icons/icon-${size}.png`);
  // dictionary-en-gb (MIT AND BSD like dictionary-en), read by nspell only for a team profile with "englishVariant":
  // "uk" (src/engine/spelling/load.ts BRITISH_FILES): its own index.js reads them with node:fs, so ship the files.
  await mkdir(`${out}/dictionaries/en-gb`, { recursive: true });
  for (const f of ['index.aff', 'index.dic', 'license']) {
    await cp(`node_modules/dictionary-en-gb/${f}`, `${out}/dictionaries/en-gb/${f === 'license' ? 'LICENSE' : f}`);
  }
  // Every language's dictionary (src/engine/spelling/load.ts DICTIONARY_FILES; tests/e2e/build.test.ts checks the
  // two lists agree), loaded on first use through createSpeller, with their licences. Nothing else of dictionaries/
  // ships: the READMEs are for this repository, and English's .aff/.dic are the source of its compiled en.dawg/en.json.
  for (const [lang, files] of Object.entries(DICTIONARY_FILES)) {
    await mkdir(`${out}/dictionaries/${lang}`, { recursive: true });
    const licences = (await readdir(`dictionaries/${lang}`)).filter((f) => /^(LICEN[CS]E|COPYING|COPYRIGHT)/i.test(f));
    for (const f of [...files, ...licences.map((l) => `dictionaries/${lang}/${l}`)]) await cp(f, `${out}/${f}`);
  }
  // Chrome reads the enterprise policy's shape from here (manifest "storage.managed_schema"); Firefox ignores both.
  await cp('managed-schema.json', `${out}/managed-schema.json`);
  await writeFile(`${out}/manifest.json`, JSON.stringify(manifest, null, 2) + '\n');

  await cp(out, 'dist/firefox', { recursive: true });
  await writeFile('dist/firefox/manifest.json', JSON.stringify(firefoxManifest(manifest), null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!extensionOnly) {
    await rm('dist/cli', { recursive: true, force: true });
    await buildCli();
  }
  if (!cliOnly) await buildExtension();
}
