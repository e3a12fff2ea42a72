import { defineLibrary } from '@org/tsconfig/tsup.js';
import { defineConfig } from 'tsup';

export default defineConfig(
  defineLibrary({
    entry: ['src/index.ts'],
    // Context and hooks only run in client components; the directive lets a React
    // Server Component render the provider (with `messages` as serializable props).
    banner: { js: "'use client';" },
    // Rollup's tree-shaking pass would drop the directive; esbuild keeps it.
    treeshake: false,
  }),
);
