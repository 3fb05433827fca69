import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // dist/chrome and dist/firefox, built once for the e2e suite and the manifest checks.
    globalSetup: ['tests/e2e/global-setup.ts'],
    // The e2e suite drives a real browser; give it room without slowing the unit tests.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
