import type { GuideStrings } from './types.js';

export const guide: GuideStrings = {
  reachHeading: 'アプリへの届き方',
  deliveryEmitted:
    'js-sdk {version} はこのエラーをミーティングのエラーイベント（`{event}`、React では `{hook}`）で通知します。スローする呼び出しはありません。',
  deliveryThrown:
    'js-sdk {version} はこのエラーをエラーイベントでは通知しません。エラーが起きた呼び出しがスローするか、その Promise を拒否します。下のコードのように、呼び出しの周りで捕捉してください。',
  deliveryBoth:
    'js-sdk {version} は両方を行います。エラーイベント（`{event}`）で通知し、エラーが起きた呼び出しもスローするか Promise を拒否します。イベントで処理し、拒否が未処理にならないよう呼び出しも捕捉してください。',
  deliveryServer:
    'ミーティングサーバーが送るエラーです。js-sdk {version} のコードにはこの名前がなく、サーバーから届いたものをそのままエラーイベント（`{event}`）に渡します。',
  deliveryTableOnly:
    'js-sdk {version} はこのエラーを表にのみ記載しており、このバージョンの呼び出しで発生することはありません。',
  thrownBy: 'スローする呼び出し：{calls}。',
  deliveryOther:
    '{platform} でエラーを通知するオブジェクト、スローする呼び出し、エラーイベントが来ない場合の動作：',
  howErrorsLink: 'エラーがアプリに届く仕組み（{platform}）',
  retryableMeans:
    '再試行可能とは、アプリが少し待って同じ呼び出しをそのまま繰り返せば成功しうるという意味です。先に直すものはありません。',
  howToRetry: '再試行',
  retryPolicy:
    '再試行ポリシー：繰り返す前に {waits} 待ち、最大 {attempts} 回まで。それでも失敗したらエラーを表示します。',
  notRetryable:
    '再試行不可：何か（権限、デバイス、設定、アプリのコード、アカウント）が変わるまで、同じ呼び出しをそのまま繰り返しても失敗します。',
  explainedByHeading: 'よくある原因',
  explainedByLead:
    'このコードは内容があいまいです。同じ頃に通知された次のいずれかのコードが、たいてい本当の原因を示します：',
  apiKeyPointer: 'SDK がトークンを求める所に API キーを渡すと、このエラーになります。',

  pagesLabel: 'ガイド',

  howErrorsTitle: 'エラーがアプリに届く仕組み：{platform}',
  howErrorsLead:
    'エラーがアプリに届く道は三つです。エラーイベント、例外をスローするか Promise を拒否する呼び出し、そしてエラーを伴わない状態の変化だけの場合です。このページでは、この SDK ラインでどれに当たるかを説明します。',
  englishNote: '以下の内容は SDK 自身のメソッドやイベントの名前を挙げるため、英語のままです。',
  retryHeading: '再試行可能とは、そして再試行のしかた',
  retryBody: [
    '`retryable: true` は、アプリが少し待って同じ呼び出しをそのまま繰り返せば成功しうるという意味です。先に直すものはなく、エントリーの `retry` ポリシーに従ってアプリが自動で繰り返せます。',
    '`retryable: false` は、誰かが何か（権限、デバイス、設定、アプリのコード、アカウント、上限）を変えるまで、同じ呼び出しを繰り返しても失敗するという意味です。エンドユーザー向けの文が、その変更の後に「もう一度お試しください」と言うことはありますが、それはユーザーの手順であり、自動の再試行ではありません。',
    'ポリシーは再試行可能な各エントリーにデータとしてあります：`retry: { afterMs, backoff, maxAttempts }`。最初の待ち時間（ミリ秒）、`exponential`（待ち時間を毎回 2 倍）か `none`、そして最大の繰り返し回数です。最後の繰り返しの後はエラーを表示します。',
  ],
  policyDefault:
    '既定のポリシー `{name}`：待ち時間 {waits}（{attempts} 回）。SDK の文言に待ち時間がない、再試行可能なすべてのコードに使います。',
  policyFewSeconds:
    '`{name}`：待ち時間 {waits}（{attempts} 回）。SDK が「try again after few seconds」と言うコード（4018–4020）に使います。',

  apiKey: {
    title: 'API キーとトークン',
    lead: 'SDK が受け取るのはトークンで、API キーではありません。トークンの代わりに API キーを渡すことが、4001 と 4002 の最もよくある原因です。',
    keyHeading: 'API キーとシークレット',
    keyBody: [
      'API キーは VideoSDK のアカウントを識別します。API キーにはシークレットが付いており、どちらもサーバーだけに置きます。',
      'API キーやシークレットをアプリ、Web ページ、モバイルのビルドに含めてはいけません。そこでは誰でも読み取れ、あなたのアカウントでミーティングを始められてしまいます。',
    ],
    tokenHeading: 'トークン',
    tokenBody: [
      'トークンは JWT（JSON Web Token）です。サーバーがシークレットで署名し（HS256）、アプリに渡します。アプリはそれを SDK に渡します（`VideoSDK.config(token)`、`<MeetingProvider token>`、ネイティブ SDK の token 引数）。',
      '有効期間は短くし、ユーザーに必要な権限だけを与えてください。',
    ],
    claimsHeading: 'トークンの中身（VideoSDK のガイドによる）',
    claims: {
      apikey: 'あなたの API キー。サーバーが署名と照合します。',
      permissions:
        '`allow_join`（直接参加）、`ask_join`（ホストに参加を求める）、`allow_mod`（モデレート）。',
      version: 'ルーム、参加者、ロールを指定するときは `2`。',
      roomId: '任意。このトークンで参加できる唯一のルーム。',
      participantId: '任意。このトークンで使える唯一の参加者 ID。',
      roles: '任意。ミーティングには `rtc`、サーバーからの API 呼び出しには `crawler`。',
      exp: 'トークンの有効期限。1970 年からの秒数（署名時に `expiresIn` で設定）。',
    },
    wrongHeading: '何がうまくいかないか',
    wrongBody:
      'トークンとして渡された API キーは JWT ではないため、サーバーが拒否します：{codes}。期限切れのトークンや、別のアカウントのシークレットで署名されたトークンも同じく拒否されます。',
    debugHeading: '拒否されたトークンの調べ方',
    debugSteps: [
      '値が JWT か確認します。ドットでつながった三つの base64url の部分です。ドットのない短い文字列は API キーです。',
      '真ん中の部分をデコードし（Web サイトではなく手元で。認証情報です）、クレームを読みます。',
      '`exp` を確認します。未来の時刻でなければなりません。現在時刻の秒数（`date +%s`）と比べます。',
      '`apikey` を確認します。トークンに署名したシークレットと同じアカウントの API キーでなければなりません。',
      '`permissions` と、設定されていれば `roomId` や `participantId` を確認します。アプリが求める操作を許可している必要があります。',
    ],
    keywords: 'jwt json web token トークン api キー apikey シークレット 署名 期限切れ exp クレーム',
  },
};
