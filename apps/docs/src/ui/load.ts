import type { SiteLocale } from '../site.js';
import type { UiStrings } from './types.js';

// One literal import() per locale: the browser downloads only the page's own words.
const loaders: Readonly<Record<SiteLocale, () => Promise<{ strings: UiStrings }>>> = {
  en: () => import('./en.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  'pt-BR': () => import('./pt-BR.js'),
  ja: () => import('./ja.js'),
  'zh-CN': () => import('./zh-CN.js'),
  hi: () => import('./hi.js'),
  ar: () => import('./ar.js'),
};

export async function loadUi(locale: SiteLocale): Promise<UiStrings> {
  return (await loaders[locale]()).strings;
}
