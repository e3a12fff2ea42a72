import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'screenshare'> = {
  'screenshare-close-producer-failed': {
    title: 'Échec de l’arrêt du partage d’écran',
    userTitle: 'Impossible d’arrêter le partage d’écran',
    description: 'Le partage d’écran n’a pas pu être arrêté. Réessayez.',
    userMessage: 'Nous n’avons pas pu arrêter le partage de votre écran. Réessayez.',
    causes: [
      'La demande d’arrêt du partage d’écran a échoué.',
      'Le SDK 1.1.1 déclare ce code mais ne le déclenche pas encore : consultez donc le message d’erreur et les journaux de l’application pour connaître la raison.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez. Si votre écran est toujours partagé, utilisez le bouton de votre navigateur prévu pour arrêter le partage.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher le partage d’écran comme actif jusqu’à son arrêt effectif et laissez l’utilisateur réessayer.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'user',
            text: 'Réessayez. Si votre écran est toujours partagé, quittez la réunion pour arrêter le partage.',
          },
          {
            by: 'app',
            text: 'Continuez d’afficher le partage d’écran comme actif jusqu’à son arrêt effectif et laissez l’utilisateur réessayer.',
          },
        ],
      },
    },
  },
  'screenshare-not-supported': {
    title: 'Partage d’écran non pris en charge',
    userTitle: 'Impossible de partager votre écran',
    description:
      'Le partage d’écran n’est pas pris en charge sur ce navigateur ou cet appareil : le flux de partage d’écran n’a pas pu être créé. Vérifiez que l’appareil ou le navigateur est compatible.',
    userMessage:
      'Le partage d’écran n’est pas disponible dans ce navigateur ou sur cet appareil. Essayez un autre navigateur sur un ordinateur.',
    causes: [
      'Le navigateur ou l’appareil ne peut pas capturer l’écran. La plupart des navigateurs mobiles, par exemple, ne prennent pas en charge le partage d’écran.',
      'Dans une application, vérifiez que le partage d’écran est configuré pour cette plateforme comme l’indique le guide de partage d’écran du SDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Essayez un autre navigateur sur un ordinateur.',
      },
      {
        by: 'app',
        text: 'Vérifiez la prise en charge du partage d’écran (navigator.mediaDevices.getDisplayMedia) et masquez le bouton de partage là où elle manque.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil ne peut pas capturer l’écran.',
          'Dans une application, vérifiez que le partage d’écran est configuré pour cette plateforme comme l’indique le guide de partage d’écran du SDK.',
        ],
        userMessage:
          'Le partage d’écran n’est pas disponible sur cet appareil. Essayez un autre appareil ou continuez sans partager votre écran.',
        fixes: [
          {
            by: 'user',
            text: 'Essayez un autre appareil ou continuez la réunion sans partager votre écran.',
          },
          {
            by: 'app',
            text: 'Vérifiez que le partage d’écran est configuré pour chaque plateforme prise en charge par l’application, comme l’indique le guide de partage d’écran du SDK.',
          },
          {
            by: 'app',
            text: 'Masquez le bouton de partage sur les appareils qui ne peuvent pas partager l’écran.',
          },
        ],
      },
    },
  },
  'screenshare-permission-denied': {
    title: 'Autorisation de partage d’écran refusée',
    userTitle: 'Partage d’écran non autorisé',
    description:
      'L’autorisation de partager l’écran a été refusée. Pour partager votre écran, réessayez et accordez les autorisations nécessaires.',
    userMessage:
      'Le partage d’écran nécessite votre autorisation. Réessayez et acceptez la demande lorsqu’elle s’affiche.',
    causes: [
      'L’utilisateur a annulé ou refusé la demande de partager l’écran.',
      'Sur certains ordinateurs, le système d’exploitation bloque aussi l’enregistrement de l’écran pour le navigateur ou l’application tant qu’il n’est pas autorisé dans les paramètres de confidentialité.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez et choisissez un écran, une fenêtre ou un onglet à partager lorsque la demande s’affiche.',
      },
      {
        by: 'user',
        text: 'Si aucune demande ne s’affiche, autorisez l’enregistrement de l’écran pour ce navigateur dans les paramètres de confidentialité de votre appareil.',
      },
      {
        by: 'app',
        text: 'Traitez une demande annulée comme un choix normal et laissez l’utilisateur réessayer.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'user',
            text: 'Réessayez et autorisez le partage d’écran lorsque votre appareil le demande.',
          },
          {
            by: 'user',
            text: 'Si aucune demande ne s’affiche, autorisez l’enregistrement de l’écran pour cette application dans les paramètres de votre appareil.',
          },
          {
            by: 'app',
            text: 'Traitez une demande annulée comme un choix normal et laissez l’utilisateur réessayer.',
          },
        ],
      },
    },
  },
  'screenshare-produce-failed': {
    title: 'Échec du démarrage du partage d’écran',
    userTitle: 'Le partage d’écran n’a pas démarré',
    description: 'Impossible de démarrer le partage d’écran.',
    userMessage: 'Nous n’avons pas pu démarrer le partage d’écran. Réessayez.',
    causes: [
      'Le SDK n’a pas pu publier l’écran partagé dans la réunion, ou l’écran partagé s’est arrêté avant la fin du démarrage du partage d’écran.',
      'Le message d’erreur contient la raison.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Relancez le partage d’écran et laissez-le ouvert jusqu’à ce qu’il ait démarré.',
      },
      {
        by: 'app',
        text: 'Consultez la raison dans le message d’erreur et l’état de la connexion média dans les journaux de l’application.',
      },
    ],
  },
  'starting-foreground-service': {
    title: 'Le service de premier plan n’a pas démarré',
    userTitle: 'Impossible de lancer le partage d’écran',
    description:
      'Une erreur s’est produite lors de l’initialisation du service de premier plan, le partage d’écran n’a donc pas pu être activé. Réessayez.',
    userMessage:
      'Le partage d’écran n’a pas pu démarrer sur cet appareil. Réessayez. Si le problème persiste, contactez {supportContact}.',
    causes: [
      'Sur Android, le partage d’écran s’exécute dans un service de premier plan, et le SDK n’a pas pu le démarrer.',
      'Vérifiez le manifeste Android : le partage d’écran nécessite l’autorisation FOREGROUND_SERVICE, et FOREGROUND_SERVICE_MEDIA_PROJECTION à partir d’Android 14.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez. Si le problème persiste, contactez {supportContact}.',
      },
      {
        by: 'app',
        text: 'Déclarez dans le manifeste Android les autorisations de service de premier plan indiquées dans le guide de partage d’écran Flutter de VideoSDK, puis recompilez l’application.',
      },
      {
        by: 'app',
        text: 'Cherchez dans les journaux Android (logcat) la raison pour laquelle le service n’a pas démarré et testez sur la même version d’Android.',
      },
    ],
  },
  'starting-screenshare': {
    title: 'Impossible de démarrer le partage d’écran',
    userTitle: 'Le partage d’écran n’a pas démarré',
    description: 'Un problème est survenu et le partage d’écran n’a pas pu être activé. Réessayez.',
    userMessage: 'Le partage d’écran n’a pas démarré. Réessayez.',
    causes: [
      'L’activation du partage d’écran (enableScreenShare) a échoué, et le message ne dit pas pourquoi.',
      'Une autorisation refusée, un appareil non pris en charge et un échec du service de premier plan ont leurs propres codes. Consultez les journaux de l’application pour connaître l’erreur sous-jacente.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez. Lorsque votre appareil vous demande l’autorisation de partager votre écran, acceptez.',
      },
      {
        by: 'app',
        text: 'Indiquez que le partage d’écran n’a pas démarré et proposez un bouton pour réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez les journaux de l’application au moment de l’appel à enableScreenShare, ainsi que la configuration du partage d’écran pour Android et iOS dans le guide Flutter de VideoSDK.',
      },
    ],
  },
};
