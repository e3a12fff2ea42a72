import type { TextsOf, WebServerMeaningId } from '../../types.js';

export const texts: TextsOf<WebServerMeaningId> = {
  'adaptive-subscription-disable-failed': {
    title: 'Abonnement adaptatif non désactivé',
    userTitle: 'Réglage vidéo inchangé',
    description: 'L’abonnement adaptatif est déjà désactivé.',
    userMessage:
      'L’ajustement automatique de la vidéo n’a pas changé. La réunion continue normalement.',
    causes: [
      'L’application a appelé meeting.disableAdaptiveSubscription() alors que l’abonnement adaptatif de la réunion était déjà désactivé, comme l’indique le commentaire de documentation du SDK.',
      'Le SDK déclenche aussi ce code lorsque la demande de désactivation échoue sur le serveur ou sur le réseau. Le message d’erreur contient alors la raison.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Suivez l’état de l’abonnement adaptatif, et n’appelez disableAdaptiveSubscription() que lorsqu’il est activé.',
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
      'L’application a appelé meeting.enableAdaptiveSubscription() alors que l’abonnement adaptatif de la réunion était déjà activé, comme l’indique le commentaire de documentation du SDK.',
      'Le SDK déclenche aussi ce code lorsque la demande d’activation échoue sur le serveur ou sur le réseau. Le message d’erreur contient alors la raison.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Suivez l’état de l’abonnement adaptatif, et n’appelez enableAdaptiveSubscription() que lorsqu’il est désactivé.',
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
        by: 'dashboard',
        text: 'Contactez l’assistance VideoSDK à support@videosdk.live et demandez-lui d’activer l’abonnement adaptatif.',
      },
      {
        by: 'app',
        text: 'Tant qu’il n’est pas activé, n’utilisez ni enableAdaptiveSubscription() ni disableAdaptiveSubscription().',
      },
      {
        by: 'support',
        text: 'Activez l’abonnement adaptatif, ou expliquez pourquoi il n’est pas disponible.',
      },
    ],
  },
  'apikey-deactivated': {
    title: 'Clé API désactivée',
    userTitle: 'Impossible de rejoindre pour le moment',
    description:
      'La clé API fournie dans le jeton est désactivée. Vérifiez-la dans le tableau de bord.',
    userMessage:
      'Les réunions ne sont pas disponibles dans cette application pour le moment, vous ne pouvez donc pas rejoindre la réunion. Contactez {supportContact}.',
    causes: [
      'Le jeton contient une clé API désactivée, le serveur ne laisse donc pas le participant entrer dans la réunion.',
      'Vérifiez l’état de la clé dans le tableau de bord VideoSDK pour savoir si elle y a été désactivée.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la clé API dans le tableau de bord VideoSDK, puis réactivez-la ou créez-en une nouvelle.',
      },
      {
        by: 'app',
        text: 'Faites en sorte que le serveur de jetons génère les jetons avec une clé API active et son secret.',
      },
      {
        by: 'user',
        text: 'Contactez {supportContact}.',
      },
    ],
  },
  'change-mode-failed': {
    title: 'Échec du changement de mode',
    userTitle: 'Le mode n’a pas changé',
    description: 'Impossible de changer le mode de la réunion. Réessayez.',
    userMessage: 'Le changement de votre mode dans la réunion n’a pas fonctionné. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.changeMode() pour changer de mode dans la réunion, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher le mode actuel dans l’interface, et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'change-translation-language-failed': {
    title: 'Langue de traduction non modifiée',
    userTitle: 'La langue n’a pas changé',
    description:
      'La demande de changement de la langue de traduction a échoué en raison d’une erreur inconnue.',
    userMessage: 'La langue de traduction n’a pas changé. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.changeTranslationLanguage() pour changer la langue de traduction de la réunion, ou la demande a échoué sur le réseau.',
      'Le commentaire de documentation du SDK ne nomme aucune raison précise. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur, et vérifiez que la traduction est en cours et que la langue est prise en charge.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher la langue précédente dans l’interface jusqu’à ce que le changement réussisse.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'codec-not-supported': {
    title: 'Codec vidéo non pris en charge',
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
        text: 'Vérifiez quel codec le participant distant envoie, et quels codecs vidéo ce navigateur prend en charge.',
      },
      {
        by: 'app',
        text: 'Faites envoyer la vidéo des participants dans un codec que tous les navigateurs que vous prenez en charge savent décoder.',
      },
      {
        by: 'user',
        text: 'Mettez à jour votre navigateur, ou rejoignez la réunion depuis un autre navigateur.',
      },
    ],
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
      'L’audio ou la vidéo d’une personne de la réunion ne s’est pas chargé. S’il manque toujours, rechargez la page.',
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
        by: 'app',
        text: 'Si cela se reproduit, envoyez l’ID de réunion, l’heure et le message d’erreur à l’assistance VideoSDK.',
      },
    ],
  },
  'disable-participant-mic-failed': {
    title: 'Microphone du participant non désactivé',
    userTitle: 'Échec de la demande pour le microphone',
    description: 'Impossible de désactiver le microphone du participant. Réessayez.',
    userMessage: 'La demande de couper le microphone de ce participant n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.disableMic() pour un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: 'Webcam du participant non désactivée',
    userTitle: 'Échec de la demande pour la caméra',
    description: 'Impossible de désactiver la webcam du participant. Réessayez.',
    userMessage: 'La demande de désactiver la caméra de ce participant n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.disableWebcam() pour un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: 'Microphone du participant non activé',
    userTitle: 'Échec de la demande pour le microphone',
    description: 'Impossible d’activer le microphone du participant. Réessayez.',
    userMessage: 'La demande d’activer le microphone de ce participant n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.enableMic() pour un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: 'Webcam du participant non activée',
    userTitle: 'Échec de la demande pour la caméra',
    description: 'Impossible d’activer la webcam du participant. Réessayez.',
    userMessage: 'La demande d’activer la caméra de ce participant n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.enableWebcam() pour un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'failed-to-get-value': {
    title: 'Valeur du Realtime Store non lue',
    userTitle: 'Impossible de charger les données de la réunion',
    description: 'Impossible de lire la valeur du Realtime Store.',
    userMessage: 'Certaines informations de la réunion ne se sont pas chargées. Réessayez.',
    causes: [
      'La demande de lecture envoyée par meeting.realtimeStore.getValue() a échoué sur le serveur ou sur le réseau de la réunion.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur, et vérifiez la clé demandée.',
      },
      {
        by: 'app',
        text: 'Rappelez getValue() une fois la connexion à la réunion stable, et conservez en attendant la dernière valeur connue.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'failed-to-observe-value': {
    title: 'Échec de l’observation du Realtime Store',
    userTitle: 'Mises à jour en direct non démarrées',
    description: 'Impossible de commencer à observer la valeur du Realtime Store.',
    userMessage:
      'Certaines informations de la réunion risquent de ne pas se mettre à jour d’elles-mêmes. Rechargez la page pour les actualiser.',
    causes: [
      'La demande d’abonnement envoyée par meeting.realtimeStore.observe() a échoué sur le serveur ou sur le réseau de la réunion.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur, et vérifiez la clé que vous avez demandé d’observer.',
      },
      {
        by: 'app',
        text: 'Rappelez observe() une fois la connexion à la réunion stable, et lisez en attendant la valeur actuelle avec getValue().',
      },
      {
        by: 'user',
        text: 'Rechargez la page si les informations ne sont plus à jour.',
      },
    ],
  },
  'failed-to-set-value': {
    title: 'Valeur du Realtime Store non enregistrée',
    userTitle: 'Modification non enregistrée',
    description: 'Impossible de définir la valeur du Realtime Store.',
    userMessage: 'Votre modification n’a pas été enregistrée. Réessayez.',
    causes: [
      'La demande d’écriture envoyée par meeting.realtimeStore.setValue() a échoué sur le serveur ou sur le réseau de la réunion.',
      'Les clés non valides, les valeurs non valides et les valeurs de plus de 1 Ko déclenchent d’autres codes avant l’envoi de la demande. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Conservez la valeur précédente dans l’interface jusqu’à ce que setValue() réussisse, et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'failed-to-stop-observing-value': {
    title: 'Échec de l’arrêt de l’observation du Realtime Store',
    userTitle: 'Mises à jour en direct non arrêtées',
    description: 'Impossible d’arrêter l’observation de la valeur du Realtime Store.',
    userMessage:
      'Certaines informations de la réunion peuvent continuer à se mettre à jour. Aucune action n’est nécessaire.',
    causes: [
      'La demande de désabonnement envoyée par meeting.realtimeStore.stopObserving() a échoué sur le serveur ou sur le réseau de la réunion.',
      'Dans js-sdk 1.1.1, stopObserving() ne lève pas ce code : il enregistre l’échec dans la trace du SDK et se termine normalement.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur ou dans la trace du SDK.',
      },
      {
        by: 'app',
        text: 'Ignorez les mises à jour des clés que l’application n’observe plus, afin qu’une mise à jour tardive soit sans conséquence.',
      },
    ],
  },
  'max-recv-only-limit-reached-on-organization': {
    title: 'Limite RECV_ONLY de l’organisation atteinte',
    userTitle: 'Limite de spectateurs atteinte',
    description:
      'L’organisation a atteint le nombre maximal de participants qui rejoignent en mode RECV_ONLY. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Ce service a atteint sa limite de spectateurs, vous ne pouvez donc pas rejoindre la réunion pour le moment. Réessayez plus tard.',
    causes: [
      'Un participant a tenté de rejoindre une réunion en mode RECV_ONLY alors que l’organisation avait atteint sa limite de participants RECV_ONLY, le participant n’a donc pas pu entrer.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Contactez l’assistance VideoSDK à support@videosdk.live pour relever la limite RECV_ONLY de l’organisation.',
      },
      {
        by: 'support',
        text: 'Relevez la limite de participants RECV_ONLY de l’organisation.',
      },
      {
        by: 'app',
        text: 'Indiquez à l’utilisateur que la limite est atteinte, et ne réessayez pas automatiquement.',
      },
      {
        by: 'user',
        text: 'Réessayez plus tard.',
      },
    ],
  },
  'meeting-id-disabled': {
    title: 'ID de réunion désactivé',
    userTitle: 'Le lien de la réunion ne fonctionne plus',
    description:
      'L’ID de réunion est désactivé. Générez un nouvel ID de réunion à l’aide de l’API.',
    userMessage: 'Ce lien de réunion ne fonctionne plus. Demandez-en un nouveau à l’organisateur.',
    causes: [
      'L’ID de réunion utilisé pour rejoindre la réunion est désactivé, le participant ne peut donc pas rejoindre cette réunion.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Créez un nouvel ID de réunion avec l’API VideoSDK, et partagez la nouvelle réunion avec les participants.',
      },
      {
        by: 'app',
        text: 'Cessez de réutiliser l’ID de réunion désactivé dans les liens et les données stockées.',
      },
      {
        by: 'user',
        text: 'Demandez un nouveau lien de réunion à l’organisateur.',
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
      'Le serveur a rejeté la demande envoyée par meeting.pauseAllStreams() pour mettre en pause les flux de la réunion, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Laissez l’interface dans son état précédent, et rappelez pauseAllStreams() une fois la connexion à la réunion stable.',
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
        text: 'Continuez d’afficher le flux comme en cours de lecture, et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'pin-failed': {
    title: 'Échec de l’épinglage',
    userTitle: 'L’épinglage n’a pas fonctionné',
    description: 'Impossible d’épingler le participant. Réessayez.',
    userMessage: 'Ce participant n’a pas pu être épinglé. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.pin(), ou la demande a échoué sur le réseau.',
      'Le SDK rétablit l’état d’épinglage précédent lorsque le serveur refuse.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Mettez à jour la disposition à partir de l’événement pin-state-changed, et non à partir de la seule demande.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'pubsub-publish-failed': {
    title: 'Échec de la publication PubSub',
    userTitle: 'Message non envoyé',
    description: 'Impossible de publier le message dans le sujet PubSub. Réessayez.',
    userMessage:
      'Votre message n’a pas été envoyé. Vérifiez votre connexion Internet, puis réessayez.',
    causes: [
      'La demande de publication envoyée par meeting.pubSub.publish() dans la réunion a expiré, ou le serveur a renvoyé une erreur.',
      'Le message d’erreur indique si le délai a expiré, ou donne la raison du serveur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez le message d’erreur pour distinguer un délai expiré d’une erreur du serveur.',
      },
      {
        by: 'app',
        text: 'Conservez le message non envoyé dans l’interface, et laissez l’utilisateur le renvoyer.',
      },
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis réessayez.',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'Échec de l’abonnement PubSub',
    userTitle: 'Messages non chargés',
    description: 'Impossible de s’abonner au sujet PubSub. Réessayez.',
    userMessage:
      'Les nouveaux messages risquent de ne pas s’afficher. Vérifiez votre connexion Internet, puis rechargez la page.',
    causes: [
      'La demande d’abonnement envoyée par meeting.pubSub.subscribe() dans la réunion a expiré, ou le serveur a renvoyé une erreur.',
      'Le message d’erreur contient la raison, si une raison a été donnée.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez le message d’erreur pour distinguer un délai expiré d’une erreur du serveur.',
      },
      {
        by: 'app',
        text: 'Rappelez subscribe() une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis rechargez la page.',
      },
    ],
  },
  'pubsub-unsubscribe-failed': {
    title: 'Échec du désabonnement PubSub',
    userTitle: 'Messages non arrêtés',
    description: 'Impossible de se désabonner du sujet PubSub. Réessayez.',
    userMessage:
      'Vous pouvez encore recevoir quelques messages ici. Aucune action n’est nécessaire.',
    causes: [
      'La demande de désabonnement envoyée par meeting.pubSub.unsubscribe() dans la réunion a expiré, ou le serveur a renvoyé une erreur.',
      'Le message d’erreur contient la raison, si une raison a été donnée.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez le message d’erreur pour distinguer un délai expiré d’une erreur du serveur.',
      },
      {
        by: 'app',
        text: 'Rappelez unsubscribe() avec le même objet d’écouteurs, et ignorez en attendant les messages de ce sujet.',
      },
    ],
  },
  'remove-participant-failed': {
    title: 'Participant non retiré',
    userTitle: 'Impossible de retirer le participant',
    description: 'Impossible de retirer le participant. Réessayez.',
    userMessage: 'Ce participant n’a pas pu être retiré de la réunion. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.remove(), ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'app',
        text: 'Gardez le participant dans la liste jusqu’à l’arrivée de l’événement participant-left.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'request-media-relay-failed': {
    title: 'Échec de la demande de relais média',
    userTitle: 'Envoi vers l’autre réunion impossible',
    description: 'Impossible de demander le relais média. Réessayez.',
    userMessage:
      'Votre audio et votre vidéo n’ont pas pu être envoyés à l’autre réunion. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.requestMediaRelay() pour relayer les médias vers une autre réunion, ou la demande a échoué sur le réseau.',
      'Consultez la raison donnée par le serveur dans le message d’erreur, par exemple au sujet de la réunion de destination ou de son jeton.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Vérifiez l’ID de la réunion de destination et le jeton que vous transmettez pour cette réunion.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'respond-entry-failed': {
    title: 'Échec de la réponse à la demande d’entrée',
    userTitle: 'Réponse non envoyée',
    description: 'Impossible de répondre à la demande d’entrée. Réessayez.',
    userMessage: 'Votre réponse à la demande pour rejoindre la réunion n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la réponse envoyée par meeting.respondEntry() à une demande d’entrée dans la réunion, ou la demande a échoué sur le réseau. Les fonctions allow() et deny() de l’événement entry-requested utilisent la même demande.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Laissez la demande d’entrée affichée à l’écran pour que l’organisateur puisse y répondre de nouveau.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'respond-media-relay-request-failed': {
    title: 'Échec de la réponse au relais média',
    userTitle: 'Réponse non envoyée',
    description: 'Impossible de répondre à la demande de relais média. Réessayez.',
    userMessage: 'Votre réponse à la demande de l’autre réunion n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la réponse envoyée par accept() ou reject() de l’événement media-relay-request-received, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Laissez la demande de relais affichée à l’écran pour que l’organisateur puisse y répondre de nouveau.',
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
      'Le serveur a rejeté la demande envoyée par meeting.resumeAllStreams() pour reprendre les flux de la réunion, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Laissez l’interface dans son état précédent, et rappelez resumeAllStreams() une fois la connexion à la réunion stable.',
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
        text: 'Continuez d’afficher le flux comme en pause, et proposez de réessayer.',
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
        text: 'Continuez d’afficher la qualité précédente, et rappelez la méthode une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'something-went-wrong': {
    title: 'Un problème est survenu',
    userTitle: 'Un problème est survenu',
    description: 'Un problème est survenu.',
    userMessage:
      'Un problème est survenu dans la réunion. Réessayez et, si le problème persiste, contactez {supportContact}.',
    causes: [
      'Le serveur a signalé un échec sans code plus précis.',
      'js-sdk 1.1.1 ne déclenche pas ce code lui-même. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur et les journaux de l’application, et notez l’ID de réunion et l’heure.',
      },
      {
        by: 'user',
        text: 'Réessayez. Si le problème persiste, rechargez la page.',
      },
      {
        by: 'app',
        text: 'Si cela se reproduit, envoyez l’ID de réunion, l’heure et le message d’erreur à l’assistance VideoSDK.',
      },
    ],
  },
  'start-composite-recording-failed': {
    title: 'L’enregistrement composite n’a pas démarré',
    userTitle: 'L’enregistrement n’a pas démarré',
    description:
      'La demande de démarrage de l’enregistrement composite a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer l’enregistrement composite, et le commentaire de documentation du SDK ne nomme aucune raison.',
      'js-sdk 1.1.1 ne déclenche pas ce code lui-même. Il transmet ce que le serveur signale : consultez donc la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Proposez de réessayer, et n’affichez l’enregistrement comme actif qu’une fois que le serveur a confirmé son démarrage.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'start-translation-failed': {
    title: 'La traduction n’a pas démarré',
    userTitle: 'La traduction n’a pas démarré',
    description:
      'La demande de démarrage de la traduction a échoué en raison d’une erreur inconnue.',
    userMessage: 'La traduction n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.startTranslation() pour démarrer la traduction de la réunion, ou la demande a échoué sur le réseau.',
      'Le commentaire de documentation du SDK ne nomme aucune raison précise. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur, et vérifiez la configuration de traduction que vous avez transmise.',
      },
      {
        by: 'app',
        text: 'N’affichez la traduction comme active qu’après que l’événement translation-state-changed a indiqué qu’elle a démarré.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'start-whiteboard-failed': {
    title: 'Le tableau blanc n’a pas démarré',
    userTitle: 'Le tableau blanc n’a pas démarré',
    description: 'Impossible de démarrer le tableau blanc. Réessayez.',
    userMessage: 'Le tableau blanc n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.startWhiteboard() pour démarrer le tableau blanc de la réunion, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'N’affichez le tableau blanc qu’après l’événement whiteboard-started, et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'stop-composite-recording-failed': {
    title: 'L’enregistrement composite ne s’est pas arrêté',
    userTitle: 'L’enregistrement ne s’est pas arrêté',
    description:
      'La demande d’arrêt de l’enregistrement composite a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter l’enregistrement composite, et le commentaire de documentation du SDK ne nomme aucune raison.',
      'js-sdk 1.1.1 ne déclenche pas ce code lui-même. Il transmet ce que le serveur signale : consultez donc la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher l’enregistrement comme actif jusqu’à ce que le serveur confirme son arrêt, et proposez de réessayer.',
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
  'stop-media-relay-failed': {
    title: 'Le relais média ne s’est pas arrêté',
    userTitle: 'Envoi vers l’autre réunion toujours actif',
    description: 'Impossible d’arrêter le relais média. Réessayez.',
    userMessage: 'Votre audio et votre vidéo sont toujours envoyés à l’autre réunion. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.stopMediaRelay() pour arrêter le relais vers l’autre réunion, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur, et vérifiez l’ID de la réunion de destination que vous avez transmis.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher le relais comme actif jusqu’à l’arrivée de l’événement media-relay-stopped.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'stop-translation-failed': {
    title: 'La traduction ne s’est pas arrêtée',
    userTitle: 'La traduction ne s’est pas arrêtée',
    description: 'La demande d’arrêt de la traduction a échoué en raison d’une erreur inconnue.',
    userMessage: 'La traduction ne s’est pas arrêtée. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.stopTranslation() pour arrêter la traduction de la réunion, ou la demande a échoué sur le réseau.',
      'Le commentaire de documentation du SDK ne nomme aucune raison précise. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher la traduction comme active jusqu’à ce que l’événement translation-state-changed indique qu’elle s’est arrêtée.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: 'Le tableau blanc ne s’est pas arrêté',
    userTitle: 'Le tableau blanc ne s’est pas arrêté',
    description: 'Impossible d’arrêter le tableau blanc. Réessayez.',
    userMessage: 'Le tableau blanc ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.stopWhiteboard() pour arrêter le tableau blanc de la réunion, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Laissez le tableau blanc ouvert jusqu’à l’arrivée de l’événement whiteboard-stopped, et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'switch-meeting-failed': {
    title: 'Échec du changement de réunion',
    userTitle: 'Impossible de changer de réunion',
    description: 'Impossible de changer de réunion. Réessayez.',
    userMessage: 'Le passage à l’autre réunion n’a pas fonctionné. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.switchTo() pour changer de réunion, ou la demande a échoué sur le réseau.',
      'Consultez la raison donnée par le serveur dans le message d’erreur, par exemple au sujet de la réunion de destination ou de son jeton.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Vérifiez l’ID de la réunion vers laquelle vous basculez, et le jeton que vous transmettez pour elle.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'switch-participant-room-failed': {
    title: 'Échec du changement de salle du participant',
    userTitle: 'Impossible de déplacer le participant',
    description: 'Impossible de changer la salle du participant. Réessayez.',
    userMessage: 'Le déplacement vers l’autre réunion n’a pas fonctionné. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.switchTo() pour déplacer le participant vers une autre salle, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Vérifiez l’ID de réunion de la salle de destination et le jeton que vous transmettez pour elle.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'translation-failed': {
    title: 'Traduction arrêtée',
    userTitle: 'Traduction arrêtée',
    description: 'La traduction s’est arrêtée en raison d’une erreur interne.',
    userMessage: 'La traduction s’est arrêtée de manière inattendue. Vous pouvez la relancer.',
    causes: [
      'La traduction s’est arrêtée à cause d’une erreur interne du serveur, comme l’indique le commentaire de documentation du SDK.',
      'Le SDK ne donne pas plus de détails. Consultez la raison donnée par le serveur dans le message d’erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Mettez à jour l’interface à partir de l’événement translation-state-changed, et laissez l’utilisateur relancer la traduction.',
      },
      {
        by: 'user',
        text: 'Relancez la traduction.',
      },
      {
        by: 'app',
        text: 'Si cela se reproduit, envoyez l’ID de réunion, l’heure et le message d’erreur à l’assistance VideoSDK.',
      },
    ],
  },
  'unpin-failed': {
    title: 'Échec du désépinglage',
    userTitle: 'Le désépinglage n’a pas fonctionné',
    description: 'Impossible de désépingler le participant. Réessayez.',
    userMessage: 'Ce participant n’a pas pu être désépinglé. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.unpin(), ou la demande a échoué sur le réseau.',
      'Le SDK rétablit l’état d’épinglage précédent lorsque le serveur refuse.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Mettez à jour la disposition à partir de l’événement pin-state-changed, et non à partir de la seule demande.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: 'Opération sur le tableau blanc en cours',
    userTitle: 'Tableau blanc occupé',
    description:
      'Une opération sur le tableau blanc est déjà en cours. Attendez qu’elle se termine.',
    userMessage:
      'Le tableau blanc est déjà en train de démarrer ou de s’arrêter : patientez un instant. Aucune action n’est nécessaire.',
    causes: [
      'L’application a appelé meeting.startWhiteboard() ou meeting.stopWhiteboard() alors qu’une opération précédente sur le tableau blanc de la réunion était encore en cours, la nouvelle demande a donc été refusée.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Désactivez les commandes du tableau blanc tant qu’un démarrage ou un arrêt est en attente, et attendez l’événement whiteboard-started ou whiteboard-stopped.',
      },
      {
        by: 'user',
        text: 'Patientez un instant, le temps que le tableau blanc termine.',
      },
    ],
  },
};
