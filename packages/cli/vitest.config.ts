import { defineTestConfig } from '@org/repo-tools/vitest';

export default defineTestConfig({ test: { typecheck: { enabled: true } } });
