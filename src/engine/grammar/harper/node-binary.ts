// The Node side of the Harper provider (CLI, scripts, tests): Harper's slim wasm read from disk. harper.js's
// `slimBinary` finds its .wasm next to the module that holds it (`import.meta.url`): node_modules/harper.js/dist/ when
// run from source, dist/cli/ once bundled — build.mjs copies the file there. The extension loads the same file by
// URL instead, so nothing the extension bundles may import this file.
import { LocalLinter, type BinaryModule } from 'harper.js';
import { slimBinary } from 'harper.js/slimBinary';
import { HarperProvider } from './provider';

export function nodeHarperBinary(): BinaryModule {
  return slimBinary;
}

export function createNodeHarper(): HarperProvider {
  return new HarperProvider(nodeHarperBinary());
}

/** Harper's default lint config and rule descriptions, for the generated rule list and the README's rule table. */
export async function harperRuleData(): Promise<{
  defaults: Record<string, boolean>;
  descriptions: Record<string, string>;
}> {
  const linter = new LocalLinter({ binary: nodeHarperBinary() });
  await linter.setup();
  const config = await linter.getDefaultLintConfig();
  const descriptions = await linter.getLintDescriptions();
  const defaults: Record<string, boolean> = {};
  for (const name of Object.keys(config)) defaults[name] = config[name] === true;
  await linter.dispose();
  return { defaults, descriptions };
}
