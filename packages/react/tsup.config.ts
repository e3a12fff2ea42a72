import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  external: ['react', '@org/error-codes', '@org/error-codes-i18n'],
  // Context and hooks only run in client components; the directive lets a React
  // Server Component render the provider (with `messages` as serializable props).
  banner: { js: "'use client';" },
});
