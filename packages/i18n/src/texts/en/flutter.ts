import type { FlutterOnlyMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<FlutterOnlyMeaningId> = {
};
