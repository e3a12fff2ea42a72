import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'account'> = {
  'account-deactivated': {
    title: 'アカウントが無効化されました',
    userTitle: 'ミーティングを利用できません',
    description:
      'アカウントはVideoSDKによって無効化されたようです。VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      '現在、このアプリではミーティングを利用できません。{supportContact}にお問い合わせください。',
    causes: [
      'APIキーを所有するアカウントがVideoSDKによって無効化されました。メッセージには理由が示されていません。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードにサインインし、アカウントの状態を確認してください。',
      },
      {
        by: 'support',
        text: 'VideoSDKサポート（support@videosdk.live）に問い合わせて、アカウントが無効化された理由と復旧の方法を確認してください。',
      },
      {
        by: 'app',
        text: 'アカウントが再び有効になるまで、エンドユーザーにはわかりやすいメッセージと問い合わせ先を表示してください。',
      },
    ],
  },
  'account-discontinued': {
    title: 'アカウントの利用が終了しました',
    userTitle: 'ミーティングを利用できません',
    description:
      'アカウントの利用は終了しています。サーバーから詳細を示す具体的なメッセージが送られます。詳しくはサポートにお問い合わせください。',
    userMessage:
      '現在、このアプリではミーティングを利用できません。{supportContact}にお問い合わせください。',
    causes: [
      'APIキーを所有するアカウントの利用が終了しています。',
      'エラーメッセージでサーバーが示す理由を確認してください。サーバーはこのエラーとともに具体的な詳細を送ります。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'このエラーとともに届くサーバーのメッセージをログに残してください。具体的な理由はそこに示されます。',
      },
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、アカウントの状態とプランを確認してください。',
      },
      {
        by: 'support',
        text: '詳しくは、サーバーのメッセージを添えてVideoSDKサポート（support@videosdk.live）にお問い合わせください。',
      },
    ],
  },
  'add-on-services-disabled': {
    title: 'アドオンサービスが無効です',
    userTitle: 'この機能は利用できません',
    description:
      'このアカウントではアドオンサービスが無効になっています。VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      '現在、このアプリではこの機能を利用できません。{supportContact}にお問い合わせください。',
    causes: [
      'APIキーを所有するアカウントでアドオンサービスがオフになっているため、サーバーは要求された機能を拒否しました。',
      'メッセージには機能の名前が示されていません。エラーが届いたときにアプリがどの機能を要求したかを確認してください。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、アカウントのアドオンとプランを確認してください。',
      },
      {
        by: 'support',
        text: 'VideoSDKサポート（support@videosdk.live）に連絡し、このアカウントのアドオンサービスを有効にしてもらってください。',
      },
      {
        by: 'app',
        text: 'アドオンサービスが利用できるようになるまで、アプリでその機能を非表示にするか無効にしてください。',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'APIキーが無効化されています',
    userTitle: '現在参加できません',
    description:
      'トークンで指定されたAPIキーは無効化されています。ダッシュボードで確認してください。',
    userMessage:
      '現在、このアプリではミーティングを利用できないため、参加できません。{supportContact}にお問い合わせください。',
    causes: [
      'トークンに無効化されたAPIキーが含まれているため、サーバーは参加者をミーティングに入れません。',
      'VideoSDKダッシュボードでキーの状態を確認し、そこで無効化されたかどうかを確かめてください。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードでAPIキーを確認し、再び有効にするか、新しいAPIキーを作成してください。',
      },
      {
        by: 'app',
        text: 'トークンサーバーが、有効なAPIキーとそのシークレットでトークンを生成するようにしてください。',
      },
      {
        by: 'user',
        text: '{supportContact}にお問い合わせください。',
      },
    ],
  },
};
