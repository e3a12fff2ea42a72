import type { SiteLocale } from '../site.js';
import { strings as ar } from './ar.js';
import { strings as de } from './de.js';
import { strings as en } from './en.js';
import { strings as es } from './es.js';
import { strings as fr } from './fr.js';
import { strings as hi } from './hi.js';
import { strings as ja } from './ja.js';
import { strings as ptBR } from './pt-BR.js';
import type { UiStrings } from './types.js';
import { strings as zhCN } from './zh-CN.js';

export type { UiStrings } from './types.js';

/** Every locale's site words, for the prerender only: pages are written with their words, and the client script reads none. */
export const ui: Readonly<Record<SiteLocale, UiStrings>> = {
  en,
  es,
  fr,
  de,
  'pt-BR': ptBR,
  ja,
  'zh-CN': zhCN,
  hi,
  ar,
};
