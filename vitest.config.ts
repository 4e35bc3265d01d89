import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { OFFICE_TIME_ZONE } from './tests/harness/timeZone';

// Unit tests count days in the office's zone whatever the machine's zone (workers inherit it).
process.env.TZ = OFFICE_TIME_ZONE;

export default defineConfig({
  resolve: { alias: { '@contract': resolve(import.meta.dirname, 'contract') } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/server/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // Hooks start servers and make or drop PostgreSQL databases: slow on a loaded machine, never a finding.
    hookTimeout: 60_000,
    setupFiles: ['tests/unit/setupClock.ts'],
  },
});
