export type { MeaningId, MeaningIdOf } from './platformTables.js';
