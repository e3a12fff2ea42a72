import type { WebClientMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<WebClientMeaningId> = {
};
