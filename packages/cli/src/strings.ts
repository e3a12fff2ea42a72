import type { Locale } from '@org/error-codes-i18n';

/** The CLI's own headings; the error texts and labels come from @org/error-codes-i18n. */
export interface CliStrings {
  readonly clash: string;
  readonly sameMeaning: string;
  readonly sdkMessage: string;
  readonly noWireText: string;
  readonly why: string;
  readonly fix: string;
  readonly docs: string;
  readonly noMatch: string;
}

const en: CliStrings = {
  clash: '{code} means different things on different platforms:',
  sameMeaning: 'Same meaning on {platform}: {code}',
  sdkMessage: 'SDK message',
  noWireText: 'no wire text known',
  why: 'Why it happens',
  fix: 'How to fix it',
  docs: 'Docs',
  noMatch: 'No error code matches “{query}”.',
};

export const strings: Readonly<Record<Locale, CliStrings>> = {
  en,
  'en-XA': en,
  es: {
    clash: '{code} significa cosas distintas en cada plataforma:',
    sameMeaning: 'El mismo significado en {platform}: {code}',
    sdkMessage: 'Mensaje del SDK',
    noWireText: 'no se conoce el texto que envía',
    why: 'Por qué ocurre',
    fix: 'Cómo solucionarlo',
    docs: 'Documentación',
    noMatch: 'Ningún código de error coincide con «{query}».',
  },
  fr: {
    clash: '{code} n’a pas le même sens selon la plateforme :',
    sameMeaning: 'Même sens sur {platform} : {code}',
    sdkMessage: 'Message du SDK',
    noWireText: 'texte envoyé inconnu',
    why: 'Pourquoi cela arrive',
    fix: 'Comment le corriger',
    docs: 'Documentation',
    noMatch: 'Aucun code d’erreur ne correspond à « {query} ».',
  },
  de: {
    clash: '{code} bedeutet auf jeder Plattform etwas anderes:',
    sameMeaning: 'Gleiche Bedeutung auf {platform}: {code}',
    sdkMessage: 'SDK-Meldung',
    noWireText: 'kein gesendeter Text bekannt',
    why: 'Warum das passiert',
    fix: 'So beheben Sie es',
    docs: 'Dokumentation',
    noMatch: 'Kein Fehlercode passt zu „{query}“.',
  },
  'pt-BR': {
    clash: '{code} significa coisas diferentes em cada plataforma:',
    sameMeaning: 'Mesmo significado em {platform}: {code}',
    sdkMessage: 'Mensagem do SDK',
    noWireText: 'nenhum texto enviado conhecido',
    why: 'Por que acontece',
    fix: 'Como resolver',
    docs: 'Documentação',
    noMatch: 'Nenhum código de erro corresponde a “{query}”.',
  },
  ja: {
    clash: '{code} はプラットフォームによって意味が異なります：',
    sameMeaning: '{platform} での同じ意味のコード：{code}',
    sdkMessage: 'SDK のメッセージ',
    noWireText: '送信されるテキストは不明です',
    why: '発生する理由',
    fix: '解決方法',
    docs: 'ドキュメント',
    noMatch: '「{query}」に一致するエラーコードはありません。',
  },
  'zh-CN': {
    clash: '{code} 在不同平台上含义不同：',
    sameMeaning: '{platform} 上含义相同的代码：{code}',
    sdkMessage: 'SDK 消息',
    noWireText: '未知的发送文本',
    why: '发生原因',
    fix: '解决方法',
    docs: '文档',
    noMatch: '没有与“{query}”匹配的错误代码。',
  },
  hi: {
    clash: '{code} का अर्थ हर प्लेटफ़ॉर्म पर अलग है:',
    sameMeaning: '{platform} पर यही अर्थ: {code}',
    sdkMessage: 'SDK संदेश',
    noWireText: 'भेजा गया टेक्स्ट ज्ञात नहीं',
    why: 'यह क्यों होता है',
    fix: 'इसे कैसे ठीक करें',
    docs: 'दस्तावेज़',
    noMatch: '“{query}” से कोई त्रुटि कोड मेल नहीं खाता।',
  },
  ar: {
    clash: 'للرمز {code} معانٍ مختلفة حسب المنصة:',
    sameMeaning: 'المعنى نفسه على {platform}: {code}',
    sdkMessage: 'رسالة SDK',
    noWireText: 'لا يُعرف النص المُرسَل',
    why: 'لماذا يحدث',
    fix: 'كيفية الإصلاح',
    docs: 'التوثيق',
    noMatch: 'لا يطابق أي رمز خطأ «{query}».',
  },
};
