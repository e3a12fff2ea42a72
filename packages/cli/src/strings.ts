import type { Locale } from '@org/error-codes-i18n';

/** The CLI's own headings; the error texts and labels come from @org/error-codes-i18n. */
export interface CliStrings {
  readonly clash: string;
  readonly sameMeaning: string;
  /** An entry's retry policy: takes {seconds}, {backoff} (`doubling` or `sameWait`) and {tries}. */
  readonly retryPolicy: string;
  readonly doubling: string;
  readonly sameWait: string;
  /** The same line's codes that often lie behind a vague one: takes {codes}. */
  readonly explainedBy: string;
  readonly sdkMessage: string;
  readonly noWireText: string;
  readonly why: string;
  readonly fix: string;
  readonly docs: string;
  readonly noMatch: string;
  /** A query to try instead, when a word of the search is found nowhere: takes {suggestion}. */
  readonly didYouMean: string;
  /** One line where `--platform` hides another platform's meaning of the same number. */
  readonly otherMeaning: string;
  /** Above the compact list of a word search (always two matches or more). */
  readonly matches: string;
  readonly more: string;
  readonly showOne: string;
  readonly noneListed: string;
  /** Under the clash heading: how to read the number with one line's table. */
  readonly pickLine: string;
  /** Lines whose complete table has no such number. */
  readonly notOn: string;
  /** A line whose table is incomplete lacks the number: unknown there, not "no such code". */
  readonly unconfirmed: string;
  /** `error-codes platforms`: its header row, its cells and its notes. */
  readonly lineColumns: {
    readonly id: string;
    readonly label: string;
    readonly sdk: string;
    readonly versions: string;
    readonly codes: string;
    readonly complete: string;
    readonly entryPoint: string;
  };
  readonly yes: string;
  readonly no: string;
  readonly noTable: string;
  readonly alsoIn: string;
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
  retryPolicy: 'Retry: after {seconds} s, {backoff}, up to {tries} tries',
  doubling: 'doubling',
  sameWait: 'the same wait each time',
  explainedBy: 'Often explained by: {codes}',
  sdkMessage: 'SDK message',
  noWireText: 'no wire text known',
  why: 'Why it happens',
  fix: 'How to fix it',
  docs: 'Docs',
  noMatch: 'No error code matches “{query}”.',
  didYouMean: 'Did you mean “{suggestion}”?',
  otherMeaning: 'On {platform}, {code} means something else: {name}',
  matches: '{count} matches for “{query}”, best first:',
  more: '… and {count} more. All of them: {command}',
  showOne: 'Show one in full: {command}',
  noneListed: 'No error code matches: {filters}',
  pickLine: 'Which one applies depends on your SDK: add {platform} or {sdk}.',
  notOn: 'Not a code on {platforms}.',
  unconfirmed:
    '{platform}: {code} is not in this line’s table, which is incomplete: it may be a code not confirmed yet. Never read it with another line’s table.',
  lineColumns: {
    id: 'ID',
    label: 'LINE',
    sdk: 'SDK',
    versions: 'VERSIONS',
    codes: 'CODES',
    complete: 'COMPLETE',
    entryPoint: 'ENTRY POINT',
  },
  yes: 'yes',
  no: 'no',
  noTable: 'no table',
  alsoIn: '{platform}: also in {sdk}',
  columns: { platform: 'PLATFORM', code: 'CODE', name: 'NAME', title: 'TITLE' },
};

