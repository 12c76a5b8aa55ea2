import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/neo4j/live/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
