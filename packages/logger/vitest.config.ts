import { defineTestConfig } from '@org/tsconfig/vitest/config.js';

export default defineTestConfig({ test: { typecheck: { enabled: true } } });
