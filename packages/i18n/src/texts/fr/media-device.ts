import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-device'> = {
  'audio-track-creation-failed': {
    title: 'Piste audio non créée',
    userTitle: 'Impossible de démarrer l’audio',
    description: 'Une erreur s’est produite et la piste audio n’a pas pu être créée. Réessayez.',
    userMessage: 'Votre audio n’a pas pu démarrer. Vérifiez votre microphone, puis réessayez.',
    causes: [
      'Le SDK n’a pas pu créer de piste audio à partir du microphone.',
      'Le message ne dit pas pourquoi. Consultez les journaux de l’application pour connaître l’erreur sous-jacente du périphérique.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre microphone est branché et qu’aucune autre application ne l’utilise, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Journalisez l’erreur sous-jacente et proposez un bouton pour réessayer.',
      },
      {
        by: 'app',
        text: 'Laissez le participant rester dans la réunion sans audio tant que le problème dure.',
      },
    ],
  },
  'camera-access': {
    title: 'Impossible d’accéder à la caméra',
    userTitle: 'Impossible d’utiliser la caméra',
    description: 'Un problème est survenu. Impossible d’accéder à la caméra.',
    userMessage:
      'Cette application n’a pas pu utiliser votre caméra. Réessayez. Si le problème persiste, redémarrez cette application.',
    causes: [
      'Le SDK n’a pas pu ouvrir la caméra et le message ne dit pas pourquoi.',
      'Une autorisation refusée et une caméra déjà utilisée ont leurs propres codes. Consultez les journaux de l’application pour connaître l’erreur sous-jacente.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez. Si la caméra reste inutilisable, redémarrez cette application, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Laissez la caméra désactivée, permettez au participant de rester dans la réunion et de réactiver sa caméra plus tard.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez les journaux de l’application au moment où elle a activé la caméra, avec le modèle de l’appareil et la version du système d’exploitation.',
      },
    ],
  },
  'camera-access-denied': {
    title: 'Accès à la caméra refusé sur l’appareil',
    userTitle: 'Accès à la caméra désactivé',
    description:
      'L’accès à la caméra a été refusé ou ignoré. Pour continuer, autorisez l’accès dans les paramètres de l’appareil.',
    userMessage:
      'Cette application ne peut pas utiliser votre caméra. Autorisez l’accès à la caméra pour cette application dans les paramètres de votre appareil, puis réessayez.',
    causes: [
      'L’utilisateur a refusé ou fermé la fenêtre qui demande l’accès à la caméra, ou a désactivé l’accès auparavant dans les paramètres de l’appareil.',
      'Une fois l’accès refusé, le système d’exploitation peut ne plus le redemander : seuls les paramètres de l’appareil permettent alors de le rétablir.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser la caméra, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Avant que le système ne le demande, expliquez pourquoi l’application a besoin de la caméra et proposez un raccourci vers la page de l’application dans les paramètres de l’appareil.',
      },
      {
        by: 'app',
        text: 'Vérifiez que l’application déclare l’utilisation de la caméra : NSCameraUsageDescription sur iOS et l’autorisation CAMERA sur Android.',
      },
      {
        by: 'app',
        text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
  },
  'camera-access-denied-or-dismissed': {
    title: 'Accès à la caméra refusé',
    userTitle: 'Caméra bloquée',
    description:
      'L’accès à la caméra a été refusé ou ignoré. Pour continuer, autorisez l’accès dans les paramètres du navigateur ou de l’appareil.',
    userMessage:
      'L’accès à la caméra est bloqué pour cette page. Autorisez la caméra dans les paramètres de votre navigateur, puis rechargez la page.',
    causes: [
      'L’utilisateur a refusé ou fermé la fenêtre qui demande l’accès à la caméra.',
      'L’accès à la caméra a peut-être aussi été bloqué auparavant pour ce site ou cette application.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Autorisez la caméra pour ce site dans les paramètres de votre navigateur, puis rechargez la page.',
      },
      {
        by: 'app',
        text: 'Expliquez pourquoi l’application a besoin de la caméra avant que le navigateur ne le demande et montrez comment l’autoriser dans les paramètres du navigateur.',
      },
      {
        by: 'app',
        text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Cette application n’est pas autorisée à utiliser votre caméra. Autorisez l’accès à la caméra pour cette application dans les paramètres de votre appareil, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser la caméra, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Expliquez pourquoi l’application a besoin de la caméra avant que le système ne le demande et proposez un raccourci vers la page de l’application dans les paramètres de l’appareil.',
          },
          {
            by: 'app',
            text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.',
          },
        ],
      },
    },
  },
  'camera-access-unavailable': {
    title: 'Caméra non disponible',
    userTitle: 'Caméra indisponible',
    description:
      'L’accès à la caméra n’est pas disponible. Vérifiez que l’appareil est compatible et que la page est servie via une connexion sécurisée (https://).',
    userMessage:
      'Votre caméra ne peut pas être utilisée pour le moment. Vérifiez que votre appareil dispose d’une caméra qui fonctionne, puis réessayez.',
    causes: [
      'Le navigateur ou l’appareil ne donne pas accès à la caméra, par exemple parce qu’il n’a pas de caméra compatible.',
      'Les navigateurs n’autorisent la caméra que sur les pages sécurisées (https:// ou localhost) : une page servie en simple http:// n’obtient donc pas de caméra.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Servez l’application via https://. Pour le développement, localhost est aussi autorisé.',
      },
      {
        by: 'user',
        text: 'Vérifiez que votre caméra est branchée et fonctionne, ou essayez un autre navigateur ou un autre appareil.',
      },
      {
        by: 'app',
        text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Le navigateur ou l’appareil ne donne pas accès à la caméra, par exemple parce qu’il n’a pas de caméra compatible.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Vérifiez que votre appareil dispose d’une caméra qui fonctionne, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Vérifiez que l’appareil dispose d’une caméra que l’application peut utiliser et journalisez l’erreur sous-jacente.',
          },
          {
            by: 'app',
            text: 'Si l’application fonctionne aussi dans un navigateur, servez-la via https://.',
          },
          {
            by: 'app',
            text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.',
          },
        ],
      },
    },
  },
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
        text: 'Essayez une autre caméra ou utilisez cette application sur un autre appareil.',
      },
      {
        by: 'app',
        text: 'Laissez le participant rester dans la réunion sans vidéo et proposez de choisir une autre caméra si l’appareil en a plusieurs.',
      },
      {
        by: 'app',
        text: 'Relevez dans les journaux de l’application le modèle de l’appareil, la version du système d’exploitation et la caméra, puis testez l’application sur le même type d’appareil.',
      },
    ],
  },
  'camera-in-use': {
    title: 'Caméra déjà utilisée',
    userTitle: 'Caméra occupée',
    description:
      'La caméra est utilisée par une autre application. Fermez tous les programmes qui utilisent la caméra, comme les outils de visioconférence, les logiciels d’enregistrement d’écran ou d’autres navigateurs, redémarrez le navigateur et réessayez.',
    userMessage:
      'Une autre application ou un autre navigateur utilise votre caméra. Fermez-le, puis réessayez.',
    causes: [
      'Une autre application ou un autre navigateur occupe la caméra. Sous Windows en particulier, une caméra déjà utilisée ne peut pas être ouverte une seconde fois.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Fermez les autres applications ou navigateurs qui utilisent la caméra, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et, en attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
    variants: {
      app: {
        userMessage: 'Une autre application utilise votre caméra. Fermez-la, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Fermez les autres applications qui utilisent la caméra, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Proposez un bouton pour réessayer et, en attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.',
          },
        ],
      },
    },
  },
  'camera-not-found': {
    title: 'Caméra introuvable',
    userTitle: 'Aucune caméra trouvée',
    description:
      'Vérifiez que votre caméra est branchée et allumée, et que son pilote est installé et à jour.',
    userMessage:
      'Nous ne trouvons pas votre caméra. Vérifiez qu’elle est branchée et allumée, puis réessayez.',
    causes: [
      'Le navigateur a signalé qu’il n’a trouvé aucune caméra pour la demande, la caméra n’a donc pas pu démarrer.',
      'Comme l’indique le message, la caméra est peut-être débranchée ou éteinte, ou son pilote est absent ou obsolète.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre caméra est branchée et allumée, puis réessayez.',
      },
      {
        by: 'user',
        text: 'Si la caméra reste introuvable, mettez à jour son pilote ou redémarrez votre appareil, puis rechargez la page.',
      },
      {
        by: 'app',
        text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo et laissez-le choisir une autre caméra dans la liste des périphériques.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil a signalé qu’il n’a trouvé aucune caméra pour la demande, la caméra n’a donc pas pu démarrer.',
          'Comme l’indique le message, la caméra est peut-être débranchée ou éteinte, ou son pilote est absent ou obsolète.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Vérifiez que votre caméra est branchée et allumée, puis réessayez.',
          },
          {
            by: 'user',
            text: 'Si la caméra reste introuvable, redémarrez votre appareil, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo et laissez-le choisir une autre caméra dans la liste des périphériques.',
          },
        ],
      },
    },
  },
  'camera-permission-denied-by-os': {
    title: 'Caméra bloquée par le système',
    userTitle: 'Caméra bloquée par les paramètres',
    description:
      'Les paramètres du système d’exploitation refusent l’autorisation d’accès à la caméra. Vérifiez les paramètres système et accordez l’autorisation à ce navigateur.',
    userMessage:
      'Les paramètres de confidentialité de votre appareil bloquent la caméra pour ce navigateur. Autorisez ce navigateur à utiliser la caméra dans les paramètres de votre système, puis rechargez la page.',
    causes: [
      'Le système d’exploitation refuse l’accès à la caméra au navigateur ou à l’application, par exemple dans les paramètres de confidentialité de macOS ou de Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Ouvrez les paramètres de confidentialité de votre appareil, autorisez ce navigateur à utiliser la caméra, puis rechargez la page.',
      },
      {
        by: 'app',
        text: 'Affichez des étapes courtes pour le système d’exploitation de l’utilisateur et, en attendant, laissez-le rejoindre la réunion sans vidéo.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Les paramètres de confidentialité de votre appareil bloquent la caméra pour cette application. Autorisez cette application à utiliser la caméra dans les paramètres de votre appareil, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser la caméra, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Affichez des étapes courtes pour le système d’exploitation de l’utilisateur et, en attendant, laissez-le rejoindre la réunion sans vidéo.',
          },
        ],
      },
    },
  },
  'camera-permission-or-autoplay-issue': {
    title: 'Problème d’autorisation de la caméra ou de lecture automatique',
    userTitle: 'Caméra bloquée',
    description:
      'Il semble y avoir un problème avec l’autorisation de la caméra ou avec la lecture automatique de la vidéo. Pour en savoir plus, consultez https://tinyurl.com/autoplay-issue (un lien court tiers fourni par le message du SDK).',
    userMessage:
      'Votre navigateur n’a pas autorisé la caméra. Autorisez la caméra pour cette page dans les paramètres de votre navigateur, puis rechargez la page.',
    causes: [
      'Le navigateur a refusé l’accès à la caméra avec une NotAllowedError indiquant que la demande n’est pas autorisée par l’agent utilisateur. Le SDK précise que Firefox signale ainsi une autorisation refusée.',
      'Le message renvoie aussi aux règles de lecture automatique du navigateur, qui peuvent bloquer une vidéo lancée sans action de l’utilisateur.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Autorisez la caméra pour cette page dans les paramètres de votre navigateur, puis rechargez la page.',
      },
      {
        by: 'app',
        text: 'Démarrez la caméra et la lecture vidéo à partir d’une action de l’utilisateur, comme un clic, pour que le navigateur les autorise.',
      },
      {
        by: 'app',
        text: 'Consultez https://tinyurl.com/autoplay-issue (un lien court tiers fourni par le message du SDK) pour lire les notes du SDK sur ce problème.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Le système d’exploitation a refusé à l’application l’accès à la caméra : l’utilisateur a refusé l’autorisation ou l’a désactivée dans les paramètres de l’appareil, ou l’application ne déclare pas l’utilisation de la caméra.',
        ],
        userMessage:
          'Cette application n’est pas autorisée à utiliser votre caméra. Autorisez l’accès à la caméra pour cette application dans les paramètres de votre appareil, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser la caméra, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Vérifiez que l’application déclare l’utilisation de la caméra : NSCameraUsageDescription sur iOS et l’autorisation CAMERA sur Android.',
          },
          {
            by: 'app',
            text: 'Consultez https://tinyurl.com/autoplay-issue (un lien court tiers fourni par le message du SDK) pour lire les notes du SDK sur ce problème.',
          },
        ],
      },
    },
  },
  'capture-image-failed': {
    title: 'Échec de la capture d’image',
    userTitle: 'Impossible de capturer l’image',
    description: 'Impossible de capturer l’image. Réessayez.',
    userMessage: 'Nous n’avons pas pu capturer l’image. Réessayez.',
    causes: [
      'Le navigateur n’a pas pu dessiner ou encoder une image de la vidéo du participant pour captureImage().',
      'Le message d’erreur contient la raison donnée par le navigateur.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez un instant, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Vérifiez que la caméra du participant est allumée et que sa vidéo est en cours de lecture avant de capturer une image.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez la raison dans le message d’erreur et les journaux de l’application.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil n’a pas pu dessiner ou encoder une image de la vidéo du participant pour captureImage().',
          'Le message d’erreur contient la raison donnée par la plateforme.',
        ],
      },
    },
  },
  'change-webcam': {
    title: 'Impossible de changer de caméra',
    userTitle: 'Changement de caméra impossible',
    description: 'Un problème est survenu et la caméra n’a pas pu être changée. Réessayez.',
    userMessage: 'Nous n’avons pas pu changer de caméra. Réessayez.',
    causes: [
      'Le passage à une autre caméra (changeCam) a échoué et le message ne dit pas pourquoi.',
      'La caméra choisie a peut-être été déconnectée ou est utilisée par une autre application. Consultez les journaux de l’application pour connaître l’erreur sous-jacente.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez. Si la caméra ne change toujours pas, désactivez-la puis réactivez-la.',
      },
      {
        by: 'app',
        text: 'Affichez l’état réel de la caméra (elle peut être désactivée après l’échec du changement) et proposez un bouton pour réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez les journaux de l’application au moment de l’appel à changeCam, avec la caméra choisie, le modèle de l’appareil et la version du système d’exploitation.',
      },
    ],
  },
  'custom-audio-track-disposed': {
    title: 'Piste audio personnalisée terminée',
    userTitle: 'Passage au microphone par défaut',
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
  'custom-audio-track-ended': {
    title: 'Piste audio personnalisée terminée',
    userTitle: 'Passage au microphone par défaut',
    description:
      'La piste audio personnalisée fournie est terminée. Vérifiez l’état de la piste audio, puis réessayez.',
    userMessage: 'Votre audio est passé au microphone par défaut. Vous pouvez continuer à parler.',
    causes: [
      'L’application a transmis une piste audio personnalisée déjà terminée, par exemple parce qu’elle a été arrêtée ou que sa source a disparu.',
      'Le SDK ne peut pas utiliser une piste terminée, il utilise donc le microphone par défaut à la place.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Vérifiez que le readyState de la piste personnalisée vaut live avant de la transmettre et créez une nouvelle piste si elle est terminée.',
      },
      {
        by: 'app',
        text: 'N’arrêtez pas une piste personnalisée tant que la réunion l’utilise encore.',
      },
    ],
  },
  'custom-screen-share-track-disposed': {
    title: 'Piste de partage d’écran personnalisée libérée',
    userTitle: 'Le partage d’écran n’a pas démarré',
    description:
      'La piste personnalisée fournie a été libérée. Réessayez avec une nouvelle piste personnalisée.',
    userMessage: 'Le partage d’écran n’a pas démarré. Réessayez.',
    causes: [
      'L’application a fourni une piste de partage d’écran personnalisée que l’application elle-même, ou une bibliothèque qu’elle utilise, avait déjà libérée.',
      'Une piste libérée n’est plus utilisable : le partage d’écran ne démarre donc pas.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez. Lorsque votre appareil vous demande l’autorisation de partager votre écran, acceptez.',
      },
      {
        by: 'app',
        text: 'Créez une nouvelle piste à chaque tentative (par exemple avec VideoSDK.createScreenShareVideoTrack) et passez-la aussitôt à enableScreenShare.',
      },
      {
        by: 'app',
        text: 'Ne libérez une piste de partage d’écran personnalisée qu’une fois le partage d’écran avec cette piste arrêté et ne la transmettez plus jamais au SDK.',
      },
    ],
  },
  'custom-screen-share-track-ended': {
    title: 'Piste de partage d’écran personnalisée terminée',
    userTitle: 'Le partage d’écran n’a pas démarré',
    description:
      'La piste personnalisée fournie est à l’état terminé. Réessayez avec une nouvelle piste personnalisée.',
    userMessage: 'Le partage d’écran n’a pas démarré. Réessayez.',
    causes: [
      'L’application a fourni une piste de partage d’écran personnalisée déjà terminée, par exemple parce que sa capture d’écran s’était arrêtée.',
      'Le SDK ne peut pas partager l’écran à partir d’une piste terminée : le partage d’écran ne démarre donc pas.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez. Lorsque votre appareil vous demande l’autorisation de partager votre écran, acceptez.',
      },
      {
        by: 'app',
        text: 'Créez une nouvelle piste à chaque tentative (par exemple avec VideoSDK.createScreenShareVideoTrack) et passez-la aussitôt à enableScreenShare.',
      },
      {
        by: 'app',
        text: 'Ne conservez pas une piste de partage d’écran personnalisée pour plus tard : une fois sa capture arrêtée, la piste n’est plus utilisable.',
      },
    ],
  },
  'custom-video-track-disposed': {
    title: 'Piste vidéo personnalisée terminée',
    userTitle: 'Passage à la caméra par défaut',
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
  'custom-video-track-ended': {
    title: 'Piste vidéo personnalisée terminée',
    userTitle: 'Passage à la caméra par défaut',
    description:
      'La piste vidéo personnalisée fournie est terminée. Vérifiez l’état de la piste vidéo, puis réessayez.',
    userMessage: 'Votre vidéo est passée à la caméra par défaut. Vous pouvez continuer.',
    causes: [
      'L’application a transmis une piste vidéo personnalisée déjà terminée, par exemple parce qu’elle a été arrêtée ou que sa source a disparu.',
      'Le SDK ne peut pas utiliser une piste terminée, il utilise donc la caméra par défaut à la place.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Vérifiez que le readyState de la piste personnalisée vaut live avant de la transmettre et créez une nouvelle piste si elle est terminée.',
      },
      {
        by: 'app',
        text: 'N’arrêtez pas une piste personnalisée tant que la réunion l’utilise encore.',
      },
    ],
  },
  'get-audio-media': {
    title: 'Capture audio non prise en charge',
    userTitle: 'Microphone non pris en charge',
    description: 'Votre navigateur ou votre appareil ne prend pas en charge l’audio.',
    userMessage:
      'Votre navigateur ou votre appareil ne peut pas utiliser de microphone pour cette réunion. Essayez un autre navigateur ou un autre appareil.',
    causes: [
      'Le navigateur ou l’appareil a signalé qu’il ne peut pas capturer l’audio.',
      'Le SDK 1.1.1 déclare ce code mais ne le déclenche pas : consultez donc les journaux de l’application pour trouver l’erreur propre au navigateur.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Mettez à jour votre navigateur ou essayez un autre navigateur ou un autre appareil.',
      },
      {
        by: 'app',
        text: 'Vérifiez que navigator.mediaDevices est disponible avant d’activer le microphone et servez la page via https://.',
      },
      {
        by: 'app',
        text: 'Laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Le navigateur ou l’appareil a signalé qu’il ne peut pas capturer l’audio.',
          'Le SDK 1.1.1 déclare ce code mais ne le déclenche pas : consultez donc les journaux de l’application pour trouver l’erreur propre à la plateforme.',
        ],
        userMessage:
          'Cet appareil ne peut pas utiliser de microphone pour cette réunion. Mettez à jour l’application ou essayez un autre appareil.',
        fixes: [
          {
            by: 'user',
            text: 'Mettez à jour l’application ou essayez un autre appareil.',
          },
          {
            by: 'app',
            text: 'Vérifiez que l’application déclare l’utilisation du microphone : NSMicrophoneUsageDescription sur iOS et l’autorisation RECORD_AUDIO sur Android.',
          },
          {
            by: 'app',
            text: 'Laissez l’utilisateur rejoindre la réunion sans audio.',
          },
        ],
      },
    },
  },
  'get-audio-media-permission-denied': {
    title: 'Autorisation du microphone refusée',
    userTitle: 'Microphone bloqué',
    description: 'L’autorisation de capturer l’audio a été refusée.',
    userMessage:
      'Votre navigateur a bloqué le microphone. Autorisez le microphone pour cette page dans les paramètres de votre navigateur, puis rechargez la page.',
    causes: [
      'Le navigateur a refusé l’accès au microphone avec une NotAllowedError que le SDK n’a pas pu rattacher à un cas plus précis, comme une demande ignorée ou un blocage par le système d’exploitation.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Autorisez le microphone pour cette page dans les paramètres de votre navigateur, puis rechargez la page.',
      },
      {
        by: 'user',
        text: 'S’il reste bloqué, vérifiez que les paramètres de confidentialité de votre ordinateur autorisent ce navigateur à utiliser le microphone.',
      },
      {
        by: 'app',
        text: 'Demandez l’accès au microphone après une action de l’utilisateur et expliquez d’abord pourquoi la réunion en a besoin.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil a refusé l’accès au microphone avec une NotAllowedError que le SDK n’a pas pu rattacher à un cas plus précis, comme une demande ignorée ou un blocage par le système d’exploitation.',
        ],
        userMessage:
          'Cette application n’est pas autorisée à utiliser votre microphone. Autorisez l’accès au microphone pour cette application dans les paramètres de votre appareil, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser le microphone, puis réessayez.',
          },
          {
            by: 'user',
            text: 'S’il reste bloqué, vérifiez que les paramètres de confidentialité de votre appareil autorisent cette application à utiliser le microphone.',
          },
          {
            by: 'app',
            text: 'Demandez l’accès au microphone après une action de l’utilisateur et expliquez d’abord pourquoi la réunion en a besoin.',
          },
        ],
      },
    },
  },
  'get-video-media': {
    title: 'Capture vidéo non prise en charge',
    userTitle: 'La caméra n’a pas démarré',
    description: 'Votre navigateur ou votre appareil ne prend pas en charge la vidéo.',
    userMessage:
      'Votre navigateur ou votre appareil n’a pas pu démarrer la caméra. Essayez un autre navigateur ou un autre appareil.',
    causes: [
      'Le navigateur n’a pas pu ouvrir la caméra avec les paramètres demandés, pour une autre raison qu’une autorisation refusée.',
      'Dans le SDK 1.1.1, cela se produit lorsque le SDK rouvre la caméra pour changer sa résolution. Consultez les journaux de l’application pour trouver l’erreur du navigateur.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Mettez à jour votre navigateur ou essayez un autre navigateur ou un autre appareil.',
      },
      {
        by: 'app',
        text: 'Vérifiez que la caméra prend en charge la résolution demandée et rabattez-vous sur une résolution plus basse.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil n’a pas pu ouvrir la caméra avec les paramètres demandés, pour une autre raison qu’une autorisation refusée.',
          'Dans le SDK 1.1.1, cela se produit lorsque le SDK rouvre la caméra pour changer sa résolution. Consultez les journaux de l’application pour trouver l’erreur de la plateforme.',
        ],
        userMessage:
          'Cet appareil n’a pas pu démarrer la caméra. Mettez à jour l’application ou essayez un autre appareil.',
        fixes: [
          {
            by: 'user',
            text: 'Mettez à jour l’application ou essayez un autre appareil.',
          },
          {
            by: 'app',
            text: 'Vérifiez que la caméra prend en charge la résolution demandée et rabattez-vous sur une résolution plus basse.',
          },
        ],
      },
    },
  },
  'get-video-media-permission-denied': {
    title: 'Autorisation de la caméra refusée',
    userTitle: 'Caméra bloquée',
    description: 'L’autorisation de capturer la vidéo a été refusée.',
    userMessage:
      'Votre navigateur a bloqué la caméra. Autorisez la caméra pour cette page dans les paramètres de votre navigateur, puis rechargez la page.',
    causes: [
      'Le navigateur a refusé l’accès à la caméra avec une NotAllowedError que le SDK n’a pas pu rattacher à un cas plus précis, comme une demande ignorée ou un blocage par le système d’exploitation.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Autorisez la caméra pour cette page dans les paramètres de votre navigateur, puis rechargez la page.',
      },
      {
        by: 'user',
        text: 'Si elle reste bloquée, vérifiez que les paramètres de confidentialité de votre ordinateur autorisent ce navigateur à utiliser la caméra.',
      },
      {
        by: 'app',
        text: 'Demandez l’accès à la caméra après une action de l’utilisateur et expliquez d’abord pourquoi la réunion en a besoin.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil a refusé l’accès à la caméra avec une NotAllowedError que le SDK n’a pas pu rattacher à un cas plus précis, comme une demande ignorée ou un blocage par le système d’exploitation.',
        ],
        userMessage:
          'Cette application n’est pas autorisée à utiliser votre caméra. Autorisez l’accès à la caméra pour cette application dans les paramètres de votre appareil, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser la caméra, puis réessayez.',
          },
          {
            by: 'user',
            text: 'Si elle reste bloquée, vérifiez que les paramètres de confidentialité de votre appareil autorisent cette application à utiliser la caméra.',
          },
          {
            by: 'app',
            text: 'Demandez l’accès à la caméra après une action de l’utilisateur et expliquez d’abord pourquoi la réunion en a besoin.',
          },
        ],
      },
    },
  },
  'invalid-custom-audio-track': {
    title: 'Piste audio personnalisée non valide',
    userTitle: 'Microphone par défaut utilisé',
    description:
      'La piste audio personnalisée fournie n’est pas valide, la piste audio par défaut est donc utilisée à la place. Vérifiez que la piste audio respecte les spécifications requises.',
    userMessage: 'Votre audio est passé au microphone par défaut. Aucune action n’est nécessaire.',
    causes: [
      'L’application a transmis une piste audio personnalisée que le SDK n’a pas pu lire, par exemple un objet qui n’est pas un MediaStream contenant une piste audio active.',
      'Le SDK utilise le microphone par défaut à la place.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Transmettez un MediaStream qui contient une piste audio active, par exemple une piste créée avec createMicrophoneAudioTrack().',
      },
    ],
  },
  'invalid-custom-track-config': {
    title: 'Configuration de piste personnalisée non valide',
    userTitle: 'Impossible de configurer le périphérique',
    description: 'La configuration de la piste personnalisée n’est pas valide.',
    userMessage:
      'Nous n’avons pas pu configurer votre caméra, votre microphone ou le partage d’écran avec les réglages choisis. Choisissez un autre périphérique, puis réessayez.',
    causes: [
      'L’application a transmis des paramètres que le SDK ne peut pas utiliser pour créer une piste personnalisée : un codec non pris en charge, un ID de caméra ou de microphone qui ne correspond à aucun périphérique, ou un encoderConfig inconnu.',
      'Le message d’erreur nomme le paramètre.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lisez le paramètre nommé par le message d’erreur et transmettez un codec et un encoderConfig pris en charge.',
      },
      {
        by: 'app',
        text: 'Prenez les ID de caméra et de microphone dans la liste actuelle des périphériques, car ils peuvent changer lorsque des périphériques sont branchés ou retirés.',
      },
      {
        by: 'user',
        text: 'Choisissez une autre caméra ou un autre microphone, puis réessayez.',
      },
    ],
  },
  'invalid-custom-video-track': {
    title: 'Piste vidéo personnalisée non valide',
    userTitle: 'Caméra par défaut utilisée',
    description:
      'La piste vidéo personnalisée fournie n’est pas valide, la piste vidéo par défaut est donc utilisée à la place. Vérifiez que la piste vidéo respecte les spécifications requises.',
    userMessage: 'Votre vidéo est passée à la caméra par défaut. Aucune action n’est nécessaire.',
    causes: [
      'L’application a transmis une piste vidéo personnalisée que le SDK n’a pas pu lire, par exemple un objet qui n’est pas un MediaStream contenant une piste vidéo active.',
      'Le SDK utilise la caméra par défaut à la place.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Transmettez un MediaStream qui contient une piste vidéo active, par exemple une piste créée avec createCameraVideoTrack().',
      },
    ],
  },
  'media-device-not-initialized': {
    title: 'Périphérique média non initialisé',
    userTitle: 'Audio et vidéo pas encore prêts',
    description: 'Le périphérique média n’a pas été initialisé.',
    userMessage:
      'L’audio et la vidéo ne sont pas encore prêts. Patientez un instant et réessayez, ou rechargez la page.',
    causes: [
      'Le périphérique média interne du SDK, qu’il crée lorsqu’il rejoint la réunion ou change de mode, n’existe pas : la caméra, le microphone ou le partage d’écran ne peuvent donc pas démarrer.',
      'Recherchez dans les journaux de l’application un échec antérieur survenu en rejoignant la réunion ou en changeant de mode.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez un instant, puis réessayez. Si le problème persiste, rechargez la page et rejoignez de nouveau la réunion.',
      },
      {
        by: 'app',
        text: 'N’activez la caméra, le microphone ou le partage d’écran qu’après l’événement meeting-joined (réunion rejointe).',
      },
      {
        by: 'app',
        text: 'Recherchez dans les journaux de l’application un échec antérieur survenu en rejoignant la réunion ou en changeant de mode.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'L’audio et la vidéo ne sont pas encore prêts. Patientez un instant et réessayez, ou quittez la réunion et rejoignez-la de nouveau.',
        fixes: [
          {
            by: 'user',
            text: 'Patientez un instant, puis réessayez. Si le problème persiste, quittez la réunion et rejoignez-la de nouveau.',
          },
          {
            by: 'app',
            text: 'N’activez la caméra, le microphone ou le partage d’écran qu’après l’événement meeting-joined (réunion rejointe).',
          },
          {
            by: 'app',
            text: 'Recherchez dans les journaux de l’application un échec antérieur survenu en rejoignant la réunion ou en changeant de mode.',
          },
        ],
      },
    },
  },
  'media-device-not-loaded': {
    title: 'Périphérique média non chargé',
    userTitle: 'Préparation en cours',
    description: 'Le périphérique média n’est pas encore chargé. Réessayez dans un instant.',
    userMessage: 'L’audio et la vidéo sont encore en préparation. Réessayez dans un instant.',
    causes: [
      'Le périphérique média interne du SDK existe, mais n’a pas fini de charger les capacités média du serveur, ce qui se fait en rejoignant la réunion ou en changeant de mode.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez un instant, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Attendez l’événement meeting-joined (réunion rejointe), ou la fin d’un changement de mode, avant d’activer les médias.',
      },
      {
        by: 'app',
        text: 'Réessayez après un court délai.',
      },
    ],
  },
  'mic-access-denied': {
    title: 'Accès au microphone refusé sur l’appareil',
    userTitle: 'Accès au microphone désactivé',
    description:
      'L’accès au microphone a été refusé ou ignoré. Pour continuer, autorisez l’accès dans les paramètres de l’appareil.',
    userMessage:
      'Cette application ne peut pas utiliser votre microphone. Autorisez l’accès au microphone pour cette application dans les paramètres de votre appareil, puis réessayez.',
    causes: [
      'L’utilisateur a refusé ou fermé la fenêtre qui demande l’accès au microphone, ou a désactivé l’accès auparavant dans les paramètres de l’appareil.',
      'Une fois l’accès refusé, le système d’exploitation peut ne plus le redemander : seuls les paramètres de l’appareil permettent alors de le rétablir.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser le microphone, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Avant que le système ne le demande, expliquez pourquoi l’application a besoin du microphone et proposez un raccourci vers la page de l’application dans les paramètres de l’appareil.',
      },
      {
        by: 'app',
        text: 'Vérifiez que l’application déclare l’utilisation du microphone : NSMicrophoneUsageDescription sur iOS et l’autorisation RECORD_AUDIO sur Android.',
      },
      {
        by: 'app',
        text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
  },
  'microphone-access-denied-or-dismissed': {
    title: 'Accès au microphone refusé',
    userTitle: 'Microphone bloqué',
    description:
      'L’accès au microphone a été refusé ou ignoré. Pour continuer, autorisez l’accès dans les paramètres du navigateur ou de l’appareil.',
    userMessage:
      'L’accès au microphone est bloqué pour cette page. Autorisez le microphone dans les paramètres de votre navigateur, puis rechargez la page.',
    causes: [
      'L’utilisateur a refusé ou fermé la fenêtre qui demande l’accès au microphone.',
      'L’accès au microphone a peut-être aussi été bloqué auparavant pour ce site ou cette application.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Autorisez le microphone pour ce site dans les paramètres de votre navigateur, puis rechargez la page.',
      },
      {
        by: 'app',
        text: 'Expliquez pourquoi l’application a besoin du microphone avant que le navigateur ne le demande et montrez comment l’autoriser dans les paramètres du navigateur.',
      },
      {
        by: 'app',
        text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Cette application n’est pas autorisée à utiliser votre microphone. Autorisez l’accès au microphone pour cette application dans les paramètres de votre appareil, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser le microphone, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Expliquez pourquoi l’application a besoin du microphone avant que le système ne le demande et proposez un raccourci vers la page de l’application dans les paramètres de l’appareil.',
          },
          {
            by: 'app',
            text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans audio.',
          },
        ],
      },
    },
  },
  'microphone-access-unavailable': {
    title: 'Microphone non disponible',
    userTitle: 'Microphone indisponible',
    description:
      'L’accès au microphone n’est pas disponible. Vérifiez que l’appareil est compatible et que la page est servie via une connexion sécurisée (https://).',
    userMessage:
      'Votre microphone ne peut pas être utilisé pour le moment. Vérifiez que votre appareil dispose d’un microphone qui fonctionne, puis réessayez.',
    causes: [
      'Le navigateur ou l’appareil ne donne pas accès au microphone, par exemple parce qu’il n’a pas de microphone compatible.',
      'Les navigateurs n’autorisent le microphone que sur les pages sécurisées (https:// ou localhost) : une page servie en simple http:// n’obtient donc pas de microphone.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Servez l’application via https://. Pour le développement, localhost est aussi autorisé.',
      },
      {
        by: 'user',
        text: 'Vérifiez que votre microphone est branché et fonctionne, ou essayez un autre navigateur ou un autre appareil.',
      },
      {
        by: 'app',
        text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Le navigateur ou l’appareil ne donne pas accès au microphone, par exemple parce qu’il n’a pas de microphone compatible.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Vérifiez que votre appareil dispose d’un microphone qui fonctionne, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Vérifiez que l’appareil dispose d’un microphone que l’application peut utiliser et journalisez l’erreur sous-jacente.',
          },
          {
            by: 'app',
            text: 'Si l’application fonctionne aussi dans un navigateur, servez-la via https://.',
          },
          {
            by: 'app',
            text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans audio.',
          },
        ],
      },
    },
  },
  'microphone-close-producer-failed': {
    title: 'Échec de la désactivation du microphone',
    userTitle: 'Impossible de couper le microphone',
    description: 'Le microphone n’a pas pu être désactivé. Réessayez.',
    userMessage:
      'Nous n’avons pas pu couper votre microphone, il est donc toujours actif. Réessayez.',
    causes: [
      'Le serveur de la réunion n’a pas confirmé qu’il avait cessé de recevoir le microphone, le SDK laisse donc le microphone actif et inchangé.',
      'Consultez le message d’erreur et les journaux de l’application pour connaître la raison.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher le microphone comme actif et laissez l’utilisateur réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, vérifiez la connexion à la réunion dans les journaux de l’application.',
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
        text: 'Essayez un autre microphone, par exemple un casque ou utilisez cette application sur un autre appareil.',
      },
      {
        by: 'app',
        text: 'Laissez le participant rester dans la réunion sans audio et proposez de choisir un autre microphone si l’appareil en a plusieurs.',
      },
      {
        by: 'app',
        text: 'Relevez dans les journaux de l’application le modèle de l’appareil, la version du système d’exploitation et le microphone, puis testez l’application sur le même type d’appareil.',
      },
    ],
  },
  'microphone-in-use': {
    title: 'Microphone déjà utilisé',
    userTitle: 'Microphone occupé',
    description:
      'Le microphone est utilisé par une autre application. Fermez tous les programmes qui utilisent le microphone, comme les outils de visioconférence, les logiciels d’enregistrement d’écran ou d’autres navigateurs, redémarrez le navigateur et réessayez.',
    userMessage:
      'Une autre application ou un autre navigateur utilise votre microphone. Fermez-le, puis réessayez.',
    causes: [
      'Une autre application ou un autre navigateur occupe le microphone. Sous Windows en particulier, un microphone déjà utilisé ne peut pas être ouvert une seconde fois.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Fermez les autres applications ou navigateurs qui utilisent le microphone, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et, en attendant, laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
    variants: {
      app: {
        userMessage: 'Une autre application utilise votre microphone. Fermez-la, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Fermez les autres applications qui utilisent le microphone, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Proposez un bouton pour réessayer et, en attendant, laissez l’utilisateur rejoindre la réunion sans audio.',
          },
        ],
      },
    },
  },
  'microphone-not-found': {
    title: 'Microphone introuvable',
    userTitle: 'Aucun microphone trouvé',
    description: 'Vérifiez que votre microphone est branché et allumé.',
    userMessage:
      'Nous ne trouvons pas votre microphone. Vérifiez qu’il est branché et allumé, puis réessayez.',
    causes: [
      'Le navigateur a signalé qu’il n’a trouvé aucun microphone pour la demande, le microphone n’a donc pas pu démarrer.',
      'Comme l’indique le message, le microphone est peut-être débranché ou éteint.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre microphone est branché et allumé, puis réessayez.',
      },
      {
        by: 'user',
        text: 'S’il reste introuvable, vérifiez les paramètres de son de votre appareil, puis rechargez la page.',
      },
      {
        by: 'app',
        text: 'Laissez l’utilisateur rejoindre la réunion sans audio et laissez-le choisir un autre microphone dans la liste des périphériques.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil a signalé qu’il n’a trouvé aucun microphone pour la demande, le microphone n’a donc pas pu démarrer.',
          'Comme l’indique le message, le microphone est peut-être débranché ou éteint.',
        ],
        fixes: [
          {
            by: 'user',
            text: 'Vérifiez que votre microphone est branché et allumé, puis réessayez.',
          },
          {
            by: 'user',
            text: 'S’il reste introuvable, vérifiez les paramètres de son de votre appareil, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Laissez l’utilisateur rejoindre la réunion sans audio et laissez-le choisir un autre microphone dans la liste des périphériques.',
          },
        ],
      },
    },
  },
  'microphone-permission-denied-by-os': {
    title: 'Microphone bloqué par le système',
    userTitle: 'Microphone bloqué par les paramètres',
    description:
      'Les paramètres du système d’exploitation refusent l’autorisation d’accès au microphone. Vérifiez les paramètres système et accordez l’autorisation à ce navigateur.',
    userMessage:
      'Les paramètres de confidentialité de votre appareil bloquent le microphone pour ce navigateur. Autorisez ce navigateur à utiliser le microphone dans les paramètres de votre système, puis rechargez la page.',
    causes: [
      'Le système d’exploitation refuse l’accès au microphone au navigateur ou à l’application, par exemple dans les paramètres de confidentialité de macOS ou de Windows.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Ouvrez les paramètres de confidentialité de votre appareil, autorisez ce navigateur à utiliser le microphone, puis rechargez la page.',
      },
      {
        by: 'app',
        text: 'Affichez des étapes courtes pour le système d’exploitation de l’utilisateur et, en attendant, laissez-le rejoindre la réunion sans audio.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Les paramètres de confidentialité de votre appareil bloquent le microphone pour cette application. Autorisez cette application à utiliser le microphone dans les paramètres de votre appareil, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser le microphone, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Affichez des étapes courtes pour le système d’exploitation de l’utilisateur et, en attendant, laissez-le rejoindre la réunion sans audio.',
          },
        ],
      },
    },
  },
  'microphone-produce-failed': {
    title: 'Échec de la publication du microphone',
    userTitle: 'Le microphone n’a pas démarré',
    description:
      'La piste du microphone a été créée, mais n’a pas pu être publiée dans la réunion.',
    userMessage:
      'Votre microphone fonctionne, mais nous n’avons pas pu envoyer son audio à la réunion. Rechargez la page et rejoignez de nouveau la réunion.',
    causes: [
      'Le SDK a ouvert le microphone, mais n’a pas pu publier son audio sur le serveur média de la réunion.',
      'Le message d’erreur contient la raison sous-jacente lorsqu’il y en a une.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Rechargez la page et rejoignez de nouveau la réunion.',
      },
      {
        by: 'app',
        text: 'Consultez la raison dans le message d’erreur et l’état de la connexion média dans les journaux de l’application.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Votre microphone fonctionne, mais nous n’avons pas pu envoyer son audio à la réunion. Quittez la réunion et rejoignez-la de nouveau.',
        fixes: [
          {
            by: 'user',
            text: 'Quittez la réunion et rejoignez-la de nouveau.',
          },
          {
            by: 'app',
            text: 'Consultez la raison dans le message d’erreur et l’état de la connexion média dans les journaux de l’application.',
          },
        ],
      },
    },
  },
  'microphone-track-ended': {
    title: 'Piste du microphone terminée',
    userTitle: 'Microphone déconnecté',
    description:
      'La piste du microphone est terminée ou le microphone est déconnecté. Vérifiez le branchement de votre microphone et réessayez.',
    userMessage:
      'Votre microphone s’est arrêté ou a été déconnecté. Vérifiez qu’il est branché, puis réactivez-le.',
    causes: [
      'Le navigateur a mis fin à la piste du microphone, par exemple parce que le microphone a été déconnecté.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre microphone est branché, puis réactivez-le.',
      },
      {
        by: 'app',
        text: 'Affichez le microphone comme coupé et laissez l’utilisateur le réactiver ou choisir un autre microphone.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil a mis fin à la piste du microphone, par exemple parce que le microphone a été déconnecté.',
        ],
      },
    },
  },
  'no-microphone-device-found': {
    title: 'Aucun microphone détecté',
    userTitle: 'Aucun microphone trouvé',
    description:
      'Aucun microphone trouvé : nous n’avons pas trouvé votre microphone. Est-il branché et allumé ? Si c’est le cas, essayez de redémarrer votre ordinateur ou de vérifier les paramètres de votre appareil. Vérifiez aussi que vous êtes sur un site web sécurisé (https://).',
    userMessage:
      'Nous ne trouvons aucun microphone. Vérifiez qu’il est branché et allumé, puis rechargez la page.',
    causes: [
      'Aucun microphone n’apparaît dans la liste des périphériques du navigateur, le SDK n’en a donc aucun à utiliser.',
      'Comme l’indique le message, le microphone est peut-être débranché ou éteint, ou la page n’est peut-être pas sur un site web sécurisé (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre microphone est branché et allumé, puis rechargez la page.',
      },
      {
        by: 'user',
        text: 'S’il reste introuvable, vérifiez les paramètres de son de votre appareil ou redémarrez votre ordinateur.',
      },
      {
        by: 'app',
        text: 'Servez la page via https:// et laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Aucun microphone n’apparaît dans la liste des périphériques du système, le SDK n’en a donc aucun à utiliser.',
          'Comme l’indique le message, le microphone est peut-être débranché ou éteint.',
        ],
        userMessage:
          'Nous ne trouvons pas votre microphone. Vérifiez qu’il est branché et allumé, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Vérifiez que votre microphone est branché et allumé, puis réessayez.',
          },
          {
            by: 'user',
            text: 'S’il reste introuvable, vérifiez les paramètres de son de votre appareil ou redémarrez votre appareil.',
          },
          {
            by: 'app',
            text: 'Laissez l’utilisateur rejoindre la réunion sans audio.',
          },
        ],
      },
    },
  },
  'no-supported-video-codec': {
    title: 'Aucun codec vidéo pris en charge',
    userTitle: 'Vidéo non prise en charge',
    description: 'Aucun codec vidéo pris en charge n’est disponible sur cet appareil.',
    userMessage:
      'Votre navigateur ne peut pas envoyer de vidéo dans cette réunion. Mettez à jour votre navigateur ou essayez un autre navigateur ou un autre appareil.',
    causes: [
      'Pour envoyer la vidéo, le navigateur ne prend en charge ni le codec vidéo demandé, ni VP8, le codec de repli.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Mettez à jour votre navigateur ou essayez un autre navigateur ou un autre appareil.',
      },
      {
        by: 'app',
        text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo et journalisez la version du navigateur pour savoir quels navigateurs sont concernés.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Pour envoyer la vidéo, l’appareil ne prend en charge ni le codec vidéo demandé, ni VP8, le codec de repli.',
        ],
        userMessage:
          'Cet appareil ne peut pas envoyer de vidéo dans cette réunion. Mettez à jour l’application ou essayez un autre appareil.',
        fixes: [
          {
            by: 'user',
            text: 'Mettez à jour l’application ou essayez un autre appareil.',
          },
          {
            by: 'app',
            text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo et journalisez le modèle de l’appareil et la version du système d’exploitation pour savoir quels appareils sont concernés.',
          },
        ],
      },
    },
  },
  'no-webcam-device-found': {
    title: 'Aucune caméra détectée',
    userTitle: 'Aucune caméra trouvée',
    description:
      'Aucune webcam trouvée : nous n’avons pas trouvé votre caméra. Est-elle branchée et allumée ? Si c’est le cas, essayez de redémarrer votre ordinateur ou de vérifier les paramètres de votre appareil. Pour obtenir de l’aide, consultez l’outil de diagnostic sur https://test.8x8.vc/ (une page tierce vers laquelle renvoie le message du SDK). Vérifiez aussi que vous êtes sur un site web sécurisé (https://).',
    userMessage:
      'Nous ne trouvons aucune caméra. Vérifiez qu’elle est branchée et allumée, puis rechargez la page.',
    causes: [
      'Aucune caméra n’apparaît dans la liste des périphériques du navigateur, le SDK n’en a donc aucune à utiliser.',
      'Comme l’indique le message, la caméra est peut-être débranchée ou éteinte, ou la page n’est peut-être pas sur un site web sécurisé (https://).',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre caméra est branchée et allumée, puis rechargez la page.',
      },
      {
        by: 'user',
        text: 'Si elle reste introuvable, vérifiez les paramètres de caméra de votre appareil ou redémarrez votre ordinateur.',
      },
      {
        by: 'app',
        text: 'Servez la page via https:// et laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
    variants: {
      app: {
        causes: [
          'Aucune caméra n’apparaît dans la liste des périphériques du système, le SDK n’en a donc aucune à utiliser.',
          'Comme l’indique le message, la caméra est peut-être débranchée ou éteinte.',
        ],
        userMessage:
          'Nous ne trouvons pas votre caméra. Vérifiez qu’elle est branchée et allumée, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Vérifiez que votre caméra est branchée et allumée, puis réessayez.',
          },
          {
            by: 'user',
            text: 'Si elle reste introuvable, vérifiez les paramètres de caméra de votre appareil ou redémarrez votre appareil.',
          },
          {
            by: 'app',
            text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo.',
          },
        ],
      },
    },
  },
  'rn-camera-access-denied-or-dismissed': {
    title: 'Accès à la caméra refusé (React Native)',
    userTitle: 'Accès à la caméra désactivé',
    description:
      'L’accès à la caméra a été refusé ou ignoré. Pour continuer, autorisez l’accès dans les paramètres de l’application.',
    userMessage:
      'Cette application ne peut pas utiliser votre caméra. Autorisez l’accès à la caméra pour cette application dans les paramètres de votre appareil, puis réessayez.',
    causes: [
      'L’autorisation de la caméra a été refusée ou ignorée, le système d’exploitation n’a donc pas donné la caméra à l’application.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser la caméra, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Expliquez pourquoi l’application a besoin de la caméra avant de la demander et ouvrez la page des paramètres de l’application lorsque l’accès est désactivé.',
      },
      {
        by: 'app',
        text: 'Vérifiez que l’application déclare l’utilisation de la caméra : NSCameraUsageDescription sur iOS et l’autorisation CAMERA sur Android.',
      },
    ],
  },
  'rn-camera-access-unavailable': {
    title: 'Caméra non disponible (React Native)',
    userTitle: 'Caméra indisponible',
    description:
      'L’accès à la caméra n’est pas disponible. Vérifiez que votre appareil est compatible.',
    userMessage:
      'Cette application ne peut pas utiliser de caméra sur votre appareil. Essayez de rejoindre la réunion depuis un autre appareil.',
    causes: [
      'Le moteur média du SDK signale qu’il ne peut pas envoyer de vidéo sur cet appareil, la caméra ne peut donc pas être utilisée dans la réunion.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Essayez de rejoindre la réunion depuis un autre appareil.',
      },
      {
        by: 'app',
        text: 'Relevez le modèle de l’appareil et la version du système d’exploitation dans les journaux de l’application, et laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
  },
  'rn-camera-not-found': {
    title: 'Caméra introuvable (React Native)',
    userTitle: 'Aucune caméra trouvée',
    description: 'Vérifiez que votre caméra est branchée et allumée.',
    userMessage:
      'Cette application ne trouve pas de caméra sur votre appareil. Vérifiez que la caméra est activée et qu’elle n’est pas bloquée, puis réessayez.',
    causes: [
      'La création de la piste de la caméra a échoué avec une DOMException, que le SDK signale comme une caméra absente.',
      'Consultez les journaux de l’application pour connaître l’erreur sous-jacente.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre caméra est activée et qu’aucune autre application ne l’utilise, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Consultez l’erreur sous-jacente dans les journaux de l’application et laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
  },
  'rn-camera-track-ended': {
    title: 'Piste de la caméra terminée (React Native)',
    userTitle: 'Caméra arrêtée',
    description:
      'La piste de la caméra est terminée. Vérifiez que votre caméra est allumée ou essayez de la redémarrer.',
    userMessage:
      'Votre caméra s’est arrêtée. Réactivez-la ou fermez cette application et rouvrez-la.',
    causes: [
      'Le système d’exploitation a mis fin à la piste de la caméra. Comme le suggère le message, la caméra a peut-être été éteinte.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réactivez votre caméra. Si elle ne fonctionne toujours pas, fermez cette application et rouvrez-la.',
      },
      {
        by: 'app',
        text: 'Affichez la caméra comme désactivée et laissez l’utilisateur la réactiver.',
      },
    ],
  },
  'rn-mic-access-denied-or-dismissed': {
    title: 'Accès au microphone refusé (React Native)',
    userTitle: 'Accès au microphone désactivé',
    description:
      'L’accès au microphone a été refusé ou ignoré. Pour continuer, autorisez l’accès dans les paramètres de l’application.',
    userMessage:
      'Cette application ne peut pas utiliser votre microphone. Autorisez l’accès au microphone pour cette application dans les paramètres de votre appareil, puis réessayez.',
    causes: [
      'L’autorisation du microphone a été refusée ou ignorée, le système d’exploitation n’a donc pas donné le microphone à l’application.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser le microphone, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Expliquez pourquoi l’application a besoin du microphone avant de le demander et ouvrez la page des paramètres de l’application lorsque l’accès est désactivé.',
      },
      {
        by: 'app',
        text: 'Vérifiez que l’application déclare l’utilisation du microphone : NSMicrophoneUsageDescription sur iOS et l’autorisation RECORD_AUDIO sur Android.',
      },
    ],
  },
  'rn-mic-access-unavailable': {
    title: 'Microphone non disponible (React Native)',
    userTitle: 'Microphone indisponible',
    description:
      'L’accès au microphone n’est pas disponible. Vérifiez que votre appareil est compatible.',
    userMessage:
      'Cette application ne peut pas utiliser de microphone sur votre appareil. Essayez de rejoindre la réunion depuis un autre appareil.',
    causes: [
      'Le moteur média du SDK signale qu’il ne peut pas envoyer d’audio sur cet appareil, le microphone ne peut donc pas être utilisé dans la réunion.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Essayez de rejoindre la réunion depuis un autre appareil.',
      },
      {
        by: 'app',
        text: 'Relevez le modèle de l’appareil et la version du système d’exploitation dans les journaux de l’application, et laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
  },
  'rn-mic-not-found': {
    title: 'Microphone introuvable (React Native)',
    userTitle: 'Aucun microphone trouvé',
    description: 'Vérifiez que votre microphone est branché et allumé.',
    userMessage:
      'Cette application ne trouve pas de microphone sur votre appareil. Vérifiez qu’il est branché et qu’il n’est pas bloqué, puis réessayez.',
    causes: [
      'La création de la piste du microphone a échoué avec une DOMException, que le SDK signale comme un microphone absent.',
      'Consultez les journaux de l’application pour connaître l’erreur sous-jacente.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre microphone ou votre casque est branché et qu’aucune autre application ne l’utilise, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Consultez l’erreur sous-jacente dans les journaux de l’application et laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
  },
  'rn-mic-track-ended': {
    title: 'Piste du microphone terminée (React Native)',
    userTitle: 'Microphone déconnecté',
    description:
      'La piste du microphone est terminée ou le microphone est déconnecté. Vérifiez le branchement de votre microphone et réessayez.',
    userMessage:
      'Votre microphone s’est arrêté ou a été déconnecté. Vérifiez qu’il est branché, puis réactivez-le.',
    causes: [
      'Le système d’exploitation a mis fin à la piste du microphone, par exemple parce qu’un casque a été déconnecté.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre microphone ou votre casque est branché, puis réactivez le microphone.',
      },
      {
        by: 'app',
        text: 'Affichez le microphone comme coupé et laissez l’utilisateur le réactiver.',
      },
    ],
  },
  'set-webcam-quality-failed': {
    title: 'Échec du réglage de la qualité de la webcam',
    userTitle: 'Impossible de changer la qualité vidéo',
    description: 'Impossible de régler la qualité de la webcam.',
    userMessage:
      'Nous n’avons pas pu changer la qualité de votre vidéo. Vous pouvez continuer à utiliser la réunion.',
    causes: [
      'Le SDK n’a pas pu appliquer la qualité demandée à la vidéo de la caméra qu’il envoie.',
      'Le message d’erreur contient la raison.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison dans le message d’erreur et les journaux de l’application.',
      },
      {
        by: 'app',
        text: 'Ne modifiez la qualité que lorsque la caméra est allumée et connectée à la réunion.',
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
        text: 'Laissez le microphone désactivé, permettez au participant de rester dans la réunion et proposez un bouton pour réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez les journaux de l’application au moment de l’appel à unmuteMic, avec le modèle de l’appareil et la version du système d’exploitation.',
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
        text: 'Laissez la caméra désactivée, permettez au participant de rester dans la réunion et proposez un bouton pour réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez les journaux de l’application au moment de l’appel à enableCam, avec le modèle de l’appareil et la version du système d’exploitation.',
      },
    ],
  },
  'video-produce-codec-not-supported': {
    title: 'Codec vidéo non pris en charge pour l’envoi',
    userTitle: 'Vidéo ajustée',
    description:
      'Le codec fourni n’est pas pris en charge pour envoyer de la vidéo sur cet appareil. Repli sur VP8.',
    userMessage:
      'Votre vidéo a été ajustée pour fonctionner sur cet appareil. Aucune action n’est nécessaire.',
    causes: [
      'Le navigateur ne peut pas envoyer de vidéo avec le codec demandé par l’application, le SDK utilise donc VP8 à la place.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Demandez un codec pris en charge par le navigateur, ou VP8, pour éviter le repli.',
      },
      {
        by: 'app',
        text: 'Vérifiez quels codecs le navigateur peut utiliser pour envoyer de la vidéo avec RTCRtpSender.getCapabilities().',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil ne peut pas envoyer de vidéo avec le codec demandé par l’application, le SDK utilise donc VP8 à la place.',
        ],
        fixes: [
          {
            by: 'app',
            text: 'Demandez un codec pris en charge par l’appareil, ou VP8, pour éviter le repli.',
          },
          {
            by: 'app',
            text: 'Journalisez le modèle de l’appareil et la version du système d’exploitation pour savoir quels appareils ne disposent pas du codec.',
          },
        ],
      },
    },
  },
  'video-source-initiation-failed': {
    title: 'Échec du démarrage de la source vidéo',
    userTitle: 'La caméra n’a pas démarré',
    description:
      'Impossible de démarrer la source vidéo. Vérifiez les autorisations vidéo dans les paramètres du navigateur.',
    userMessage:
      'Votre caméra n’a pas pu démarrer. Vérifiez que les paramètres de votre navigateur autorisent la caméra, puis rechargez la page.',
    causes: [
      'Le navigateur n’a pas pu lire la caméra : il a signalé une NotReadableError qui ne correspond pas au cas d’une caméra déjà utilisée.',
      'Le message renvoie aux paramètres de caméra du navigateur. Consultez les journaux de l’application pour trouver l’erreur propre au navigateur.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que les paramètres de votre navigateur autorisent la caméra pour cette page, puis rechargez la page.',
      },
      {
        by: 'user',
        text: 'Si elle ne démarre toujours pas, fermez les autres applications qui utilisent la caméra et redémarrez votre navigateur.',
      },
      {
        by: 'app',
        text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo et proposez un bouton pour réessayer.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil n’a pas pu lire la caméra : il a signalé une NotReadableError qui ne correspond pas au cas d’une caméra déjà utilisée.',
          'Le message renvoie aux paramètres de caméra de l’appareil. Consultez les journaux de l’application pour trouver l’erreur propre à la plateforme.',
        ],
        userMessage:
          'Votre caméra n’a pas pu démarrer. Vérifiez dans les paramètres de votre appareil que cette application est autorisée à utiliser la caméra, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser la caméra, puis réessayez.',
          },
          {
            by: 'user',
            text: 'Fermez les autres applications qui utilisent la caméra, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo et proposez un bouton pour réessayer.',
          },
        ],
      },
    },
  },
  'video-track-creation-failed': {
    title: 'Piste vidéo non créée',
    userTitle: 'Impossible de démarrer la vidéo',
    description: 'Une erreur s’est produite et la piste vidéo n’a pas pu être créée. Réessayez.',
    userMessage: 'Votre vidéo n’a pas pu démarrer. Vérifiez votre caméra, puis réessayez.',
    causes: [
      'Le SDK n’a pas pu créer de piste vidéo à partir de la caméra.',
      'Le message ne dit pas pourquoi. Consultez les journaux de l’application pour connaître l’erreur sous-jacente du périphérique.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre caméra est branchée et qu’aucune autre application ne l’utilise, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Journalisez l’erreur sous-jacente et proposez un bouton pour réessayer.',
      },
      {
        by: 'app',
        text: 'Laissez le participant rester dans la réunion sans vidéo tant que le problème dure.',
      },
    ],
  },
  'webcam-close-producer-failed': {
    title: 'Échec de la désactivation de la caméra',
    userTitle: 'Impossible de désactiver la caméra',
    description: 'La caméra n’a pas pu être désactivée. Réessayez.',
    userMessage:
      'Nous n’avons pas pu désactiver votre caméra, elle est donc toujours active. Réessayez.',
    causes: [
      'Le serveur de la réunion n’a pas confirmé qu’il avait cessé de recevoir la caméra, le SDK laisse donc la caméra active et inchangée.',
      'Consultez le message d’erreur et les journaux de l’application pour connaître la raison.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher la caméra comme active et laissez l’utilisateur réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, vérifiez la connexion à la réunion dans les journaux de l’application.',
      },
    ],
  },
  'webcam-not-enabled': {
    title: 'Webcam non activée',
    userTitle: 'Caméra désactivée',
    description: 'La webcam n’est pas activée. Activez-la avant de régler la qualité.',
    userMessage: 'Votre caméra est désactivée. Activez-la, puis réessayez.',
    causes: [
      'L’application a tenté de régler la qualité de la webcam ou de capturer une image, alors que la caméra est désactivée.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Activez votre caméra, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Vérifiez que la caméra est activée avant d’utiliser setWebcamQuality() ou captureImage(), et désactivez ces commandes tant qu’elle est désactivée.',
      },
    ],
  },
  'webcam-produce-failed': {
    title: 'Échec de la publication de la caméra',
    userTitle: 'La caméra n’a pas démarré',
    description: 'La piste de la caméra a été créée, mais n’a pas pu être publiée dans la réunion.',
    userMessage:
      'Votre caméra fonctionne, mais nous n’avons pas pu envoyer sa vidéo à la réunion. Rechargez la page et rejoignez de nouveau la réunion.',
    causes: [
      'Le SDK a ouvert la caméra, mais n’a pas pu publier sa vidéo sur le serveur média de la réunion.',
      'Le message d’erreur contient la raison sous-jacente lorsqu’il y en a une.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Rechargez la page et rejoignez de nouveau la réunion.',
      },
      {
        by: 'app',
        text: 'Consultez la raison dans le message d’erreur et l’état de la connexion média dans les journaux de l’application.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Votre caméra fonctionne, mais nous n’avons pas pu envoyer sa vidéo à la réunion. Quittez la réunion et rejoignez-la de nouveau.',
        fixes: [
          {
            by: 'user',
            text: 'Quittez la réunion et rejoignez-la de nouveau.',
          },
          {
            by: 'app',
            text: 'Consultez la raison dans le message d’erreur et l’état de la connexion média dans les journaux de l’application.',
          },
        ],
      },
    },
  },
  'webcam-track-ended': {
    title: 'Piste de la webcam terminée',
    userTitle: 'Caméra déconnectée',
    description:
      'La piste de la webcam est terminée ou la webcam est déconnectée. Vérifiez que votre webcam est correctement branchée et essayez de la redémarrer.',
    userMessage:
      'Votre caméra s’est arrêtée ou a été déconnectée. Vérifiez qu’elle est branchée, puis réactivez-la.',
    causes: [
      'Le navigateur a mis fin à la piste de la caméra, par exemple parce que la caméra a été déconnectée.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez que votre caméra est branchée, puis réactivez-la.',
      },
      {
        by: 'app',
        text: 'Affichez la caméra comme désactivée et laissez l’utilisateur la réactiver ou choisir une autre caméra.',
      },
    ],
    variants: {
      app: {
        causes: [
          'L’appareil a mis fin à la piste de la caméra, par exemple parce que la caméra a été déconnectée.',
        ],
      },
    },
  },
};
