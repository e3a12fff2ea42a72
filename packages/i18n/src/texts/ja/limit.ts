import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'limit'> = {
  'hls-duration-limit-reached': {
    title: 'HLS配信の時間が上限に達しました',
    userTitle: '視聴者向け放送の時間が上限に達しました',
    description:
      '1回のHLS配信の最大時間である2時間に達したため、システムがHLS配信を自動的に停止しました。',
    userMessage:
      '視聴者向け放送は2時間の上限に達したため停止しました。ミーティングは続いており、新しい視聴者向け放送を開始できます。',
    causes: [
      '1回のHLS配信は最長2時間です。上限に達したため、サーバーがこのHLS配信を停止しました。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'この警告を受け取ったら、新しいHLS配信の開始を提案してください。',
      },
      {
        by: 'app',
        text: '長いイベントは、それぞれ最長2時間の複数のHLS配信に分けて計画してください。',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          '視聴者向け放送は2時間の上限に達したため停止しました。ミーティングは続いており、主催者が新しい放送を開始できます。',
      },
      viewer: {
        userMessage:
          '視聴者向け放送は2時間の上限に達したため停止しました。主催者が新しい放送を開始できます。対応は必要ありません。',
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'ライブ配信の時間が上限に達しました',
    userTitle: 'ライブ配信の時間が上限に達しました',
    description:
      '1回のRTMPライブ配信の最大時間である2時間に達したため、システムがライブ配信を自動的に停止しました。',
    userMessage:
      'ライブ配信は2時間の上限に達したため停止しました。ミーティングは続いており、新しいライブ配信を開始できます。',
    causes: [
      '1回のRTMPライブ配信は最長2時間です。上限に達したため、サーバーがこのライブ配信を停止しました。',
    ],
    fixes: [
      {
        by: 'app',
        text: 'この警告を受け取ったら、新しいライブ配信の開始を提案してください。',
      },
      {
        by: 'app',
        text: '長いイベントは、それぞれ最長2時間の複数のライブ配信に分けて計画してください。',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'ライブ配信は2時間の上限に達したため停止しました。ミーティングは続いており、主催者が新しいライブ配信を開始できます。',
      },
    },
  },
  'max-hls-limit-reached-on-organization': {
    title: '組織のHLS配信数が上限に達しました',
    userTitle: '視聴者向け放送を利用できません',
    description:
      '組織のHLS配信数が上限に達しました。上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      '上限に達したため、現在は視聴者向け放送を開始できません。しばらくしてからもう一度お試しください。',
    causes: ['組織のHLS配信数が、アカウントで許可されている上限に達しました。'],
    fixes: [
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、組織のHLS配信の上限と使用状況を確認してください。',
      },
      {
        by: 'app',
        text: '不要になったHLS配信を停止してから、もう一度お試しください。',
      },
      {
        by: 'support',
        text: '上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: '組織のライブ配信数が上限に達しました',
    userTitle: 'ライブ配信を利用できません',
    description:
      '組織のライブ配信数が上限に達しました。上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      '上限に達したため、現在はライブ配信を開始できません。しばらくしてからもう一度お試しください。',
    causes: ['組織のライブ配信数が、アカウントで許可されている上限に達しました。'],
    fixes: [
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、組織のライブ配信の上限と使用状況を確認してください。',
      },
      {
        by: 'app',
        text: '不要になったライブ配信を停止してから、もう一度お試しください。',
      },
      {
        by: 'support',
        text: '上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
      },
    ],
  },
  'max-participant-reached': {
    title: 'ミーティングが満員です',
    userTitle: 'ミーティングが満員です',
    description:
      'ミーティングの参加者数が上限に達しました。上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      'このミーティングは満員のため、現在参加できません。しばらくしてからもう一度お試しいただくか、主催者にご相談ください。',
    causes: ['ミーティングの参加者数が、アカウントの上限に達しました。'],
    fixes: [
      {
        by: 'user',
        text: 'しばらくしてからもう一度お試しいただくか、主催者にご相談ください。',
      },
      {
        by: 'app',
        text: 'ミーティングが満員であることをユーザーに伝え、後でもう一度試せるようにしてください。',
      },
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、アカウントのプランの参加者数の上限を確認してください。',
      },
      {
        by: 'support',
        text: '上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: '組織の録画数が上限に達しました',
    userTitle: '録画を利用できません',
    description:
      '組織の録画数が上限に達しました。上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      '上限に達したため、現在は録画を開始できません。しばらくしてからもう一度お試しください。',
    causes: ['組織の録画数が、アカウントで許可されている上限に達しました。'],
    fixes: [
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、組織の録画の上限と使用状況を確認してください。',
      },
      {
        by: 'app',
        text: '不要になった録画を停止してから、もう一度お試しください。',
      },
      {
        by: 'support',
        text: '上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: '組織のRECV_ONLYの上限に達しました',
    userTitle: '視聴者数が上限に達しました',
    description:
      'RECV_ONLYモードで参加する参加者の数が、組織の上限に達しました。上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      '視聴者数が上限に達したため、現在参加できません。しばらくしてからもう一度お試しください。',
    causes: [
      '組織のRECV_ONLYの参加者数が上限に達しているときに、参加者がRECV_ONLYモードで参加しようとしたため、参加できませんでした。',
    ],
    fixes: [
      {
        by: 'support',
        text: '組織のRECV_ONLYの上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
      },
      { by: 'app', text: '上限に達したことをユーザーに伝え、自動では再試行しないでください。' },
      { by: 'user', text: 'しばらくしてからもう一度お試しください。' },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: '組織の発言者数が上限に達しました',
    userTitle: '発言者が多すぎます',
    description:
      '組織の発言者数が上限に達しました。上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      '発言者数が上限に達したため、現在参加できません。しばらくしてからもう一度お試しください。',
    causes: ['組織全体で、発言者として参加した参加者の数がアカウントの上限に達しました。'],
    fixes: [
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、組織の発言者数の上限と使用状況を確認してください。',
      },
      {
        by: 'app',
        text: '視聴するだけの参加者には、発言者ではなく視聴者として参加してもらってください。',
      },
      {
        by: 'support',
        text: '上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'ミーティングの発言者数が上限に達しました',
    userTitle: '発言者数が上限に達しました',
    description:
      'ミーティングの発言者数が上限に達しました。上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      'このミーティングの発言者数が上限に達したため、現在参加できません。しばらくしてからもう一度お試しいただくか、主催者にご相談ください。',
    causes: ['ミーティングの発言者数が、アカウントの上限に達しました。'],
    fixes: [
      {
        by: 'user',
        text: 'しばらくしてからもう一度お試しいただくか、主催者にご相談ください。',
      },
      {
        by: 'app',
        text: '視聴するだけの参加者には、発言者ではなく視聴者として参加してもらってください。',
      },
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、アカウントのプランの発言者数の上限を確認してください。',
      },
      {
        by: 'support',
        text: '上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: '組織の視聴者数が上限に達しました',
    userTitle: '視聴者が多すぎます',
    description:
      '組織の視聴者数（VIEWERモードまたはSIGNALLING_ONLYモードで参加する参加者の数）が上限に達しました。サーバーのメッセージではSIGNALING_ONLYと表記されます。VIEWERは0.1.4より前のこのモードの名前です。上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
    userMessage:
      '視聴者数が上限に達したため、現在参加できません。しばらくしてからもう一度お試しください。',
    causes: [
      '組織全体で、VIEWERモードまたはSIGNALLING_ONLYモードで参加した参加者の数がアカウントの上限に達しました。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'VideoSDKダッシュボードで、組織の視聴者数の上限と使用状況を確認してください。',
      },
      {
        by: 'app',
        text: '現在このミーティングにはこれ以上視聴者が参加できないことをユーザーに伝え、後でもう一度試せるようにしてください。',
      },
      {
        by: 'support',
        text: '上限を引き上げるには、VideoSDKサポート（support@videosdk.live）にお問い合わせください。',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: '録画の時間が上限に達しました',
    userTitle: '録画の時間が上限に達しました',
    description:
      '1回の録画の最大時間である2時間に達したため、システムが録画を自動的に停止しました。',
    userMessage:
      '録画は2時間の上限に達したため停止しました。ミーティングは続いており、新しい録画を開始できます。',
    causes: ['1回の録画は最長2時間です。上限に達したため、サーバーがこの録画を停止しました。'],
    fixes: [
      {
        by: 'app',
        text: 'この警告を受け取ったら、新しい録画の開始を提案してください。',
      },
      {
        by: 'app',
        text: '長いミーティングは、それぞれ最長2時間の複数の録画に分けて計画してください。',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          '録画は2時間の上限に達したため停止しました。ミーティングは続いており、主催者が新しい録画を開始できます。',
      },
    },
  },
};
