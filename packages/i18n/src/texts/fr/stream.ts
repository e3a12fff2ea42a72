import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'stream'> = {
  'adaptive-subscription-disable-failed': {
    title: 'Abonnement adaptatif non désactivé',
    userTitle: 'Réglage vidéo inchangé',
    description: 'L’abonnement adaptatif est déjà désactivé.',
    userMessage:
      'L’ajustement automatique de la vidéo n’a pas changé. La réunion continue normalement.',
    causes: [
      'L’application a appelé meeting.disableAdaptiveSubscription() alors que l’abonnement adaptatif était déjà désactivé, comme l’indique le commentaire de documentation du SDK.',
      'Le SDK déclenche aussi ce code lorsque la demande de désactivation échoue sur le serveur ou sur le réseau. Le message d’erreur contient alors la raison.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Suivez l’état de l’abonnement adaptatif et n’appelez disableAdaptiveSubscription() que lorsqu’il est activé.',
      },
      {
        by: 'app',
        text: 'Si l’abonnement adaptatif était activé avant la demande, consultez la raison donnée par le serveur dans le message d’erreur.',
      },
    ],
  },
  'adaptive-subscription-enable-failed': {
    title: 'Abonnement adaptatif non activé',
    userTitle: 'Réglage vidéo inchangé',
    description: 'L’abonnement adaptatif est déjà activé.',
    userMessage:
      'L’ajustement automatique de la vidéo n’a pas changé. La réunion continue normalement.',
    causes: [
      'L’application a appelé meeting.enableAdaptiveSubscription() alors que l’abonnement adaptatif était déjà activé, comme l’indique le commentaire de documentation du SDK.',
      'Le SDK déclenche aussi ce code lorsque la demande d’activation échoue sur le serveur ou sur le réseau. Le message d’erreur contient alors la raison.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Suivez l’état de l’abonnement adaptatif et n’appelez enableAdaptiveSubscription() que lorsqu’il est désactivé.',
      },
      {
        by: 'app',
        text: 'Si l’abonnement adaptatif était désactivé avant la demande, consultez la raison donnée par le serveur dans le message d’erreur.',
      },
    ],
  },
  'adaptive-subscription-not-enabled-by-sdk': {
    title: 'Abonnement adaptatif indisponible',
    userTitle: 'Ajustement vidéo indisponible',
    description:
      'L’abonnement adaptatif n’est pas activé par le SDK. Contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'L’ajustement automatique de la vidéo n’est pas disponible dans cette réunion. La réunion continue normalement.',
    causes: [
      'Le serveur signale que l’abonnement adaptatif n’est pas activé : il ne peut donc être ni activé ni désactivé.',
      'Le commentaire de documentation du SDK ne dit pas pourquoi. L’assistance VideoSDK peut vous l’indiquer.',
    ],
    fixes: [
      {
        by: 'support',
        text: 'Contactez l’assistance VideoSDK à support@videosdk.live pour faire activer l’abonnement adaptatif sur le compte ou pour savoir pourquoi il n’est pas disponible.',
      },
      {
        by: 'app',
        text: 'Tant qu’il n’est pas activé, n’appelez ni enableAdaptiveSubscription() ni disableAdaptiveSubscription().',
      },
    ],
  },
  'codec-not-supported': {
    title: 'Codec vidéo distant non pris en charge',
    userTitle: 'Impossible d’afficher la vidéo',
    description: 'Votre plateforme ne prend pas en charge le codec vidéo du participant distant.',
    userMessage:
      'Votre navigateur ne peut pas afficher la vidéo de ce participant. Mettre à jour votre navigateur ou utiliser un autre navigateur peut résoudre le problème.',
    causes: [
      'Le participant distant envoie de la vidéo dans un codec que ce navigateur ou cet appareil ne sait pas décoder.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Vérifiez quel codec le participant distant envoie et quels codecs vidéo ce navigateur prend en charge.',
      },
      {
        by: 'app',
        text: 'Faites envoyer la vidéo des participants dans un codec que tous les navigateurs que vous prenez en charge savent décoder.',
      },
      {
        by: 'user',
        text: 'Mettez à jour votre navigateur ou rejoignez la réunion depuis un autre navigateur.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Cet appareil ne peut pas afficher la vidéo de ce participant. Mettre à jour l’application peut résoudre le problème.',
        fixes: [
          {
            by: 'app',
            text: 'Vérifiez quel codec le participant distant envoie et quels codecs vidéo cet appareil prend en charge.',
          },
          {
            by: 'app',
            text: 'Faites envoyer la vidéo des participants dans un codec que tous les appareils que vous prenez en charge savent décoder.',
          },
          {
            by: 'user',
            text: 'Mettez à jour l’application ou rejoignez la réunion depuis un autre appareil.',
          },
        ],
      },
    },
  },
  'consume-mic-streams-failed': {
    title: 'Flux du microphone non consommé',
    userTitle: 'L’audio ne s’est pas chargé',
    description: 'Impossible de consommer les flux du microphone du participant. Réessayez.',
    userMessage: 'L’audio de ce participant ne s’est pas chargé. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.consumeMicStreams(), ou la demande a échoué sur le réseau.',
      'L’application appelle elle-même cette méthode, car autoConsume vaut false dans initMeeting().',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Rappelez consumeMicStreams() une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'consume-webcam-streams-failed': {
    title: 'Flux de la webcam non consommé',
    userTitle: 'La vidéo ne s’est pas chargée',
    description: 'Impossible de consommer les flux de la webcam du participant. Réessayez.',
    userMessage: 'La vidéo de ce participant ne s’est pas chargée. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.consumeWebcamStreams(), ou la demande a échoué sur le réseau.',
      'L’application appelle elle-même cette méthode, car autoConsume vaut false dans initMeeting().',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Rappelez consumeWebcamStreams() une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'create-consumer-failed': {
    title: 'Consumer non créé',
    userTitle: 'Audio ou vidéo non chargé',
    description: 'Impossible de créer un consumer.',
    userMessage:
      'L’audio ou la vidéo d’une personne de la réunion ne s’est pas chargé. Si le problème persiste, rechargez la page.',
    causes: [
      'Le serveur n’a pas pu créer de consumer : ce participant ne reçoit donc pas l’un des flux média distants.',
      'Le commentaire de documentation du SDK ne nomme aucune raison. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur et les journaux de l’application, et notez quel participant distant est concerné.',
      },
      {
        by: 'user',
        text: 'Si l’audio ou la vidéo d’une personne manque toujours, rechargez la page et rejoignez de nouveau la réunion.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK en indiquant l’ID de réunion, l’heure et le message d’erreur.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'L’audio ou la vidéo d’une personne de la réunion ne s’est pas chargé. Si le problème persiste, quittez la réunion et rejoignez-la de nouveau.',
        fixes: [
          {
            by: 'app',
            text: 'Consultez la raison donnée par le serveur dans le message d’erreur et les journaux de l’application, et notez quel participant distant est concerné.',
          },
          {
            by: 'user',
            text: 'Si l’audio ou la vidéo d’une personne manque toujours, quittez la réunion et rejoignez-la de nouveau.',
          },
          {
            by: 'support',
            text: 'Si cela se reproduit, contactez l’assistance VideoSDK en indiquant l’ID de réunion, l’heure et le message d’erreur.',
          },
        ],
      },
    },
  },
  'multistream-not-supported': {
    title: 'Multistream non pris en charge pour ce codec',
    userTitle: 'Qualité vidéo limitée',
    description: 'Le multistream n’est pas pris en charge pour ce codec.',
    userMessage:
      'Votre vidéo fonctionne toujours, mais avec un seul niveau de qualité. Aucune action n’est nécessaire.',
    causes: [
      'L’application a demandé le multistream avec un codec avec lequel le SDK ne peut pas l’utiliser : VP9 ou AV1, ou H264 sous React Native.',
      'Le SDK désactive le multistream et envoie un seul flux vidéo.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Utilisez VP8 lorsque vous avez besoin du multistream, ou désactivez le multistream lorsque vous utilisez VP9 ou AV1.',
      },
    ],
  },
  'pause-all-streams-failed': {
    title: 'Échec de la mise en pause de tous les flux',
    userTitle: 'Impossible de mettre en pause',
    description: 'Impossible de mettre en pause tous les flux. Réessayez.',
    userMessage:
      'L’audio et la vidéo des autres personnes n’ont pas pu être mis en pause. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.pauseAllStreams() pour mettre en pause tous les flux, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Laissez l’interface dans son état précédent et rappelez pauseAllStreams() une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'pause-stream-failed': {
    title: 'Échec de la mise en pause du flux',
    userTitle: 'Impossible de mettre en pause',
    description: 'Impossible de mettre le flux en pause. Réessayez.',
    userMessage: 'L’audio ou la vidéo de ce participant n’a pas pu être mis en pause. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par stream.pause() pour le flux d’un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher le flux comme en cours de lecture et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'resume-all-streams-failed': {
    title: 'Échec de la reprise de tous les flux',
    userTitle: 'Impossible de reprendre',
    description: 'Impossible de reprendre tous les flux. Réessayez.',
    userMessage: 'L’audio et la vidéo des autres personnes n’ont pas pu reprendre. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.resumeAllStreams() pour reprendre tous les flux, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Laissez l’interface dans son état précédent et rappelez resumeAllStreams() une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'resume-stream-failed': {
    title: 'Échec de la reprise du flux',
    userTitle: 'Impossible de reprendre',
    description: 'Impossible de reprendre le flux. Réessayez.',
    userMessage: 'L’audio ou la vidéo de ce participant n’a pas pu reprendre. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par stream.resume() pour le flux d’un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher le flux comme en pause et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'set-quality-failed': {
    title: 'Qualité du flux non définie',
    userTitle: 'Qualité vidéo inchangée',
    description: 'Impossible de définir la qualité du flux. Réessayez.',
    userMessage: 'La qualité vidéo n’a pas changé. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.setQuality() ou participant.setScreenShareQuality(), ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher la qualité précédente et rappelez la méthode une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'stop-consuming-mic-streams-failed': {
    title: 'Échec de l’arrêt de la consommation du microphone',
    userTitle: 'L’audio ne s’est pas arrêté',
    description:
      'Impossible d’arrêter la consommation des flux du microphone du participant. Réessayez.',
    userMessage: 'L’arrêt de l’audio de ce participant n’a pas fonctionné. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.stopConsumingMicStreams(), ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Rappelez stopConsumingMicStreams() une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'stop-consuming-webcam-streams-failed': {
    title: 'Échec de l’arrêt de la consommation de la webcam',
    userTitle: 'La vidéo ne s’est pas arrêtée',
    description:
      'Impossible d’arrêter la consommation des flux de la webcam du participant. Réessayez.',
    userMessage: 'L’arrêt de la vidéo de ce participant n’a pas fonctionné. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.stopConsumingWebcamStreams(), ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Rappelez stopConsumingWebcamStreams() une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
};
