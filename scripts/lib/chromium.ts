// How this project starts Debian's Chromium with the built extension, for the e2e suite and the measurement
// scripts alike. Without the background-networking flags Chromium's own connections are refused on this closed
// network, many at a time (../shared/DESIGN.md, "The extension in Chromium").
export function extensionLaunchArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
