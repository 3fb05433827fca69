// The built packages: both manifests ask for the fewest permissions, keep a strict CSP, reference only files that
// exist, and Firefox's passes `web-ext lint` without errors. dist/ is built by global-setup.ts.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_FILES } from '../../src/engine/spelling/load';
import { LANGUAGES } from '../../src/engine/types';

const ROOT = new URL('../../', import.meta.url).pathname;
const dist = (target: string, path = '') => join(ROOT, 'dist', target, path);
const manifest = (target: string) => JSON.parse(readFileSync(dist(target, 'manifest.json'), 'utf8'));

/** Every file a manifest names: icons, pages, scripts, styles. */
function referencedFiles(m: Record<string, any>): string[] {
  const files = [
    ...Object.values<string>(m.icons ?? {}),
    ...Object.values<string>(m.action?.default_icon ?? {}),
    m.action?.default_popup,
    m.options_ui?.page,
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c: { js?: string[]; css?: string[] }) => [...(c.js ?? []), ...(c.css ?? [])]),
  ];
  return files.filter((f): f is string => typeof f === 'string');
}

/** Scripts and stylesheets an HTML page loads, relative to the package root. */
function pageAssets(target: string, page: string): string[] {
  const html = readFileSync(dist(target, page), 'utf8');
  const dir = page.split('/').slice(0, -1).join('/');
  return [...html.matchAll(/\b(?:src|href)="([^"#]+)"/g)].map((m) => join(dir, m[1]!));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? allFiles(join(dir, f)) : [join(dir, f)]));
}

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const m = manifest(target);

  it('is Manifest V3 with the fewest permissions and no host access until the rep grants a site', () => {
    expect(m.manifest_version).toBe(3);
    // storage: settings and the personal dictionary. scripting: the content script on a site the rep turns on.
    // activeTab: the popup reads the active tab's address to offer that. offscreen (Chrome only): the document that
    // keeps Harper loaded while the service worker sleeps; Firefox's event page starts Harper's worker itself.
    const expected = target === 'chrome' ? ['activeTab', 'offscreen', 'scripting', 'storage'] : ['activeTab', 'scripting', 'storage'];
    expect([...m.permissions].sort()).toEqual(expected);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    const matches = m.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
    expect(matches.every((p: string) => /^https:\/\/(mail\.google\.com|outlook\.[a-z0-9.]+)\/\*$/.test(p))).toBe(true);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
  });

  it('has a strict CSP: no eval, no inline or remote script; WebAssembly only (Hunspell)', () => {
    const csp: string = m.content_security_policy.extension_pages;
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
    // 'wasm-unsafe-eval' lets the worker compile WebAssembly and nothing else: 'unsafe-eval' stays out.
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:/);
    expect(csp).toContain("object-src 'none'");
    for (const file of allFiles(dist(target)).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|\bimportScripts\(|https?:\/\/[a-z0-9.-]+\/[^\s"'`]*\.js\b/);
    }
  });

  it('references only files that exist', () => {
    const files = [...referencedFiles(m), ...pageAssets(target, m.action.default_popup), ...pageAssets(target, m.options_ui.page)];
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) expect(existsSync(dist(target, f)), f).toBe(true);
    // A "uk" team profile's English dictionary (dictionary-en-gb), fetched by the worker only for such a team.
    for (const f of ['index.aff', 'index.dic', 'LICENSE']) expect(existsSync(dist(target, `dictionaries/en-gb/${f}`)), `en-gb/${f}`).toBe(true);
    // Deep grammar: the Harper worker, the one wasm flavour it loads by URL, its licence, and Chrome's offscreen page.
    for (const f of ['harper-worker.js', 'harper/harper_wasm_slim_bg.wasm', 'harper/LICENSE', ...pageAssets(target, 'offscreen/offscreen.html')]) {
      expect(existsSync(dist(target, f)), f).toBe(true);
    }
  });
  it('ships one Harper wasm flavour and zips to at most 25 MB', () => {
    const wasm = allFiles(dist(target)).filter((f) => f.endsWith('.wasm') && /harper/.test(f));
    expect(wasm.map((f) => f.slice(dist(target).length + 1))).toEqual(['harper/harper_wasm_slim_bg.wasm']);
    // What a zip of the package holds: each file deflated, plus its local and central directory headers.
    const zipped = allFiles(dist(target)).reduce(
      (sum, f) => sum + deflateRawSync(readFileSync(f), { level: 9 }).length + 2 * (46 + f.length),
      22,
    );
    expect(zipped).toBeLessThanOrEqual(25 * 1024 * 1024);
  }, 60_000);

  it('ships every language\'s dictionary the worker loads, with its licence, and nothing else of dictionaries/', () => {
    const shipped = allFiles(dist(target, 'dictionaries')).map((f) => f.slice(dist(target).length + 1));
    for (const lang of LANGUAGES) {
      for (const f of DICTIONARY_FILES[lang]) expect(shipped, f).toContain(f);
      expect(shipped.some((f) => f.startsWith(`dictionaries/${lang}/`) && /\/(LICEN[CS]E|COPYRIGHT)/.test(f)), lang).toBe(true);
    }
    // The repository's READMEs and English's .aff/.dic (the sources of its compiled en.dawg and en.json) stay out.
    expect(shipped.filter((f) => /README|\/en\/en\.(aff|dic)$/.test(f))).toEqual([]);
  });
});

describe('the Firefox variant', () => {
  const chrome = manifest('chrome');
  const firefox = manifest('firefox');

  it('runs the background as scripts, carries a gecko id, and otherwise matches Chrome', () => {
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+$/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    const { background: _b, browser_specific_settings: _s, permissions: ffPermissions, ...ffRest } = firefox;
    const { background: _c, minimum_chrome_version: _v, permissions: chromePermissions, ...chromeRest } = chrome;
    expect(ffRest).toEqual(chromeRest);
    expect(ffPermissions).toEqual(chromePermissions.filter((p: string) => p !== 'offscreen'));
  });

  it('passes web-ext lint with no errors and no warnings', async () => {
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', dist('firefox'), '--output', 'json', '--no-input'], {
      cwd: ROOT,
      maxBuffer: 10_000_000,
    }).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  }, 60_000);
});
