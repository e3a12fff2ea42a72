import type { FlutterOnlyMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<FlutterOnlyMeaningId> = {
  'camera-device-incompatible': {
    title: 'Caméra non compatible',
    userTitle: 'La caméra n’envoie pas d’image',
    description:
      'La caméra ne peut pas produire de vidéo : le flux vidéo n’a pas pu être créé. Vérifiez que l’appareil est compatible.',
    userMessage:
      'Cette application ne reçoit pas d’image de votre caméra. Essayez une autre caméra ou un autre appareil.',
    causes: [
      'Le SDK n’a pas pu créer de flux vidéo à partir de la caméra sélectionnée, il signale donc la caméra comme non compatible.',
      'Le message ne dit pas pourquoi la caméra a échoué. Consultez les journaux de l’application, le modèle de l’appareil et la version du système d’exploitation.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Essayez une autre caméra, ou utilisez cette application sur un autre appareil.',
      },
      {
        by: 'app',
        text: 'Laissez le participant rester dans la réunion sans vidéo, et proposez de choisir une autre caméra si l’appareil en a plusieurs.',
      },
      {
        by: 'app',
        text: 'Relevez dans les journaux de l’application le modèle de l’appareil, la version du système d’exploitation et la caméra, puis testez l’application sur le même type d’appareil.',
      },
    ],
  },
  'changing-mode': {
    title: 'Échec du changement de mode',
    userTitle: 'Impossible de changer de mode',
    description: 'Un problème est survenu et le mode n’a pas pu être modifié. Réessayez.',
    userMessage: 'Nous n’avons pas pu changer votre mode dans cette réunion. Réessayez.',
    causes: [
      'Une demande de changement du mode du participant dans la réunion (changeMode) n’a pas abouti.',
      'Le message ne dit pas pourquoi. Consultez les journaux de l’application et l’état du réseau au moment de la demande.',
    ],
    fixes: [
      { by: 'user', text: 'Réessayez dans un instant.' },
      {
        by: 'app',
        text: 'Laissez le participant dans son mode actuel, indiquez que le changement n’a pas eu lieu et proposez de réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez les journaux de l’application au moment de l’appel à changeMode, ainsi que l’état du réseau à cet instant.',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: 'Piste audio personnalisée terminée',
    userTitle: 'Retour au microphone par défaut',
    description:
      'La piste audio personnalisée fournie a été libérée et se trouve désormais à l’état terminé. Le SDK revient à la piste audio par défaut.',
    userMessage:
      'Votre audio utilise de nouveau le microphone par défaut. Aucune action n’est nécessaire.',
    causes: [
      'La piste audio personnalisée que l’application a fournie au SDK a été libérée, la piste s’est donc terminée.',
      'Le SDK est passé à sa piste audio par défaut, l’audio du participant continue donc.',
      'Vérifiez à quel endroit l’application, ou une bibliothèque qu’elle utilise, libère la piste personnalisée alors que la réunion l’utilise encore.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Gardez la piste audio personnalisée active tant que la réunion l’utilise, et ne la libérez qu’une fois que le SDK ne l’utilise plus.',
      },
      {
        by: 'app',
        text: 'Pour utiliser de nouveau une piste personnalisée, créez-en une nouvelle (par exemple avec createMicrophoneAudioTrack) et passez-la à unmuteMic.',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: 'Piste vidéo personnalisée terminée',
    userTitle: 'Retour à la caméra par défaut',
    description:
      'La piste vidéo personnalisée fournie a été libérée et se trouve désormais à l’état terminé. Le SDK revient à la piste vidéo par défaut.',
    userMessage:
      'Votre vidéo utilise de nouveau la caméra par défaut. Aucune action n’est nécessaire.',
    causes: [
      'La piste vidéo personnalisée que l’application a fournie au SDK a été libérée, la piste s’est donc terminée.',
      'Le SDK est passé à sa piste vidéo par défaut, la vidéo du participant continue donc.',
      'Vérifiez à quel endroit l’application, ou une bibliothèque qu’elle utilise, libère la piste personnalisée alors que la réunion l’utilise encore.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Gardez la piste vidéo personnalisée active tant que la réunion l’utilise, et ne la libérez qu’une fois que le SDK ne l’utilise plus.',
      },
      {
        by: 'app',
        text: 'Pour utiliser de nouveau une piste personnalisée, créez-en une nouvelle (par exemple avec createCameraVideoTrack) et passez-la à enableCam.',
      },
    ],
  },
  'microphone-device-incompatible': {
    title: 'Microphone non compatible',
    userTitle: 'Le microphone n’envoie pas de son',
    description:
      'Le microphone ne peut pas produire d’audio : le flux audio n’a pas pu être créé. Vérifiez que l’appareil est compatible.',
    userMessage:
      'Cette application ne reçoit pas de son de votre microphone. Essayez un autre microphone ou un autre appareil.',
    causes: [
      'Le SDK n’a pas pu créer de flux audio à partir du microphone sélectionné, il signale donc le microphone comme non compatible.',
      'Le message ne dit pas pourquoi le microphone a échoué. Consultez les journaux de l’application, le modèle de l’appareil et la version du système d’exploitation.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Essayez un autre microphone, par exemple un casque, ou utilisez cette application sur un autre appareil.',
      },
      {
        by: 'app',
        text: 'Laissez le participant rester dans la réunion sans audio, et proposez de choisir un autre microphone si l’appareil en a plusieurs.',
      },
      {
        by: 'app',
        text: 'Relevez dans les journaux de l’application le modèle de l’appareil, la version du système d’exploitation et le microphone, puis testez l’application sur le même type d’appareil.',
      },
    ],
  },
  'participant-recording-failed': {
    title: 'Échec de l’enregistrement du participant',
    userTitle: 'Enregistrement arrêté',
    description: 'L’enregistrement du participant s’est arrêté en raison d’une erreur inconnue.',
    userMessage:
      'L’enregistrement d’un participant s’est arrêté de manière inattendue. Vous pouvez le relancer.',
    causes: [
      'Un enregistrement de participant (l’enregistrement séparé d’un seul participant) s’est arrêté sur les serveurs de VideoSDK après avoir démarré.',
      'Le serveur n’indique pas la raison de l’arrêt. La demande elle-même n’a pas été rejetée, un nouveau démarrage peut donc réussir.',
    ],
    fixes: [
      { by: 'user', text: 'Relancez l’enregistrement.' },
      {
        by: 'app',
        text: 'Informez les personnes présentes dans la réunion que l’enregistrement s’est arrêté, et proposez de relancer l’enregistrement du participant.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK en indiquant l’ID de réunion, l’ID du participant et l’heure de l’échec.',
      },
    ],
  },
  'starting-audio': {
    title: 'Impossible de démarrer le microphone',
    userTitle: 'Le microphone ne s’est pas activé',
    description: 'Un problème est survenu et le microphone n’a pas pu être activé. Réessayez.',
    userMessage: 'Votre microphone ne s’est pas activé. Réessayez.',
    causes: [
      'L’activation du microphone (unmuteMic) a échoué, et le message ne dit pas pourquoi.',
      'Les problèmes d’autorisation et un microphone déjà utilisé ont leurs propres codes. Consultez les journaux de l’application pour connaître l’erreur sous-jacente.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez. Si le microphone ne s’active toujours pas, redémarrez cette application, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Laissez le microphone désactivé, laissez le participant rester dans la réunion et proposez un bouton pour réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez les journaux de l’application au moment de l’appel à unmuteMic, avec le modèle de l’appareil et la version du système d’exploitation.',
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
      { by: 'user', text: 'Réessayez. Si le problème persiste, contactez {supportContact}.' },
      {
        by: 'app',
        text: 'Déclarez dans le manifeste Android les autorisations de service de premier plan indiquées dans le guide de partage d’écran Flutter de VideoSDK, puis recompilez l’application.',
      },
      {
        by: 'app',
        text: 'Cherchez dans les journaux Android (logcat) la raison pour laquelle le service n’a pas démarré, et testez sur la même version d’Android.',
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
        text: 'Indiquez que le partage d’écran n’a pas démarré, et proposez un bouton pour réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez les journaux de l’application au moment de l’appel à enableScreenShare, ainsi que la configuration du partage d’écran pour Android et iOS dans le guide Flutter de VideoSDK.',
      },
    ],
  },
  'starting-video': {
    title: 'Impossible de démarrer la caméra',
    userTitle: 'La caméra ne s’est pas activée',
    description: 'Un problème est survenu et la caméra n’a pas pu être activée. Réessayez.',
    userMessage: 'Votre caméra ne s’est pas activée. Réessayez.',
    causes: [
      'L’activation de la caméra (enableCam) a échoué, et le message ne dit pas pourquoi.',
      'Les problèmes d’autorisation et une caméra déjà utilisée ont leurs propres codes. Consultez les journaux de l’application pour connaître l’erreur sous-jacente.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez. Si la caméra ne s’active toujours pas, redémarrez cette application, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Laissez la caméra désactivée, laissez le participant rester dans la réunion et proposez un bouton pour réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez les journaux de l’application au moment de l’appel à enableCam, avec le modèle de l’appareil et la version du système d’exploitation.',
      },
    ],
  },
  'track-recording-failed': {
    title: 'Échec de l’enregistrement de piste',
    userTitle: 'Enregistrement arrêté',
    description: 'L’enregistrement de piste s’est arrêté en raison d’une erreur inconnue.',
    userMessage:
      'L’enregistrement de l’audio ou de la vidéo d’un participant s’est arrêté de manière inattendue. Vous pouvez le relancer.',
    causes: [
      'Un enregistrement de piste (l’enregistrement d’une seule piste audio ou vidéo d’un participant) s’est arrêté sur les serveurs de VideoSDK après avoir démarré.',
      'Le serveur n’indique pas la raison de l’arrêt. La demande elle-même n’a pas été rejetée, un nouveau démarrage peut donc réussir.',
    ],
    fixes: [
      { by: 'user', text: 'Relancez l’enregistrement.' },
      {
        by: 'app',
        text: 'Informez les personnes présentes dans la réunion que l’enregistrement s’est arrêté, et proposez de relancer l’enregistrement de piste.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK en indiquant l’ID de réunion, l’ID du participant, le type de piste et l’heure de l’échec.',
      },
    ],
  },
};
