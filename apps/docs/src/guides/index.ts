import type { SiteLocale } from '../site.js';
import { guide as ar } from './ar.js';
import { guide as de } from './de.js';
import { guide as en } from './en.js';
import { guide as es } from './es.js';
import { guide as fr } from './fr.js';
import { guide as hi } from './hi.js';
import { guide as ja } from './ja.js';
import { guide as ptBR } from './pt-BR.js';
import type { GuideStrings } from './types.js';
import { guide as zhCN } from './zh-CN.js';

export type { GuideStrings } from './types.js';
export { tokenClaims } from './types.js';

/** The guide words of every locale the site has. */
export const guides: Readonly<Record<SiteLocale, GuideStrings>> = {
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
