import type { WebServerMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<WebServerMeaningId> = {
};
