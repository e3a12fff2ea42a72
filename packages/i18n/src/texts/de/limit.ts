import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'limit'> = {
  'hls-duration-limit-reached': {
    title: 'Zeitlimit der HLS-Übertragung erreicht',
    userTitle: 'Zeitlimit der Übertragung erreicht',
    description:
      'Das System hat die HLS-Übertragung automatisch beendet, weil sie die maximale Dauer von 2 Stunden für eine einzelne HLS-Übertragung erreicht hat.',
    userMessage:
      'Die Übertragung an die Zuschauer wurde beendet, weil sie ihr Limit von 2 Stunden erreicht hat. Das Meeting läuft weiter, und Sie können eine neue Übertragung starten.',
    causes: [
      'Eine einzelne HLS-Übertragung kann höchstens 2 Stunden laufen. Der Server hat diese beendet, als sie dieses Limit erreicht hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Reagieren Sie auf diese Warnung und bieten Sie an, eine neue HLS-Übertragung zu starten.',
      },
      {
        by: 'app',
        text: 'Planen Sie lange Veranstaltungen als mehrere HLS-Übertragungen von jeweils bis zu 2 Stunden.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Die Übertragung an die Zuschauer wurde beendet, weil sie ihr Limit von 2 Stunden erreicht hat. Das Meeting läuft weiter, und der Organisator kann eine neue Übertragung starten.',
      },
      viewer: {
        userMessage:
          'Die Übertragung wurde beendet, weil sie ihr Limit von 2 Stunden erreicht hat. Der Organisator kann eine neue starten. Sie müssen nichts weiter tun.',
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'Zeitlimit des Livestreams erreicht',
    userTitle: 'Zeitlimit des Livestreams erreicht',
    description:
      'Das System hat den Livestream automatisch beendet, weil er die maximale Dauer von 2 Stunden für einen einzelnen RTMP-Livestream erreicht hat.',
    userMessage:
      'Der Livestream wurde beendet, weil er sein Limit von 2 Stunden erreicht hat. Das Meeting läuft weiter, und Sie können einen neuen Livestream starten.',
    causes: [
      'Ein einzelner RTMP-Livestream kann höchstens 2 Stunden laufen. Der Server hat diesen beendet, als er dieses Limit erreicht hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Reagieren Sie auf diese Warnung und bieten Sie an, einen neuen Livestream zu starten.',
      },
      {
        by: 'app',
        text: 'Planen Sie lange Veranstaltungen als mehrere Livestreams von jeweils bis zu 2 Stunden.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Der Livestream wurde beendet, weil er sein Limit von 2 Stunden erreicht hat. Das Meeting läuft weiter, und der Organisator kann einen neuen Livestream starten.',
      },
    },
  },
  'max-hls-limit-reached-on-organization': {
    title: 'Limit für HLS-Übertragungen der Organisation erreicht',
    userTitle: 'Übertragung nicht verfügbar',
    description:
      'Die Organisation hat die maximale Anzahl an HLS-Übertragungen erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Die Übertragung an die Zuschauer kann gerade nicht gestartet werden, weil ein Limit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'Die Organisation hat die maximale Anzahl an HLS-Übertragungen erreicht, die ihr Konto erlaubt.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Limit und die Nutzung der HLS-Übertragungen der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Beenden Sie HLS-Übertragungen, die nicht mehr benötigt werden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: 'Livestream-Limit der Organisation erreicht',
    userTitle: 'Livestream nicht verfügbar',
    description:
      'Die Organisation hat die maximale Anzahl an Livestreams erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Der Livestream kann gerade nicht gestartet werden, weil ein Limit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'Die Organisation hat die maximale Anzahl an Livestreams erreicht, die ihr Konto erlaubt.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Livestream-Limit und die Nutzung der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Beenden Sie Livestreams, die nicht mehr benötigt werden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-participant-reached': {
    title: 'Meeting ist voll',
    userTitle: 'Das Meeting ist voll',
    description:
      'Das Meeting hat die maximale Anzahl an Teilnehmern erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Dieses Meeting ist voll, daher können Sie gerade nicht beitreten. Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
    causes: ['Die Anzahl der Teilnehmer im Meeting hat das Limit des Kontos erreicht.'],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
      },
      {
        by: 'app',
        text: 'Teilen Sie dem Nutzer mit, dass das Meeting voll ist, und bieten Sie an, es später erneut zu versuchen.',
      },
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Teilnehmerlimit des Tarifs im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: 'Aufzeichnungslimit der Organisation erreicht',
    userTitle: 'Aufzeichnung nicht verfügbar',
    description:
      'Die Organisation hat die maximale Anzahl an Aufzeichnungen erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Die Aufzeichnung kann gerade nicht gestartet werden, weil ein Limit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'Die Organisation hat die maximale Anzahl an Aufzeichnungen erreicht, die ihr Konto erlaubt.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Aufzeichnungslimit und die Nutzung der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Beenden Sie Aufzeichnungen, die nicht mehr benötigt werden, und versuchen Sie es dann erneut.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: 'RECV_ONLY-Limit der Organisation erreicht',
    userTitle: 'Zuschauerlimit erreicht',
    description:
      'Die Organisation hat die maximale Anzahl an Teilnehmern erreicht, die im Modus RECV_ONLY beitreten. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Sie können gerade nicht beitreten, weil das Zuschauerlimit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'Ein Teilnehmer wollte im Modus RECV_ONLY beitreten, während die Organisation ihr Limit für RECV_ONLY-Teilnehmer erreicht hatte, daher kam der Teilnehmer nicht hinein.',
    ],
    fixes: [
      {
        by: 'support',
        text: 'Um das RECV_ONLY-Limit der Organisation erhöhen zu lassen, wenden Sie sich unter support@videosdk.live an den VideoSDK-Support.',
      },
      {
        by: 'app',
        text: 'Teilen Sie dem Nutzer mit, dass das Limit erreicht ist, und wiederholen Sie den Versuch nicht automatisch.',
      },
      { by: 'user', text: 'Versuchen Sie es später erneut.' },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: 'Sprecherlimit der Organisation erreicht',
    userTitle: 'Zu viele Sprecher',
    description:
      'Die Organisation hat die maximale Anzahl an Sprechern erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Sie können gerade nicht beitreten, weil das Sprecherlimit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'In der gesamten Organisation hat die Anzahl der Teilnehmer, die als Sprecher beigetreten sind, das Limit des Kontos erreicht.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Sprecherlimit und die Nutzung der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Lassen Sie Teilnehmer, die nur zuschauen, als Zuschauer statt als Sprecher beitreten.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'Sprecherlimit des Meetings erreicht',
    userTitle: 'Sprecherlimit erreicht',
    description:
      'Das Meeting hat die maximale Anzahl an Sprechern erreicht. Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Dieses Meeting hat sein Sprecherlimit erreicht, daher können Sie gerade nicht beitreten. Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
    causes: ['Die Anzahl der Sprecher im Meeting hat das Limit des Kontos erreicht.'],
    fixes: [
      {
        by: 'user',
        text: 'Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
      },
      {
        by: 'app',
        text: 'Lassen Sie Teilnehmer, die nur zuschauen, als Zuschauer statt als Sprecher beitreten.',
      },
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Sprecherlimit des Tarifs im VideoSDK-Dashboard.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: 'Zuschauerlimit der Organisation erreicht',
    userTitle: 'Zu viele Zuschauer',
    description:
      'Die Organisation hat die maximale Anzahl an Zuschauern erreicht, also an Teilnehmern, die im Modus VIEWER oder SIGNALLING_ONLY beitreten (die Servermeldung schreibt SIGNALING_ONLY; VIEWER ist der Name des Modus vor Version 0.1.4). Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit zu erhöhen.',
    userMessage:
      'Sie können gerade nicht beitreten, weil das Zuschauerlimit erreicht wurde. Versuchen Sie es später erneut.',
    causes: [
      'In der gesamten Organisation hat die Anzahl der Teilnehmer, die im Modus VIEWER oder SIGNALLING_ONLY beigetreten sind, das Limit des Kontos erreicht.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Prüfen Sie das Zuschauerlimit und die Nutzung der Organisation im VideoSDK-Dashboard.',
      },
      {
        by: 'app',
        text: 'Teilen Sie dem Nutzer mit, dass das Meeting gerade keine weiteren Zuschauer aufnehmen kann, und bieten Sie an, es später erneut zu versuchen.',
      },
      {
        by: 'support',
        text: 'Wenden Sie sich unter support@videosdk.live an den VideoSDK-Support, um das Limit anzuheben.',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: 'Zeitlimit der Aufzeichnung erreicht',
    userTitle: 'Zeitlimit der Aufzeichnung erreicht',
    description:
      'Das System hat die Aufzeichnung automatisch beendet, weil sie die maximale Dauer von 2 Stunden für eine einzelne Aufzeichnung erreicht hat.',
    userMessage:
      'Die Aufzeichnung wurde beendet, weil sie ihr Limit von 2 Stunden erreicht hat. Das Meeting läuft weiter, und Sie können eine neue Aufzeichnung starten.',
    causes: [
      'Eine einzelne Aufzeichnung kann höchstens 2 Stunden laufen. Der Server hat diese beendet, als sie dieses Limit erreicht hat.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Reagieren Sie auf diese Warnung und bieten Sie an, eine neue Aufzeichnung zu starten.',
      },
      {
        by: 'app',
        text: 'Planen Sie lange Meetings als mehrere Aufzeichnungen von jeweils bis zu 2 Stunden.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'Die Aufzeichnung wurde beendet, weil sie ihr Limit von 2 Stunden erreicht hat. Das Meeting läuft weiter, und der Organisator kann eine neue Aufzeichnung starten.',
      },
    },
  },
};
