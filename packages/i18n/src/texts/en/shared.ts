import type { SharedMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<SharedMeaningId> = {
};
