import { defineConfig } from 'tsup';

// A private app: one ESM entry that starts the server, dependencies left external.
export default defineConfig({
  entry: ['src/server.ts'],
  format: ['esm'],
  clean: true,
  target: 'node20',
  platform: 'node',
});
