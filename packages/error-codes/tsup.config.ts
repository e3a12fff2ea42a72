import { defineLibrary } from '@org/tsconfig/tsup.js';
import { defineConfig } from 'tsup';

export default defineConfig(
  defineLibrary({ entry: ['src/index.ts', 'src/web/index.ts', 'src/flutter/index.ts'] }),
);
