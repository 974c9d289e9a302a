import { defineConfig } from 'vitest/config';

// Browser tests drive the built extension (.output/chrome-mv3) in real Chromium through playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