export const strings: Readonly<Record<Locale, CliStrings>> = {
  en,
  'en-XA': en,
  es: {
    clash: '{code} significa cosas distintas en cada plataforma:',
    sameMeaning: 'El mismo significado en {platform}: {code}',
    retryPolicy: 'Reintento: tras {seconds} s, {backoff}, hasta {tries} intentos',
    doubling: 'duplicando la espera',
    sameWait: 'con la misma espera cada vez',
    explainedBy: 'Suele explicarse por: {codes}',
    sdkMessage: 'Mensaje del SDK',
    noWireText: 'no se conoce el texto que envía',
    why: 'Por qué ocurre',
    fix: 'Cómo solucionarlo',
    docs: 'Documentación',
    noMatch: 'Ningún código de error coincide con «{query}».',
    didYouMean: '¿Quiso decir «{suggestion}»?',
    otherMeaning: 'En {platform}, {code} significa otra cosa: {name}',
    matches: '{count} coincidencias con «{query}», la mejor primero:',
    more: '… y {count} más. Todas: {command}',
    showOne: 'Ver una completa: {command}',
    noneListed: 'Ningún código de error coincide: {filters}',
    pickLine: 'Cuál se aplica depende de su SDK: añada {platform} o {sdk}.',
    notOn: 'No es un código en {platforms}.',
    unconfirmed:
      '{platform}: {code} no está en la tabla de esta línea, que está incompleta: puede ser un código aún no confirmado. No lo lea nunca con la tabla de otra línea.',
    lineColumns: {
      id: 'ID',
      label: 'LÍNEA',
      sdk: 'SDK',
      versions: 'VERSIONES',
      codes: 'CÓDIGOS',
      complete: 'COMPLETA',
      entryPoint: 'PUNTO DE ENTRADA',
    },
    yes: 'sí',
    no: 'no',
    noTable: 'sin tabla',
    alsoIn: '{platform}: también en {sdk}',
    columns: { platform: 'PLATAFORMA', code: 'CÓDIGO', name: 'NOMBRE', title: 'TÍTULO' },
  },
  fr: {
    clash: '{code} n’a pas le même sens selon la plateforme :',
    sameMeaning: 'Même sens sur {platform} : {code}',
    retryPolicy: 'Nouvel essai : après {seconds} s, {backoff}, jusqu’à {tries} essais',
    doubling: 'en doublant l’attente',
    sameWait: 'avec la même attente à chaque fois',
    explainedBy: 'Souvent expliqué par : {codes}',
    sdkMessage: 'Message du SDK',
    noWireText: 'texte envoyé inconnu',
    why: 'Pourquoi cela arrive',
    fix: 'Comment le corriger',
    docs: 'Documentation',
    noMatch: 'Aucun code d’erreur ne correspond à « {query} ».',
    didYouMean: 'Vouliez-vous dire « {suggestion} » ?',
    otherMeaning: 'Sur {platform}, {code} a un autre sens : {name}',
    matches: '{count} résultats pour « {query} », le meilleur d’abord :',
    more: '… et {count} de plus. Tous : {command}',
    showOne: 'En afficher un en entier : {command}',
    noneListed: 'Aucun code d’erreur ne correspond : {filters}',
    pickLine: 'Le bon sens dépend de votre SDK : ajoutez {platform} ou {sdk}.',
    notOn: 'Pas un code sur {platforms}.',
    unconfirmed:
      '{platform} : {code} n’est pas dans la table de cette ligne, qui est incomplète : ce peut être un code pas encore confirmé. Ne le lisez jamais avec la table d’une autre ligne.',
    lineColumns: {
      id: 'ID',
      label: 'LIGNE',
      sdk: 'SDK',
      versions: 'VERSIONS',
      codes: 'CODES',
      complete: 'COMPLÈTE',
      entryPoint: 'POINT D’ENTRÉE',
    },
    yes: 'oui',
    no: 'non',
    noTable: 'pas de table',
    alsoIn: '{platform} : aussi dans {sdk}',
    columns: { platform: 'PLATEFORME', code: 'CODE', name: 'NOM', title: 'TITRE' },
  },
  de: {
    clash: '{code} bedeutet auf jeder Plattform etwas anderes:',
    sameMeaning: 'Gleiche Bedeutung auf {platform}: {code}',
    retryPolicy: 'Wiederholen: nach {seconds} s, {backoff}, bis zu {tries} Versuche',
    doubling: 'mit jeweils doppelter Wartezeit',
    sameWait: 'mit gleicher Wartezeit',
    explainedBy: 'Oft erklärt durch: {codes}',
    sdkMessage: 'SDK-Meldung',
    noWireText: 'kein gesendeter Text bekannt',
    why: 'Warum das passiert',
    fix: 'So beheben Sie es',
    docs: 'Dokumentation',
    noMatch: 'Kein Fehlercode passt zu „{query}“.',
    didYouMean: 'Meinten Sie „{suggestion}“?',
    otherMeaning: 'Auf {platform} bedeutet {code} etwas anderes: {name}',
    matches: '{count} Treffer für „{query}“, der beste zuerst:',
    more: '… und {count} weitere. Alle: {command}',
    showOne: 'Einen vollständig anzeigen: {command}',
    noneListed: 'Kein Fehlercode passt: {filters}',
    pickLine: 'Welche Bedeutung gilt, hängt von Ihrem SDK ab: ergänzen Sie {platform} oder {sdk}.',
    notOn: 'Kein Code auf {platforms}.',
    unconfirmed:
      '{platform}: {code} steht nicht in der Tabelle dieser Linie, die unvollständig ist: Es kann ein noch nicht bestätigter Code sein. Lesen Sie ihn nie mit der Tabelle einer anderen Linie.',
    lineColumns: {
      id: 'ID',
      label: 'LINIE',
      sdk: 'SDK',
      versions: 'VERSIONEN',
      codes: 'CODES',
      complete: 'VOLLSTÄNDIG',
      entryPoint: 'EINSTIEGSPUNKT',
    },
    yes: 'ja',
    no: 'nein',
    noTable: 'keine Tabelle',
    alsoIn: '{platform}: auch in {sdk}',
    columns: { platform: 'PLATTFORM', code: 'CODE', name: 'NAME', title: 'TITEL' },
  },
  'pt-BR': {
    clash: '{code} significa coisas diferentes em cada plataforma:',
    sameMeaning: 'Mesmo significado em {platform}: {code}',
    retryPolicy: 'Nova tentativa: após {seconds} s, {backoff}, até {tries} tentativas',
    doubling: 'dobrando a espera',
    sameWait: 'com a mesma espera a cada vez',
    explainedBy: 'Costuma ser explicado por: {codes}',
    sdkMessage: 'Mensagem do SDK',
    noWireText: 'nenhum texto enviado conhecido',
    why: 'Por que acontece',
    fix: 'Como resolver',
    docs: 'Documentação',
    noMatch: 'Nenhum código de erro corresponde a “{query}”.',
    didYouMean: 'Você quis dizer “{suggestion}”?',
    otherMeaning: 'Em {platform}, {code} significa outra coisa: {name}',
    matches: '{count} resultados para “{query}”, o melhor primeiro:',
    more: '… e mais {count}. Todos: {command}',
    showOne: 'Ver um completo: {command}',
    noneListed: 'Nenhum código de erro corresponde: {filters}',
    pickLine: 'Qual vale depende do seu SDK: adicione {platform} ou {sdk}.',
    notOn: 'Não é um código em {platforms}.',
    unconfirmed:
      '{platform}: {code} não está na tabela desta linha, que está incompleta: pode ser um código ainda não confirmado. Nunca o leia com a tabela de outra linha.',
    lineColumns: {
      id: 'ID',
      label: 'LINHA',
      sdk: 'SDK',
      versions: 'VERSÕES',
      codes: 'CÓDIGOS',
      complete: 'COMPLETA',
      entryPoint: 'PONTO DE ENTRADA',
    },
    yes: 'sim',
    no: 'não',
    noTable: 'sem tabela',
    alsoIn: '{platform}: também em {sdk}',
    columns: { platform: 'PLATAFORMA', code: 'CÓDIGO', name: 'NOME', title: 'TÍTULO' },
  },
  ja: {
    clash: '{code} はプラットフォームによって意味が異なります：',
    sameMeaning: '{platform} での同じ意味のコード：{code}',
    retryPolicy: '再試行：{seconds} 秒後、{backoff}、最大 {tries} 回',
    doubling: '待ち時間を毎回2倍にして',
    sameWait: '毎回同じ待ち時間で',
    explainedBy: 'よくある具体的な原因：{codes}',
    sdkMessage: 'SDK のメッセージ',
    noWireText: '送信されるテキストは不明です',
    why: '発生する理由',
    fix: '解決方法',
    docs: 'ドキュメント',
    noMatch: '「{query}」に一致するエラーコードはありません。',
    didYouMean: 'もしかして:「{suggestion}」',
    otherMeaning: '{platform} では {code} は別の意味です：{name}',
    matches: '「{query}」に一致するもの {count} 件（関連度順）：',
    more: '… ほか {count} 件。すべて表示：{command}',
    showOne: '1 件を詳しく表示：{command}',
    noneListed: '一致するエラーコードはありません：{filters}',
    pickLine: 'どれが当てはまるかは SDK によります：{platform} または {sdk} を付けてください。',
    notOn: '{platforms} にはこのコードはありません。',
    unconfirmed:
      '{platform}：{code} はこのラインの表にありませんが、表は不完全です。まだ確認されていないコードの可能性があります。別のラインの表で読まないでください。',
    lineColumns: {
      id: 'ID',
      label: 'ライン',
      sdk: 'SDK',
      versions: 'バージョン',
      codes: 'コード数',
      complete: '完全',
      entryPoint: 'エントリポイント',
    },
    yes: 'はい',
    no: 'いいえ',
    noTable: '表なし',
    alsoIn: '{platform}：{sdk} にも含まれます',
    columns: { platform: 'プラットフォーム', code: 'コード', name: '名前', title: 'タイトル' },
  },
  'zh-CN': {
    clash: '{code} 在不同平台上含义不同：',
    sameMeaning: '{platform} 上含义相同的代码：{code}',
    retryPolicy: '重试：{seconds} 秒后，{backoff}，最多 {tries} 次',
    doubling: '每次等待时间加倍',
    sameWait: '每次等待时间相同',
    explainedBy: '常见的具体原因：{codes}',
    sdkMessage: 'SDK 消息',
    noWireText: '未知的发送文本',
    why: '发生原因',
    fix: '解决方法',
    docs: '文档',
    noMatch: '没有与“{query}”匹配的错误代码。',
    didYouMean: '您是不是要找“{suggestion}”？',
    otherMeaning: '在 {platform} 上，{code} 的含义不同：{name}',
    matches: '与“{query}”匹配的结果共 {count} 个，按相关度排序：',
    more: '… 还有 {count} 个。查看全部：{command}',
    showOne: '查看某一项的完整内容：{command}',
    noneListed: '没有匹配的错误代码：{filters}',
    pickLine: '适用哪一个取决于您的 SDK：请加上 {platform} 或 {sdk}。',
    notOn: '在 {platforms} 上不是错误代码。',
    unconfirmed:
      '{platform}：{code} 不在此版本线的表中，而该表并不完整：它可能是尚未确认的代码。切勿用其他版本线的表来解读它。',
    lineColumns: {
      id: 'ID',
      label: '版本线',
      sdk: 'SDK',
      versions: '版本',
      codes: '代码数',
      complete: '完整',
      entryPoint: '入口',
    },
    yes: '是',
    no: '否',
    noTable: '无表',
    alsoIn: '{platform}：也包含在 {sdk} 中',
    columns: { platform: '平台', code: '代码', name: '名称', title: '标题' },
  },
  hi: {
    clash: '{code} का अर्थ हर प्लेटफ़ॉर्म पर अलग है:',
    sameMeaning: '{platform} पर यही अर्थ: {code}',
    retryPolicy: 'फिर से कोशिश: {seconds} सेकंड बाद, {backoff}, ज़्यादा से ज़्यादा {tries} बार',
    doubling: 'हर बार इंतज़ार दोगुना करके',
    sameWait: 'हर बार उतना ही इंतज़ार करके',
    explainedBy: 'अक्सर इनसे समझ आता है: {codes}',
    sdkMessage: 'SDK संदेश',
    noWireText: 'भेजा गया टेक्स्ट ज्ञात नहीं',
    why: 'यह क्यों होता है',
    fix: 'इसे कैसे ठीक करें',
    docs: 'दस्तावेज़',
    noMatch: '“{query}” से कोई त्रुटि कोड मेल नहीं खाता।',
    didYouMean: 'क्या आपका मतलब “{suggestion}” था?',
    otherMeaning: '{platform} पर {code} का अर्थ अलग है: {name}',
    matches: '“{query}” के {count} परिणाम, सबसे उपयुक्त पहले:',
    more: '… और {count} अधिक। सभी देखें: {command}',
    showOne: 'किसी एक को पूरा देखें: {command}',
    noneListed: 'कोई त्रुटि कोड मेल नहीं खाता: {filters}',
    pickLine: 'कौन-सा लागू होता है, यह आपके SDK पर निर्भर है: {platform} या {sdk} जोड़ें।',
    notOn: '{platforms} पर यह कोड नहीं है।',
    unconfirmed:
      '{platform}: {code} इस लाइन की तालिका में नहीं है, और यह तालिका अधूरी है: यह ऐसा कोड हो सकता है जिसकी अभी पुष्टि नहीं हुई। इसे कभी किसी दूसरी लाइन की तालिका से न पढ़ें।',
    lineColumns: {
      id: 'ID',
      label: 'लाइन',
      sdk: 'SDK',
      versions: 'संस्करण',
      codes: 'कोड',
      complete: 'पूर्ण',
      entryPoint: 'एंट्री पॉइंट',
    },
    yes: 'हाँ',
    no: 'नहीं',
    noTable: 'तालिका नहीं',
    alsoIn: '{platform}: {sdk} में भी',
    columns: { platform: 'प्लेटफ़ॉर्म', code: 'कोड', name: 'नाम', title: 'शीर्षक' },
  },
  ar: {
    clash: 'للرمز {code} معانٍ مختلفة حسب المنصة:',
    sameMeaning: 'المعنى نفسه على {platform}: {code}',
    retryPolicy: 'إعادة المحاولة: بعد {seconds} ث، {backoff}، حتى {tries} محاولات',
    doubling: 'مع مضاعفة الانتظار كل مرة',
    sameWait: 'بالانتظار نفسه كل مرة',
    explainedBy: 'غالبًا ما يفسّره: {codes}',
    sdkMessage: 'رسالة SDK',
    noWireText: 'لا يُعرف النص المُرسَل',
    why: 'لماذا يحدث',
    fix: 'كيفية الإصلاح',
    docs: 'التوثيق',
    noMatch: 'لا يطابق أي رمز خطأ «{query}».',
    didYouMean: 'هل تقصد «{suggestion}»؟',
    otherMeaning: 'على {platform}، للرمز {code} معنى آخر: {name}',
    matches: 'عدد النتائج لـ «{query}»: {count}، الأفضل أولًا:',
    more: '… وغيرها ({count}). جميعها: {command}',
    showOne: 'لعرض واحد كاملًا: {command}',
    noneListed: 'لا يطابق أي رمز خطأ: {filters}',
    pickLine: 'يتوقف المعنى الصحيح على SDK الذي تستخدمه: أضف {platform} أو {sdk}.',
    notOn: 'ليس رمزًا على {platforms}.',
    unconfirmed:
      '{platform}: الرمز {code} ليس في جدول هذا الإصدار، والجدول غير مكتمل: قد يكون رمزًا لم يُؤكَّد بعد. لا تقرأه أبدًا بجدول إصدار آخر.',
    lineColumns: {
      id: 'المعرّف',
      label: 'الإصدار',
      sdk: 'SDK',
      versions: 'الإصدارات',
      codes: 'الرموز',
      complete: 'مكتمل',
      entryPoint: 'نقطة الدخول',
    },
    yes: 'نعم',
    no: 'لا',
    noTable: 'لا جدول',
    alsoIn: '{platform}: موجود أيضًا في {sdk}',
    columns: { platform: 'المنصة', code: 'الرمز', name: 'الاسم', title: 'العنوان' },
  },
};
