/**
 * Guard 9, per-locale style lints: phrasings a native reader flagged, as patterns.
 * Most read end-user words only; the Arabic "since" and the Portuguese "signature"
 * mislead a developer as much, so they read every field.
 */
import type { Locale } from '../types.js';
import { type Row, where } from './corpus.js';

interface Lint {
  readonly locale: Locale;
  readonly pattern: RegExp;
  readonly userOnly: boolean;
  /** Skip a sentence this matches (the legitimate sense). */
  readonly unless?: RegExp;
  /**
   * A comma lint: the comma is right when the member before it already holds a
   * conjunction ("conectada y encendida, y vuelve…") or is an aside ("como…").
   */
  readonly commaBefore?: RegExp;
  readonly why: string;
}

// Imperatives, for the comma before a conjunction joining two of them: fr vous-form
// (-ez), es tú-form and pt-BR você-form verbs that the texts use as commands.
const FR_IMP = String.raw`\p{L}+ez\b`;
const ES_IMP = String.raw`(?:vuelve|intenta|inténtalo|prueba|comprueba|revisa|cierra|abre|permite|elige|selecciona|pide|espera|reinicia|actualiza|activa|desactiva|únete|sal|comparte|usa|conecta|desconecta|contacta|escribe|acepta|concede|habilita|recarga|busca|pregunta|deja|ponte|cambia)\b`;
const PT_IMP = String.raw`(?:tente|verifique|feche|abra|permita|escolha|selecione|peça|espere|aguarde|reinicie|atualize|ative|desative|entre|saia|compartilhe|use|conecte|desconecte|fale|escreva|aceite|conceda|habilite|recarregue|procure|pergunte|deixe|mude|volte)\b`;

export const styleLints: readonly Lint[] = [
  {
    locale: 'de',
    pattern: /wurde nicht (gestartet|beendet)/,
    userOnly: true,
    why: '"konnte nicht … werden" says it failed; "wurde nicht" says no one did it',
  },
  {
    locale: 'de',
    pattern: /kann .* nicht starten/,
    userOnly: true,
    why: 'say "kann … nicht gestartet werden"',
  },
  {
    locale: 'fr',
    pattern: new RegExp(`${FR_IMP}[^,.;:]*, (et|ou) ${FR_IMP}`, 'u'),
    commaBefore: /\b(et|ou)\b|^\s*(comme|par exemple)\b/u,
    userOnly: true,
    why: 'no comma before et/ou between two imperatives',
  },
  {
    locale: 'es',
    pattern: new RegExp(`, (y|o) ${ES_IMP}`, 'iu'),
    commaBefore: /(^|\s)(y|o|u|e|ni)\s|^\s*(como|por ejemplo)\b/u,
    userOnly: true,
    why: 'no comma before y/o between two imperatives',
  },
  {
    locale: 'pt-BR',
    pattern: new RegExp(`, (e|ou) ${PT_IMP}`, 'iu'),
    commaBefore: /(^|\s)(e|ou|nem)\s|^\s*(como|por exemplo)\b/u,
    userOnly: true,
    why: 'no comma before e/ou between two imperatives',
  },
  {
    locale: 'ja',
    pattern: /あなた/,
    userOnly: true,
    why: 'product copy leaves the reader unnamed',
  },
  {
    locale: 'ja',
    pattern: /要請/,
    userOnly: true,
    why: '要請 is an official demand; say リクエスト or 依頼',
  },
  { locale: 'zh-CN', pattern: /这路/, userOnly: true, why: '这路 is colloquial; say 此' },
  {
    locale: 'pt-BR',
    pattern: /assinatura/i,
    userOnly: false,
    unless: /token|assin(ar|a|e) o/i,
    why: 'assinatura is signing a token; a subscription is inscrição',
  },
  { locale: 'ar', pattern: /منذ لحظة/, userOnly: false, why: 'منذ means "since"; say عند' },
  // Translation review 3 (§7.4).
  {
    locale: 'de',
    pattern: /nicht durchgegangen/,
    userOnly: true,
    why: '"ist nicht durchgegangen" is a colloquial calque; say "ist fehlgeschlagen" or "konnte nicht … werden"',
  },
  {
    locale: 'de',
    pattern: /freigegeben \(disposed\)|Spur freigibt/,
    userOnly: false,
    why: 'dispose is "verwerfen" here: "freigeben" is also this catalog’s word for sharing',
  },
  {
    locale: 'es',
    pattern: /\ben directo\b/,
    userOnly: false,
    why: '"en directo" is Peninsular; es-419 says "en vivo" or "en tiempo real"',
  },
  {
    locale: 'es',
    pattern: /\bprueba a \p{L}+r\b/u,
    userOnly: false,
    why: '"probar a + infinitivo" is Peninsular; say "intenta + infinitivo"',
  },
];

export function styleLint(rows: readonly Row[], lints: readonly Lint[] = styleLints): string[] {
  const out: string[] = [];
  for (const r of rows) {
    for (const l of lints) {
      if (l.locale !== r.locale || (l.userOnly && r.audience !== 'user')) continue;
      for (const sentence of r.text.split(/(?<=[.!?。！？])\s*/)) {
        const m = l.pattern.exec(sentence);
        if (!m || l.unless?.test(sentence)) continue;
        if (l.commaBefore) {
          const comma = sentence.indexOf(',', m.index);
          const member = sentence.slice(0, comma).split(/[,:;]/).pop() ?? '';
          if (l.commaBefore.test(member)) continue;
        }
        out.push(`${where(r)}: ${l.why}: ${sentence}`);
      }
    }
  }
  return out;
}
