import { defineLibrary } from '@org/tsconfig/tsup.js';
import { defineConfig } from 'tsup';

export default defineConfig(
  // One entry per subpath, so `./pino` never pulls in winston and `.` neither.
  defineLibrary({ entry: ['src/index.ts', 'src/pino.ts', 'src/winston.ts'] }),
);
