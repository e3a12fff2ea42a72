import type { TextsOf, WebServerMeaningId } from '../../types.js';

export const texts: TextsOf<WebServerMeaningId> = {
  'adaptive-subscription-disable-failed': {
    title: '未能禁用自适应订阅',
    userTitle: '视频设置未更改',
    description: '自适应订阅已处于禁用状态。',
    userMessage: '视频自动调节未发生变化。会议照常进行。',
    causes: [
      '如 SDK 文档注释所述，应用在自适应订阅已禁用时又调用了 meeting.disableAdaptiveSubscription()，试图为会议再次禁用。',
      '当禁用请求在服务器或网络上失败时，SDK 也会发出此错误代码。此时错误消息中会包含原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '跟踪自适应订阅是否已开启，仅在其开启时调用 disableAdaptiveSubscription()。',
      },
      {
        by: 'app',
        text: '如果请求前自适应订阅处于开启状态，请查看错误消息中服务器给出的原因。',
      },
    ],
  },
  'adaptive-subscription-enable-failed': {
    title: '未能启用自适应订阅',
    userTitle: '视频设置未更改',
    description: '自适应订阅已处于启用状态。',
    userMessage: '视频自动调节未发生变化。会议照常进行。',
    causes: [
      '如 SDK 文档注释所述，应用在自适应订阅已启用时又调用了 meeting.enableAdaptiveSubscription()，试图为会议再次启用。',
      '当启用请求在服务器或网络上失败时，SDK 也会发出此错误代码。此时错误消息中会包含原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '跟踪自适应订阅是否已开启，仅在其关闭时调用 enableAdaptiveSubscription()。',
      },
      {
        by: 'app',
        text: '如果请求前自适应订阅处于关闭状态，请查看错误消息中服务器给出的原因。',
      },
    ],
  },
  'adaptive-subscription-not-enabled-by-sdk': {
    title: '自适应订阅不可用',
    userTitle: '视频自动调节不可用',
    description: 'SDK 未启用自适应订阅。请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '此会议不提供视频自动调节功能。会议照常进行。',
    causes: [
      '服务器报告自适应订阅未启用，因此无法开启或关闭它。',
      'SDK 文档注释未说明原因。VideoSDK 支持团队可以告知您。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: '通过 support@videosdk.live 联系 VideoSDK 支持团队，请其启用自适应订阅。',
      },
      {
        by: 'app',
        text: '在启用之前，不要使用 enableAdaptiveSubscription() 或 disableAdaptiveSubscription()。',
      },
      {
        by: 'support',
        text: '启用自适应订阅，或说明其不可用的原因。',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'API 密钥已停用',
    userTitle: '暂时无法加入',
    description: '令牌中提供的 API 密钥已停用。请在控制台中核实。',
    userMessage: '此应用目前无法使用会议功能，因此您无法加入。请联系 {supportContact}。',
    causes: [
      '令牌中携带的 API 密钥已停用，因此服务器不允许该参会者进入会议。',
      '请在 VideoSDK 控制台中查看该密钥的状态，确认是否是在控制台中将其停用的。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: '在 VideoSDK 控制台中检查该 API 密钥，重新启用它或创建新的 API 密钥。',
      },
      {
        by: 'app',
        text: '让令牌服务器使用处于启用状态的 API 密钥及其 secret 生成令牌。',
      },
      {
        by: 'user',
        text: '请联系 {supportContact}。',
      },
    ],
  },
  'change-mode-failed': {
    title: '模式切换失败',
    userTitle: '模式未更改',
    description: '更改会议模式失败。请重试。',
    userMessage: '未能切换您在会议中的模式。请重试。',
    causes: [
      '服务器拒绝了 meeting.changeMode() 发出的更改会议模式请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在界面中继续显示当前模式，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'change-translation-language-failed': {
    title: '翻译语言未更改',
    userTitle: '语言未更改',
    description: '由于未知错误，更改翻译语言的请求失败。',
    userMessage: '翻译语言未更改。请重试。',
    causes: [
      '服务器拒绝了 meeting.changeTranslationLanguage() 发出的更改会议翻译语言请求，或该请求在网络上失败。',
      'SDK 文档注释未指明具体原因。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并确认翻译正在进行且该语言受支持。',
      },
      {
        by: 'app',
        text: '在更改成功之前，在界面中继续显示之前的语言。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'codec-not-supported': {
    title: '不支持该视频编解码器',
    userTitle: '无法显示视频',
    description: '您的平台不支持远端参会者的视频编解码器。',
    userMessage: '您的浏览器无法显示此参会者的视频。更新浏览器或换用其他浏览器可能会有帮助。',
    causes: ['远端参会者发送视频所用的编解码器，此浏览器或设备无法解码。'],
    fixes: [
      {
        by: 'app',
        text: '检查远端参会者发送的是哪种编解码器，以及此浏览器支持哪些视频编解码器。',
      },
      {
        by: 'app',
        text: '让参会者使用您支持的所有浏览器都能解码的编解码器发送视频。',
      },
      {
        by: 'user',
        text: '请更新浏览器，或从其他浏览器加入。',
      },
    ],
  },
  'consume-mic-streams-failed': {
    title: '未能接收麦克风流',
    userTitle: '音频未能加载',
    description: '接收该参会者的麦克风流失败。请重试。',
    userMessage: '此参会者的音频未能加载。请重试。',
    causes: [
      '服务器拒绝了 participant.consumeMicStreams() 为接收该参会者麦克风流而发出的请求，或该请求在网络上失败。',
      '由于 initMeeting() 中的 autoConsume 为 false，应用需要自行调用此方法。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 consumeMicStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'consume-webcam-streams-failed': {
    title: '未能接收网络摄像头流',
    userTitle: '视频未能加载',
    description: '接收该参会者的网络摄像头流失败。请重试。',
    userMessage: '此参会者的视频未能加载。请重试。',
    causes: [
      '服务器拒绝了 participant.consumeWebcamStreams() 为接收该参会者网络摄像头流而发出的请求，或该请求在网络上失败。',
      '由于 initMeeting() 中的 autoConsume 为 false，应用需要自行调用此方法。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 consumeWebcamStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'create-consumer-failed': {
    title: '未能创建 consumer',
    userTitle: '音频或视频未能加载',
    description: '创建 consumer 失败。',
    userMessage: '会议中某人的音频或视频未能加载。如果仍然缺失，请重新加载页面。',
    causes: [
      '服务器无法创建 consumer，因此此参会者收不到其中一路远端媒体流。',
      'SDK 文档注释未指明原因。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因和应用日志，并记下受影响的是哪位远端参会者。',
      },
      {
        by: 'user',
        text: '如果某人的音频或视频一直缺失，请重新加载页面并重新加入。',
      },
      {
        by: 'app',
        text: '如果问题反复出现，请将会议 ID、时间和错误消息发送给 VideoSDK 支持团队。',
      },
    ],
  },
  'disable-participant-mic-failed': {
    title: '未能关闭参会者的麦克风',
    userTitle: '麦克风请求失败',
    description: '关闭该参会者的麦克风失败。请重试。',
    userMessage: '关闭此参会者麦克风的请求未能完成。请重试。',
    causes: [
      '服务器拒绝了 participant.disableMic() 针对远端参会者发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: '未能关闭参会者的网络摄像头',
    userTitle: '摄像头请求失败',
    description: '关闭该参会者的网络摄像头失败。请重试。',
    userMessage: '关闭此参会者摄像头的请求未能完成。请重试。',
    causes: [
      '服务器拒绝了 participant.disableWebcam() 针对远端参会者发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: '未能开启参会者的麦克风',
    userTitle: '麦克风请求失败',
    description: '开启该参会者的麦克风失败。请重试。',
    userMessage: '开启此参会者麦克风的请求未能完成。请重试。',
    causes: [
      '服务器拒绝了 participant.enableMic() 针对远端参会者发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: '未能开启参会者的网络摄像头',
    userTitle: '摄像头请求失败',
    description: '开启该参会者的网络摄像头失败。请重试。',
    userMessage: '开启此参会者摄像头的请求未能完成。请重试。',
    causes: [
      '服务器拒绝了 participant.enableWebcam() 针对远端参会者发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'failed-to-get-value': {
    title: '未能读取实时存储的值',
    userTitle: '无法加载会议数据',
    description: '获取实时存储（Realtime Store）的值失败。',
    userMessage: '部分会议信息未能加载。请重试。',
    causes: [
      'meeting.realtimeStore.getValue() 向会议实时存储发出的读取请求在服务器或网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并检查所请求的键。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 getValue()，在此期间保留最后已知的值。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'failed-to-observe-value': {
    title: '未能监听实时存储的值',
    userTitle: '实时更新未开始',
    description: '开始监听实时存储（Realtime Store）的值失败。',
    userMessage: '部分会议信息可能不会自动更新。请重新加载页面以刷新。',
    causes: [
      'meeting.realtimeStore.observe() 向会议实时存储发出的订阅请求在服务器或网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并检查要监听的键。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 observe()，在此期间使用 getValue() 读取当前值。',
      },
      {
        by: 'user',
        text: '如果信息一直没有更新，请重新加载页面。',
      },
    ],
  },
  'failed-to-set-value': {
    title: '未能保存实时存储的值',
    userTitle: '更改未保存',
    description: '设置实时存储（Realtime Store）的值失败。',
    userMessage: '您的更改未能保存。请重试。',
    causes: [
      'meeting.realtimeStore.setValue() 向会议实时存储发出的写入请求在服务器或网络上失败。',
      '无效的键、无效的值以及超过 1 KB 的值会在请求发出之前触发其他错误代码。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在 setValue() 成功之前，在界面中保留之前的值，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: '未能停止监听实时存储的值',
    userTitle: '实时更新未停止',
    description: '停止监听实时存储（Realtime Store）的值失败。',
    userMessage: '部分会议信息可能仍会继续更新。无需任何操作。',
    causes: [
      'meeting.realtimeStore.stopObserving() 向会议实时存储发出的取消订阅请求在服务器或网络上失败。',
      '在 js-sdk 1.1.1 中，stopObserving() 不会抛出此错误代码：它只会把失败写入 SDK 的跟踪日志（这是日志记录，并非录制），然后正常返回。',
    ],
    fixes: [
      {
        by: 'app',
        text: '在错误消息或 SDK 的跟踪日志中查看服务器给出的原因。',
      },
      {
        by: 'app',
        text: '忽略应用已不再监听的键的更新，这样迟到的更新也不会造成影响。',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: '组织 RECV_ONLY 人数已达上限',
    userTitle: '观众人数已达上限',
    description:
      '该组织以 RECV_ONLY 模式加入的参会者人数已达上限。如需提高上限，请通过 support@videosdk.live 联系 VideoSDK 支持团队。',
    userMessage: '此服务的观众人数已达上限，您暂时无法加入。请稍后重试。',
    causes: [
      '参会者尝试以 RECV_ONLY 模式加入时，该组织的 RECV_ONLY 参会者人数已达上限，因此该参会者未能进入。',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: '通过 support@videosdk.live 联系 VideoSDK 支持团队，提高该组织的 RECV_ONLY 上限。',
      },
      {
        by: 'support',
        text: '提高该组织 RECV_ONLY 参会者的人数上限。',
      },
      {
        by: 'app',
        text: '告知用户已达上限，并且不要自动重试。',
      },
      {
        by: 'user',
        text: '请稍后重试。',
      },
    ],
  },
  'meeting-id-disabled': {
    title: '会议 ID 已禁用',
    userTitle: '会议链接已失效',
    description: '该会议 ID 已被禁用。请使用 API 生成新的会议 ID。',
    userMessage: '此会议链接已失效。请向主持人索取新链接。',
    causes: ['加入时使用的会议 ID 已被禁用，因此参会者无法加入该会议。'],
    fixes: [
      {
        by: 'app',
        text: '使用 VideoSDK API 创建新的会议 ID，并将新会议分享给参会者。',
      },
      {
        by: 'app',
        text: '不要再在链接和已存储的数据中使用已禁用的会议 ID。',
      },
      {
        by: 'user',
        text: '请向主持人索取新的会议链接。',
      },
    ],
  },
  'pause-all-streams-failed': {
    title: '暂停所有流失败',
    userTitle: '无法暂停',
    description: '暂停所有流失败。请重试。',
    userMessage: '无法暂停其他人的音频和视频。请重试。',
    causes: [
      '服务器拒绝了 meeting.pauseAllStreams() 为暂停会议中所有流而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '让界面保持之前的状态，并在会议连接稳定后再次调用 pauseAllStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'pause-stream-failed': {
    title: '暂停流失败',
    userTitle: '无法暂停',
    description: '暂停该流失败。请重试。',
    userMessage: '无法暂停此参会者的音频或视频。请重试。',
    causes: [
      '服务器拒绝了 stream.pause() 针对远端参会者的流发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '继续将该流显示为播放中，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'pin-failed': {
    title: '置顶失败',
    userTitle: '置顶未成功',
    description: '置顶该参会者失败。请重试。',
    userMessage: '无法置顶此参会者。请重试。',
    causes: [
      '服务器拒绝了 participant.pin() 为置顶该参会者而发出的请求，或该请求在网络上失败。',
      '服务器拒绝时，SDK 会恢复之前的置顶状态。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '根据 pin-state-changed 事件更新布局，而不是仅根据请求本身。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'pubsub-publish-failed': {
    title: 'PubSub 发布失败',
    userTitle: '消息未发送',
    description: '向 PubSub 主题发布消息失败。请重试。',
    userMessage: '您的消息未能发送。请检查网络连接，然后重试。',
    causes: [
      'meeting.pubSub.publish() 向会议 PubSub 发出的发布请求超时，或服务器返回了错误。',
      '错误消息会说明是否超时，或给出服务器的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息，区分是超时还是服务器错误。',
      },
      {
        by: 'app',
        text: '在界面中保留未发送的消息，并允许用户再次发送。',
      },
      {
        by: 'user',
        text: '请检查网络连接，然后重试。',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'PubSub 订阅失败',
    userTitle: '消息无法加载',
    description: '订阅 PubSub 主题失败。请重试。',
    userMessage: '新消息可能无法显示。请检查网络连接，然后重新加载页面。',
    causes: [
      'meeting.pubSub.subscribe() 向会议 PubSub 发出的订阅请求超时，或服务器返回了错误。',
      '如果给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息，区分是超时还是服务器错误。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 subscribe()。',
      },
      {
        by: 'user',
        text: '请检查网络连接，然后重新加载页面。',
      },
    ],
  },
  'pubsub-unsubscribe-failed': {
    title: 'PubSub 取消订阅失败',
    userTitle: '消息未停止',
    description: '取消订阅 PubSub 主题失败。请重试。',
    userMessage: '您可能仍会在这里收到一些消息。无需任何操作。',
    causes: [
      'meeting.pubSub.unsubscribe() 向会议 PubSub 发出的取消订阅请求超时，或服务器返回了错误。',
      '如果给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息，区分是超时还是服务器错误。',
      },
      {
        by: 'app',
        text: '使用同一个 listeners 对象再次调用 unsubscribe()，并在此期间忽略该主题的消息。',
      },
    ],
  },
  'remove-participant-failed': {
    title: '未能移除参会者',
    userTitle: '无法移除参会者',
    description: '移除该参会者失败。请重试。',
    userMessage: '无法将此参会者移出会议。请重试。',
    causes: [
      '服务器拒绝了 participant.remove() 为移除该参会者而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。如果原因涉及权限，请检查本地参会者令牌中的权限。',
      },
      {
        by: 'app',
        text: '在收到 participant-left（参会者已离开）事件之前，将该参会者保留在列表中。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'request-media-relay-failed': {
    title: '媒体中继请求失败',
    userTitle: '无法发送到其他会议',
    description: '请求媒体中继失败。请重试。',
    userMessage: '无法将您的音频和视频发送到其他会议。请重试。',
    causes: [
      '服务器拒绝了 meeting.requestMediaRelay() 向其他会议请求媒体中继的请求，或该请求在网络上失败。',
      '请查看错误消息中服务器给出的原因，例如与目标会议或其令牌有关的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '检查目标会议 ID，以及为目标会议传入的令牌。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'respond-entry-failed': {
    title: '入会请求响应失败',
    userTitle: '答复未发送',
    description: '响应入会请求失败。请重试。',
    userMessage: '您对入会请求的答复未能送达。请重试。',
    causes: [
      '服务器拒绝了 meeting.respondEntry() 对会议入会请求发出的响应，或该请求在网络上失败。entry-requested 事件的 allow() 和 deny() 函数使用的是同一个请求。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在屏幕上保留入会请求，以便主持人再次答复。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'respond-media-relay-request-failed': {
    title: '媒体中继请求响应失败',
    userTitle: '答复未发送',
    description: '响应媒体中继请求失败。请重试。',
    userMessage: '您对其他会议请求的答复未能送达。请重试。',
    causes: [
      '服务器拒绝了 media-relay-request-received 事件的 accept() 或 reject() 发出的响应，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在屏幕上保留中继请求，以便主持人再次答复。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'resume-all-streams-failed': {
    title: '恢复所有流失败',
    userTitle: '无法恢复',
    description: '恢复所有流失败。请重试。',
    userMessage: '无法恢复其他人的音频和视频。请重试。',
    causes: [
      '服务器拒绝了 meeting.resumeAllStreams() 为恢复会议中所有流而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '让界面保持之前的状态，并在会议连接稳定后再次调用 resumeAllStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'resume-stream-failed': {
    title: '恢复流失败',
    userTitle: '无法恢复',
    description: '恢复该流失败。请重试。',
    userMessage: '无法恢复此参会者的音频或视频。请重试。',
    causes: [
      '服务器拒绝了 stream.resume() 针对远端参会者的流发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '继续将该流显示为已暂停，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'set-quality-failed': {
    title: '未能设置流画质',
    userTitle: '视频画质未更改',
    description: '设置流画质失败。请重试。',
    userMessage: '视频画质未更改。请重试。',
    causes: [
      '服务器拒绝了 participant.setQuality() 或 participant.setScreenShareQuality() 为更改该参会者画质而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '继续显示之前的画质，并在会议连接稳定后再次调用该方法。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'something-went-wrong': {
    title: '出现问题',
    userTitle: '出现问题',
    description: '出现问题。',
    userMessage: '会议中出现问题。请重试；如果问题仍然存在，请联系 {supportContact}。',
    causes: [
      '服务器报告了一个失败，但没有给出更具体的错误代码。',
      'js-sdk 1.1.1 本身不会发出此错误代码。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因和应用日志，并记下会议 ID 和时间。',
      },
      {
        by: 'user',
        text: '请重试。如果问题仍然存在，请重新加载页面。',
      },
      {
        by: 'app',
        text: '如果问题反复出现，请将会议 ID、时间和错误消息发送给 VideoSDK 支持团队。',
      },
    ],
  },
  'start-composite-recording-failed': {
    title: '合成录制未能开始',
    userTitle: '录制未能开始',
    description: '由于未知错误，开始合成录制的请求失败。',
    userMessage: '录制未能开始。请重试。',
    causes: [
      '服务器无法开始合成录制，且 SDK 文档注释未指明原因。',
      'js-sdk 1.1.1 本身不会发出此错误代码，而是转发服务器报告的内容，因此请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '提供重试，并仅在服务器确认录制已开始后才将其显示为开启。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'start-translation-failed': {
    title: '翻译未能开始',
    userTitle: '翻译未能开始',
    description: '由于未知错误，开始翻译的请求失败。',
    userMessage: '翻译未能开始。请重试。',
    causes: [
      '服务器拒绝了 meeting.startTranslation() 为开始会议翻译而发出的请求，或该请求在网络上失败。',
      'SDK 文档注释未指明具体原因。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并检查传入的翻译配置。',
      },
      {
        by: 'app',
        text: '仅在 translation-state-changed 事件表明翻译已开始后，才将翻译显示为开启。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'start-whiteboard-failed': {
    title: '白板未能启动',
    userTitle: '白板未能启动',
    description: '启动白板失败。请重试。',
    userMessage: '白板未能启动。请重试。',
    causes: [
      '服务器拒绝了 meeting.startWhiteboard() 为在会议中启动白板而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '仅在收到 whiteboard-started 事件后才显示白板，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-composite-recording-failed': {
    title: '合成录制未能停止',
    userTitle: '录制未能停止',
    description: '由于未知错误，停止合成录制的请求失败。',
    userMessage: '录制未能停止。请重试。',
    causes: [
      '服务器无法停止合成录制，且 SDK 文档注释未指明原因。',
      'js-sdk 1.1.1 本身不会发出此错误代码，而是转发服务器报告的内容，因此请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在服务器确认录制已停止之前，继续将其显示为开启，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-consuming-mic-streams-failed': {
    title: '停止接收麦克风流失败',
    userTitle: '音频未能停止',
    description: '停止接收该参会者的麦克风流失败。请重试。',
    userMessage: '未能停止此参会者的音频。请重试。',
    causes: [
      '服务器拒绝了 participant.stopConsumingMicStreams() 为停止接收该参会者麦克风流而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 stopConsumingMicStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-consuming-webcam-streams-failed': {
    title: '停止接收网络摄像头流失败',
    userTitle: '视频未能停止',
    description: '停止接收该参会者的网络摄像头流失败。请重试。',
    userMessage: '未能停止此参会者的视频。请重试。',
    causes: [
      '服务器拒绝了 participant.stopConsumingWebcamStreams() 为停止接收该参会者网络摄像头流而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在会议连接稳定后再次调用 stopConsumingWebcamStreams()。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-media-relay-failed': {
    title: '媒体中继未能停止',
    userTitle: '仍在发送到其他会议',
    description: '停止媒体中继失败。请重试。',
    userMessage: '您的音频和视频仍在发送到其他会议。请重试。',
    causes: [
      '服务器拒绝了 meeting.stopMediaRelay() 为停止向其他会议中继媒体而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因，并检查传入的目标会议 ID。',
      },
      {
        by: 'app',
        text: '在收到 media-relay-stopped 事件之前，继续将中继显示为进行中。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-translation-failed': {
    title: '翻译未能停止',
    userTitle: '翻译未能停止',
    description: '由于未知错误，停止翻译的请求失败。',
    userMessage: '翻译未能停止。请重试。',
    causes: [
      '服务器拒绝了 meeting.stopTranslation() 为停止会议翻译而发出的请求，或该请求在网络上失败。',
      'SDK 文档注释未指明具体原因。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在 translation-state-changed 事件表明翻译已停止之前，继续将翻译显示为开启。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: '白板未能停止',
    userTitle: '白板未能停止',
    description: '停止白板失败。请重试。',
    userMessage: '白板未能停止。请重试。',
    causes: [
      '服务器拒绝了 meeting.stopWhiteboard() 为在会议中停止白板而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '在收到 whiteboard-stopped 事件之前保持白板打开，并提供重试。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'switch-meeting-failed': {
    title: '切换会议失败',
    userTitle: '无法切换会议',
    description: '切换会议失败。请重试。',
    userMessage: '未能转到其他会议。请重试。',
    causes: [
      '服务器拒绝了 meeting.switchTo() 为切换会议而发出的请求，或该请求在网络上失败。',
      '请查看错误消息中服务器给出的原因，例如与目标会议或其令牌有关的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '检查要切换到的会议 ID，以及为其传入的令牌。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'switch-participant-room-failed': {
    title: '参会者切换房间失败',
    userTitle: '无法移动参会者',
    description: '切换该参会者的房间失败。请重试。',
    userMessage: '未能转到其他会议。请重试。',
    causes: [
      '服务器拒绝了 participant.switchTo() 为将该参会者移到另一个房间而发出的请求，或该请求在网络上失败。',
      '如果服务器给出了原因，错误消息中会包含该原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '检查目标房间的会议 ID，以及为其传入的令牌。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'translation-failed': {
    title: '翻译已停止',
    userTitle: '翻译已停止',
    description: '翻译因内部错误而停止。',
    userMessage: '翻译意外停止。您可以重新开始翻译。',
    causes: [
      '如 SDK 文档注释所述，翻译因服务器内部错误而停止。',
      'SDK 未给出更多细节。请查看错误消息中服务器给出的原因。',
    ],
    fixes: [
      {
        by: 'app',
        text: '根据 translation-state-changed 事件更新界面，并允许用户重新开始翻译。',
      },
      {
        by: 'user',
        text: '请重新开始翻译。',
      },
      {
        by: 'app',
        text: '如果问题反复出现，请将会议 ID、时间和错误消息发送给 VideoSDK 支持团队。',
      },
    ],
  },
  'unpin-failed': {
    title: '取消置顶失败',
    userTitle: '取消置顶未成功',
    description: '取消置顶该参会者失败。请重试。',
    userMessage: '无法取消置顶此参会者。请重试。',
    causes: [
      '服务器拒绝了 participant.unpin() 为取消置顶该参会者而发出的请求，或该请求在网络上失败。',
      '服务器拒绝时，SDK 会恢复之前的置顶状态。',
    ],
    fixes: [
      {
        by: 'app',
        text: '查看错误消息中服务器给出的原因。',
      },
      {
        by: 'app',
        text: '根据 pin-state-changed 事件更新布局，而不是仅根据请求本身。',
      },
      {
        by: 'user',
        text: '请重试。',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: '白板操作正在进行',
    userTitle: '白板正忙',
    description: '白板操作已在进行中。请等待其完成。',
    userMessage: '白板正在启动或停止，请稍候。无需任何操作。',
    causes: [
      '之前的白板操作仍在进行时，应用又调用了 meeting.startWhiteboard() 或 meeting.stopWhiteboard()，因此会议服务拒绝了新的请求。',
    ],
    fixes: [
      {
        by: 'app',
        text: '在启动或停止尚未完成时禁用白板控件，并等待 whiteboard-started 或 whiteboard-stopped 事件。',
      },
      {
        by: 'user',
        text: '请稍候，等待白板完成操作。',
      },
    ],
  },
};
