import { defineLibrary } from '@org/tsconfig/tsup.js';
import { defineConfig } from 'tsup';
import { platformIds } from './src/lines/registry.generated.js';

export default defineConfig(
  defineLibrary({ entry: ['src/index.ts', ...platformIds.map((id) => `src/${id}/index.ts`)] }),
);
