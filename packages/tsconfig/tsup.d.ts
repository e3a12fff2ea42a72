import type { Options } from 'tsup';

export declare const libraryDefaults: Options;
export declare function defineLibrary(own: Options): Options;
