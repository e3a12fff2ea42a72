import type { ViteUserConfig } from 'vitest/config';

export declare const sharedConfig: ViteUserConfig;
export declare function defineTestConfig(own?: ViteUserConfig): ViteUserConfig;
