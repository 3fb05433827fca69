// The text of rules.generated.json: Harper's rule names (sorted) and whether each is on in Harper's default config.
// Written by `npm run rules:table`; tests/engine/registry.test.ts checks it still matches the installed harper.js.
export const HARPER_GENERATED_PATH = 'src/engine/grammar/harper/rules.generated.json';

export function generatedHarperRules(version: string, defaults: Readonly<Record<string, boolean>>): string {
  const rules: Record<string, boolean> = {};
  for (const name of Object.keys(defaults).sort()) rules[name] = defaults[name] === true;
  return `${JSON.stringify({ harper: version, rules }).replace(/,"/g, ',\n"')}\n`;
}
