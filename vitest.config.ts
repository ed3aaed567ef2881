import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against sources; the built dist is exercised by the golden/package tests.
    alias: [
      { find: /^@hookwright\/compiler$/, replacement: `${src('compiler')}index.ts` },
      { find: /^@hookwright\/cli$/, replacement: `${src('cli')}index.ts` },
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
