import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per subpath, so `./pino` never pulls in winston and `.` neither.
  entry: ['src/index.ts', 'src/pino.ts', 'src/winston.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
});
