export declare const FIXED_SEED: number;
export declare function fastCheckSeed(raw: string | undefined): { value: number; random: boolean };
