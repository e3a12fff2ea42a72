import type { CommonTexts } from '../../types.js';

export const common: CommonTexts = {
};
