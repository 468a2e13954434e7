import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Tests run server modules directly; 'server-only' only guards the browser bundle.
      'server-only': fileURLToPath(new URL('./lib/testing/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['lib/testing/global-setup.ts'],
    // The app's log lines stay out of the test report; tests that read them capture them (lib/testing/capture-logs.ts).
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
  },
});
