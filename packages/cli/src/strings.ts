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
  /** One line where `--platform` hides another platform's meaning of the same number. */
  readonly otherMeaning: string;
  /** Above the compact list of a word search (always two matches or more). */
  readonly matches: string;
  readonly more: string;
  readonly showOne: string;
  readonly noneListed: string;
  /** The header row of a list. */
  readonly columns: {
    readonly platform: string;
    readonly code: string;
    readonly name: string;
    readonly title: string;
  };
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
  otherMeaning: 'On {platform}, {code} means something else: {name}',
  matches: '{count} matches for “{query}”, best first:',
  more: '… and {count} more. All of them: {command}',
  showOne: 'Show one in full: {command}',
  noneListed: 'No error code matches: {filters}',
  columns: { platform: 'PLATFORM', code: 'CODE', name: 'NAME', title: 'TITLE' },
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
    otherMeaning: 'En {platform}, {code} significa otra cosa: {name}',
    matches: '{count} coincidencias con «{query}», la mejor primero:',
    more: '… y {count} más. Todas: {command}',
    showOne: 'Ver una completa: {command}',
    noneListed: 'Ningún código de error coincide: {filters}',
    columns: { platform: 'PLATAFORMA', code: 'CÓDIGO', name: 'NOMBRE', title: 'TÍTULO' },
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
    otherMeaning: 'Sur {platform}, {code} a un autre sens : {name}',
    matches: '{count} résultats pour « {query} », le meilleur d’abord :',
    more: '… et {count} de plus. Tous : {command}',
    showOne: 'En afficher un en entier : {command}',
    noneListed: 'Aucun code d’erreur ne correspond : {filters}',
    columns: { platform: 'PLATEFORME', code: 'CODE', name: 'NOM', title: 'TITRE' },
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
    otherMeaning: 'Auf {platform} bedeutet {code} etwas anderes: {name}',
    matches: '{count} Treffer für „{query}“, der beste zuerst:',
    more: '… und {count} weitere. Alle: {command}',
    showOne: 'Einen vollständig anzeigen: {command}',
    noneListed: 'Kein Fehlercode passt: {filters}',
    columns: { platform: 'PLATTFORM', code: 'CODE', name: 'NAME', title: 'TITEL' },
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
    otherMeaning: 'Em {platform}, {code} significa outra coisa: {name}',
    matches: '{count} resultados para “{query}”, o melhor primeiro:',
    more: '… e mais {count}. Todos: {command}',
    showOne: 'Ver um completo: {command}',
    noneListed: 'Nenhum código de erro corresponde: {filters}',
    columns: { platform: 'PLATAFORMA', code: 'CÓDIGO', name: 'NOME', title: 'TÍTULO' },
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
    otherMeaning: '{platform} では {code} は別の意味です：{name}',
    matches: '「{query}」に一致するもの {count} 件（関連度順）：',
    more: '… ほか {count} 件。すべて表示：{command}',
    showOne: '1 件を詳しく表示：{command}',
    noneListed: '一致するエラーコードはありません：{filters}',
    columns: { platform: 'プラットフォーム', code: 'コード', name: '名前', title: 'タイトル' },
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
    otherMeaning: '在 {platform} 上，{code} 的含义不同：{name}',
    matches: '与“{query}”匹配的结果共 {count} 个，按相关度排序：',
    more: '… 还有 {count} 个。查看全部：{command}',
    showOne: '查看某一项的完整内容：{command}',
    noneListed: '没有匹配的错误代码：{filters}',
    columns: { platform: '平台', code: '代码', name: '名称', title: '标题' },
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
    otherMeaning: '{platform} पर {code} का अर्थ अलग है: {name}',
    matches: '“{query}” के {count} परिणाम, सबसे उपयुक्त पहले:',
    more: '… और {count} अधिक। सभी देखें: {command}',
    showOne: 'किसी एक को पूरा देखें: {command}',
    noneListed: 'कोई त्रुटि कोड मेल नहीं खाता: {filters}',
    columns: { platform: 'प्लेटफ़ॉर्म', code: 'कोड', name: 'नाम', title: 'शीर्षक' },
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
    otherMeaning: 'على {platform}، للرمز {code} معنى آخر: {name}',
    matches: 'عدد النتائج لـ «{query}»: {count}، الأفضل أولًا:',
    more: '… وغيرها ({count}). جميعها: {command}',
    showOne: 'لعرض واحد كاملًا: {command}',
    noneListed: 'لا يطابق أي رمز خطأ: {filters}',
    columns: { platform: 'المنصة', code: 'الرمز', name: 'الاسم', title: 'العنوان' },
  },
};
