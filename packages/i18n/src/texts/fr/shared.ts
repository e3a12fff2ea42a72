import type { SharedMeaningId, TextsOf } from '../../types.js';

export const texts: TextsOf<SharedMeaningId> = {
  'account-deactivated': {
    title: 'Compte désactivé',
    userTitle: 'Réunions indisponibles',
    description:
      'Le compte semble avoir été désactivé par VideoSDK. Contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Les réunions ne sont pas disponibles dans cette application pour le moment. Contactez {supportContact}.',
    causes: [
      'VideoSDK a désactivé le compte auquel appartient la clé API. Le message n’en donne pas la raison.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Connectez-vous au tableau de bord VideoSDK et vérifiez l’état du compte.',
      },
      {
        by: 'support',
        text: 'Contactez l’assistance VideoSDK à support@videosdk.live pour savoir pourquoi le compte a été désactivé et comment le rétablir.',
      },
      {
        by: 'app',
        text: 'Tant que le compte n’est pas réactivé, affichez aux utilisateurs finaux un message clair et un contact pour obtenir de l’aide.',
      },
    ],
  },
  'account-discontinued': {
    title: 'Compte résilié',
    userTitle: 'Réunions indisponibles',
    description:
      'Le compte a été résilié. Le serveur envoie un message spécifique avec les détails. Contactez l’assistance pour en savoir plus.',
    userMessage:
      'Les réunions ne sont pas disponibles dans cette application pour le moment. Contactez {supportContact}.',
    causes: [
      'Le compte auquel appartient la clé API a été résilié.',
      'Consultez la raison donnée par le serveur dans le message d’erreur : le serveur envoie les détails spécifiques avec cette erreur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Journalisez le message du serveur qui accompagne cette erreur, car il donne la raison précise.',
      },
      {
        by: 'dashboard',
        text: 'Vérifiez l’état et l’offre du compte dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Contactez l’assistance VideoSDK à support@videosdk.live avec le message du serveur pour en savoir plus.',
      },
    ],
  },
  'action-performed-before-meeting-joined': {
    title: 'Action avant d’avoir rejoint la réunion',
    userTitle: 'Pas encore dans la réunion',
    description:
      'Un problème est survenu. La réunion était encore en cours de connexion lorsqu’une action a été tentée, et cette action a échoué. Réessayez après avoir rejoint la réunion.',
    userMessage:
      'Vous n’êtes pas encore dans la réunion. Attendez de l’avoir rejointe, puis réessayez.',
    causes: [
      'L’application a appelé une action de réunion alors que la réunion était encore en cours de connexion, avant la fin de l’entrée dans la réunion.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Attendez que le SDK signale que la réunion a été rejointe avant d’appeler des actions de réunion, ou mettez les actions en file d’attente jusque-là.',
      },
      {
        by: 'app',
        text: 'Désactivez les commandes de la réunion dans l’interface jusqu’à ce que le participant ait rejoint la réunion.',
      },
      { by: 'user', text: 'Attendez d’avoir rejoint la réunion, puis réessayez.' },
    ],
  },
  'add-on-services-disabled': {
    title: 'Services complémentaires désactivés',
    userTitle: 'Fonctionnalité indisponible',
    description:
      'Les services complémentaires sont désactivés pour le compte. Contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Cette fonctionnalité n’est pas disponible dans cette application pour le moment. Contactez {supportContact}.',
    causes: [
      'Les services complémentaires sont désactivés pour le compte auquel appartient la clé API, le serveur a donc refusé la fonctionnalité demandée.',
      'Le message ne nomme pas la fonctionnalité. Vérifiez quelle fonctionnalité l’application a demandée au moment où l’erreur est arrivée.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez les modules complémentaires et l’offre du compte dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Contactez l’assistance VideoSDK à support@videosdk.live pour activer les services complémentaires du compte.',
      },
      {
        by: 'app',
        text: 'Masquez ou désactivez la fonctionnalité dans l’application jusqu’à ce que les services complémentaires soient disponibles.',
      },
    ],
  },
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
        text: 'Expliquez pourquoi l’application a besoin de la caméra avant que le navigateur ne le demande, et montrez comment l’autoriser dans les paramètres du navigateur.',
      },
      { by: 'app', text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.' },
    ],
    variants: {
      flutter: {
        userMessage:
          'Cette application n’est pas autorisée à utiliser votre caméra. Autorisez l’accès à la caméra pour cette application dans les paramètres de votre appareil, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser la caméra, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Expliquez pourquoi l’application a besoin de la caméra avant que le système ne le demande, et proposez un raccourci vers la page de l’application dans les paramètres de l’appareil.',
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
      { by: 'app', text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.' },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: 'Vérifiez que votre appareil dispose d’une caméra qui fonctionne, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Vérifiez que l’appareil dispose d’une caméra que l’application peut utiliser, et journalisez l’erreur sous-jacente.',
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
  'camera-in-use': {
    title: 'Caméra déjà utilisée',
    userTitle: 'Caméra occupée',
    description:
      'La caméra est utilisée par une autre application. Fermez tous les programmes qui utilisent la caméra, comme les outils de visioconférence, les logiciels d’enregistrement d’écran ou d’autres navigateurs, redémarrez le navigateur et réessayez.',
    userMessage:
      'Une autre application ou un autre onglet du navigateur utilise votre caméra. Fermez-le, puis réessayez.',
    causes: [
      'Une autre application ou un autre onglet du navigateur occupe la caméra, et le système d’exploitation ne permet qu’à un seul de l’utiliser à la fois.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Fermez les autres applications ou onglets du navigateur qui utilisent la caméra, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et, en attendant, laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
    variants: {
      flutter: {
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
      flutter: {
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
  'duplicate-participant': {
    title: 'Connexion depuis un autre appareil',
    userTitle: 'Réunion ouverte ailleurs',
    description:
      'Départ de la réunion, car le même ID de participant a rejoint la réunion depuis un autre appareil.',
    userMessage:
      'Vous avez rejoint cette réunion depuis un autre appareil ou un autre onglet du navigateur. Cet onglet a donc été déconnecté de la réunion.',
    causes: [
      'Une deuxième connexion a rejoint la réunion avec le même ID de participant, le serveur a donc retiré celle-ci.',
      'Cela se produit aussi lorsque l’application donne le même ID de participant à deux personnes différentes.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Continuez la réunion sur votre autre appareil ou dans votre autre onglet du navigateur.',
      },
      {
        by: 'app',
        text: 'Donnez à chaque personne un ID de participant unique, par exemple l’ID du compte de l’utilisateur.',
      },
      {
        by: 'app',
        text: 'Indiquez à l’utilisateur que la réunion continue ailleurs, au lieu d’afficher une erreur générique.',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          'Vous avez rejoint cette réunion depuis un autre appareil. Cet appareil a donc été déconnecté de la réunion.',
        fixes: [
          { by: 'user', text: 'Continuez la réunion sur votre autre appareil.' },
          {
            by: 'app',
            text: 'Donnez à chaque personne un ID de participant unique, par exemple l’ID du compte de l’utilisateur.',
          },
          {
            by: 'app',
            text: 'Indiquez à l’utilisateur que la réunion continue ailleurs, au lieu d’afficher une erreur générique.',
          },
        ],
      },
    },
  },
  'hls-duration-limit-reached': {
    title: 'Durée maximale de la retransmission HLS atteinte',
    userTitle: 'Durée maximale de la retransmission atteinte',
    description:
      'Le système a arrêté automatiquement la retransmission HLS, car elle a atteint la durée maximale de 2 heures pour une seule retransmission HLS.',
    userMessage:
      'La retransmission pour les spectateurs s’est arrêtée, car elle a atteint sa limite de 2 heures. La réunion continue, et vous pouvez lancer une nouvelle retransmission.',
    causes: [
      'Une retransmission HLS peut durer au maximum 2 heures. Le serveur a arrêté celle-ci lorsqu’elle a atteint cette limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Écoutez cet avertissement et proposez de lancer une nouvelle retransmission HLS.',
      },
      {
        by: 'app',
        text: 'Prévoyez les longs événements sous forme de plusieurs retransmissions HLS de 2 heures au maximum chacune.',
      },
    ],
  },
  'hls-failed': {
    title: 'Retransmission HLS arrêtée',
    userTitle: 'Retransmission arrêtée',
    description: 'La retransmission HLS s’est arrêtée en raison d’une erreur inconnue.',
    userMessage:
      'La retransmission pour les spectateurs s’est arrêtée de manière inattendue. Vous pouvez la relancer.',
    causes: [
      'La retransmission HLS a échoué sur le serveur, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'app', text: 'Proposez de relancer la retransmission HLS.' },
      {
        by: 'dashboard',
        text: 'Vérifiez les détails de la réunion et de sa retransmission HLS dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'invalid-api-key': {
    title: 'Clé API non valide',
    userTitle: 'Impossible de rejoindre pour le moment',
    description:
      'La clé API (apikey) contenue dans le jeton est vide ou non valide. Vérifiez-la dans le tableau de bord.',
    userMessage:
      'Cette application n’est pas configurée correctement, vous ne pouvez donc pas rejoindre la réunion pour le moment. Contactez {supportContact}.',
    causes: [
      'La valeur apikey du jeton est absente ou erronée, ou elle désigne une clé API supprimée ou désactivée.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Dans le tableau de bord VideoSDK, vérifiez que la clé API existe et qu’elle est active.',
      },
      {
        by: 'app',
        text: 'Sur le serveur de jetons, placez cette clé API dans le champ apikey et signez le jeton avec le secret de cette même clé API.',
      },
      {
        by: 'app',
        text: 'Décodez un jeton reçu par l’application et vérifiez sa valeur apikey.',
      },
    ],
  },
  'invalid-livestream-config': {
    title: 'Paramètres de diffusion en direct non valides',
    userTitle: 'Paramètres de diffusion en direct non valides',
    description:
      'La configuration des sorties (outputs) de la diffusion en direct n’est pas valide.',
    userMessage:
      'Les paramètres de la diffusion en direct ne sont pas valides. Vérifiez l’adresse de diffusion en direct et la clé de flux, puis réessayez.',
    causes: [
      'Les sorties (outputs) transmises au démarrage de la diffusion en direct ne sont pas valides. Chaque sortie a besoin d’une URL RTMP et d’une clé de flux.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Vérifiez chaque entrée de outputs : elle doit contenir l’URL RTMP et la clé de flux de la plateforme cible.',
      },
      {
        by: 'app',
        text: 'Vérifiez les valeurs avant de démarrer la diffusion en direct, et indiquez à l’utilisateur quelle valeur est erronée.',
      },
      {
        by: 'user',
        text: 'Copiez de nouveau l’adresse de diffusion en direct et la clé de flux depuis la plateforme sur laquelle vous diffusez en direct, comme YouTube, puis réessayez.',
      },
    ],
  },
  'invalid-meeting-id': {
    title: 'ID de réunion non valide',
    userTitle: 'Réunion introuvable',
    description:
      'L’ID de réunion est vide ou non valide. Vérifiez-le, ou créez un nouvel ID de réunion à l’aide de l’API.',
    userMessage:
      'Cette réunion est introuvable. Vérifiez le lien de la réunion, ou demandez-en un nouveau à l’organisateur.',
    causes: [
      'L’ID de réunion transmis pour rejoindre la réunion est vide ou n’est pas un ID de réunion VideoSDK valide.',
      'Vérifiez d’où l’application tire l’ID de réunion, par exemple le lien de la réunion ou le serveur de l’application.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Créez les réunions avec l’API VideoSDK, et transmettez l’ID de réunion renvoyé tel quel à la méthode pour rejoindre la réunion.',
      },
      {
        by: 'app',
        text: 'Journalisez l’ID de réunion que l’application utilise pour rejoindre la réunion, et vérifiez qu’il n’est ni vide ni tronqué.',
      },
      {
        by: 'user',
        text: 'Vérifiez le lien de la réunion, ou demandez-en un nouveau à l’organisateur.',
      },
    ],
  },
  'invalid-participant-id': {
    title: 'ID de participant non valide',
    userTitle: 'Impossible de rejoindre pour le moment',
    description:
      'L’ID de participant est vide ou non valide. Il ne doit contenir aucun caractère d’espacement.',
    userMessage:
      'Cette application n’a pas pu vous identifier pour cette réunion, vous ne pouvez donc pas la rejoindre pour le moment. Contactez {supportContact}.',
    causes: [
      'L’ID de participant transmis pour rejoindre la réunion est vide ou contient des espaces, par exemple un nom d’affichage avec des espaces.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Transmettez un ID de participant sans espaces, tabulations ni sauts de ligne, par exemple un ID d’utilisateur.',
      },
      {
        by: 'app',
        text: 'Vérifiez la valeur avant de rejoindre la réunion : assurez-vous qu’elle n’est pas vide et supprimez tout caractère d’espacement.',
      },
    ],
  },
  'invalid-permissions': {
    title: 'Autorisations du jeton non valides',
    userTitle: 'Impossible de rejoindre pour le moment',
    description:
      'Les autorisations contenues dans le jeton ne sont pas valides. Ne combinez pas allow_join ou allow_mod avec ask_join.',
    userMessage:
      'Cette application n’est pas configurée correctement, vous ne pouvez donc pas rejoindre la réunion pour le moment. Contactez {supportContact}.',
    causes: [
      'La liste des autorisations du jeton combine ask_join avec allow_join ou allow_mod, ou n’est pas valide pour une autre raison.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Sur le serveur de jetons, utilisez soit ask_join (le participant demande à rejoindre la réunion), soit allow_join, éventuellement avec allow_mod. Ne combinez jamais ask_join avec les deux autres.',
      },
      {
        by: 'app',
        text: 'Décodez un jeton reçu par l’application et vérifiez sa liste d’autorisations.',
      },
    ],
  },
  'invalid-token': {
    title: 'Jeton non valide',
    userTitle: 'Accès non valide',
    description: 'Le jeton est vide ou non valide, ou il a peut-être expiré.',
    userMessage:
      'Votre accès à cette réunion a expiré ou n’est pas valide. Rejoignez de nouveau la réunion.',
    causes: [
      'Le jeton est absent, n’est pas un jeton valide signé avec le secret de la clé API, ou sa date d’expiration est passée.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Obtenez un nouveau jeton auprès du serveur de jetons juste avant chaque entrée dans une réunion, au lieu de réutiliser un ancien jeton stocké.',
      },
      {
        by: 'app',
        text: 'Vérifiez que le serveur de jetons signe avec le secret de la clé API indiquée dans le jeton, et vérifiez la date d’expiration du jeton.',
      },
      { by: 'user', text: 'Rejoignez de nouveau la réunion.' },
    ],
    variants: {
      web: {
        userMessage:
          'Votre accès à cette réunion a expiré ou n’est pas valide. Rechargez la page, puis rejoignez de nouveau la réunion.',
        fixes: [
          {
            by: 'app',
            text: 'Obtenez un nouveau jeton auprès du serveur de jetons juste avant chaque entrée dans une réunion, au lieu de réutiliser un ancien jeton stocké.',
          },
          {
            by: 'app',
            text: 'Vérifiez que le serveur de jetons signe avec le secret de la clé API indiquée dans le jeton, et vérifiez la date d’expiration du jeton.',
          },
          { by: 'user', text: 'Rechargez la page, puis rejoignez de nouveau la réunion.' },
        ],
      },
    },
  },
  'livestream-duration-limit-reached': {
    title: 'Durée maximale de la diffusion en direct atteinte',
    userTitle: 'Durée maximale de la diffusion en direct atteinte',
    description:
      'Le système a arrêté automatiquement la diffusion en direct, car elle a atteint la durée maximale de 2 heures pour une seule diffusion en direct RTMP.',
    userMessage:
      'La diffusion en direct s’est arrêtée, car elle a atteint sa limite de 2 heures. La réunion continue, et vous pouvez lancer une nouvelle diffusion en direct.',
    causes: [
      'Une diffusion en direct RTMP peut durer au maximum 2 heures. Le serveur a arrêté celle-ci lorsqu’elle a atteint cette limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Écoutez cet avertissement et proposez de lancer une nouvelle diffusion en direct.',
      },
      {
        by: 'app',
        text: 'Prévoyez les longs événements sous forme de plusieurs diffusions en direct de 2 heures au maximum chacune.',
      },
    ],
  },
  'livestream-failed': {
    title: 'Diffusion en direct arrêtée',
    userTitle: 'Diffusion en direct arrêtée',
    description: 'La diffusion en direct s’est arrêtée en raison d’une erreur inconnue.',
    userMessage:
      'La diffusion en direct s’est arrêtée de manière inattendue. Vous pouvez la relancer.',
    causes: [
      'La diffusion en direct a échoué, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application, et vérifiez si la plateforme cible, comme YouTube, a signalé une erreur de son côté.',
    ],
    fixes: [
      { by: 'app', text: 'Proposez de relancer la diffusion en direct.' },
      {
        by: 'app',
        text: 'Recherchez des erreurs dans le tableau de bord du direct de la plateforme cible, par exemple une clé de flux qui n’est plus valide.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'max-hls-limit-reached-on-organization': {
    title: 'Limite de retransmissions HLS de l’organisation atteinte',
    userTitle: 'Retransmission indisponible',
    description:
      'L’organisation a atteint son nombre maximal de retransmissions HLS. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'La retransmission pour les spectateurs ne peut pas démarrer pour le moment, car une limite a été atteinte. Réessayez plus tard.',
    causes: [
      'L’organisation a atteint le nombre maximal de retransmissions HLS autorisé par son compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite de retransmissions HLS de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Arrêtez les retransmissions HLS qui ne sont plus nécessaires, puis réessayez.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-livestream-limit-reached-on-organization': {
    title: 'Limite de diffusions en direct de l’organisation atteinte',
    userTitle: 'Diffusion en direct indisponible',
    description:
      'L’organisation a atteint son nombre maximal de diffusions en direct. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'La diffusion en direct ne peut pas démarrer pour le moment, car une limite a été atteinte. Réessayez plus tard.',
    causes: [
      'L’organisation a atteint le nombre maximal de diffusions en direct autorisé par son compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite de diffusions en direct de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Arrêtez les diffusions en direct qui ne sont plus nécessaires, puis réessayez.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-participant-reached': {
    title: 'Réunion complète',
    userTitle: 'Réunion complète',
    description:
      'La réunion a atteint son nombre maximal de participants. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Cette réunion est complète, vous ne pouvez donc pas la rejoindre pour le moment. Réessayez plus tard, ou demandez de l’aide à l’organisateur.',
    causes: ['Le nombre de participants à la réunion a atteint la limite du compte.'],
    fixes: [
      { by: 'user', text: 'Réessayez plus tard, ou demandez de l’aide à l’organisateur.' },
      {
        by: 'app',
        text: 'Indiquez à l’utilisateur que la réunion est complète, et proposez de réessayer plus tard.',
      },
      {
        by: 'dashboard',
        text: 'Vérifiez la limite de participants de l’offre du compte dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-recording-limit-reached-on-organization': {
    title: 'Limite d’enregistrements de l’organisation atteinte',
    userTitle: 'Enregistrement indisponible',
    description:
      'L’organisation a atteint son nombre maximal d’enregistrements. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'L’enregistrement ne peut pas démarrer pour le moment, car une limite a été atteinte. Réessayez plus tard.',
    causes: [
      'L’organisation a atteint le nombre maximal d’enregistrements autorisé par son compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite d’enregistrements de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Arrêtez les enregistrements qui ne sont plus nécessaires, puis réessayez.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-speaker-limit-reached-on-organization': {
    title: 'Limite d’intervenants de l’organisation atteinte',
    userTitle: 'Trop d’intervenants',
    description:
      'L’organisation a atteint son nombre maximal d’intervenants. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Vous ne pouvez pas rejoindre la réunion pour le moment, car la limite d’intervenants a été atteinte. Réessayez plus tard.',
    causes: [
      'Sur l’ensemble de l’organisation, le nombre de participants ayant rejoint une réunion en tant qu’intervenants a atteint la limite du compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite d’intervenants de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Faites rejoindre les participants qui ne font que regarder en tant que spectateurs plutôt qu’intervenants.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-speaker-reached': {
    title: 'Limite d’intervenants de la réunion atteinte',
    userTitle: 'Limite d’intervenants atteinte',
    description:
      'La réunion a atteint son nombre maximal d’intervenants. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Cette réunion a atteint sa limite d’intervenants, vous ne pouvez donc pas la rejoindre pour le moment. Réessayez plus tard, ou demandez de l’aide à l’organisateur.',
    causes: ['Le nombre d’intervenants dans la réunion a atteint la limite du compte.'],
    fixes: [
      { by: 'user', text: 'Réessayez plus tard, ou demandez de l’aide à l’organisateur.' },
      {
        by: 'app',
        text: 'Faites rejoindre les participants qui ne font que regarder en tant que spectateurs plutôt qu’intervenants.',
      },
      {
        by: 'dashboard',
        text: 'Vérifiez la limite d’intervenants de l’offre du compte dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
      },
    ],
  },
  'max-viewer-limit-reached-on-organization': {
    title: 'Limite de spectateurs de l’organisation atteinte',
    userTitle: 'Trop de spectateurs',
    description:
      'L’organisation a atteint son nombre maximal de spectateurs, c’est-à-dire de participants qui rejoignent en mode VIEWER ou SIGNALING_ONLY. Pour augmenter la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
    userMessage:
      'Vous ne pouvez pas rejoindre la réunion pour le moment, car la limite de spectateurs a été atteinte. Réessayez plus tard.',
    causes: [
      'Sur l’ensemble de l’organisation, le nombre de participants ayant rejoint une réunion en mode VIEWER ou SIGNALING_ONLY a atteint la limite du compte.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez la limite de spectateurs de l’organisation et son utilisation dans le tableau de bord VideoSDK.',
      },
      {
        by: 'app',
        text: 'Indiquez à l’utilisateur que la réunion ne peut pas accueillir plus de spectateurs pour le moment, et proposez de réessayer plus tard.',
      },
      {
        by: 'support',
        text: 'Pour relever la limite, contactez l’assistance VideoSDK à support@videosdk.live.',
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
        text: 'Expliquez pourquoi l’application a besoin du microphone avant que le navigateur ne le demande, et montrez comment l’autoriser dans les paramètres du navigateur.',
      },
      { by: 'app', text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans audio.' },
    ],
    variants: {
      flutter: {
        userMessage:
          'Cette application n’est pas autorisée à utiliser votre microphone. Autorisez l’accès au microphone pour cette application dans les paramètres de votre appareil, puis réessayez.',
        fixes: [
          {
            by: 'user',
            text: 'Ouvrez les paramètres de votre appareil, autorisez cette application à utiliser le microphone, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Expliquez pourquoi l’application a besoin du microphone avant que le système ne le demande, et proposez un raccourci vers la page de l’application dans les paramètres de l’appareil.',
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
      { by: 'app', text: 'En attendant, laissez l’utilisateur rejoindre la réunion sans audio.' },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: 'Vérifiez que votre appareil dispose d’un microphone qui fonctionne, puis réessayez.',
          },
          {
            by: 'app',
            text: 'Vérifiez que l’appareil dispose d’un microphone que l’application peut utiliser, et journalisez l’erreur sous-jacente.',
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
  'microphone-in-use': {
    title: 'Microphone déjà utilisé',
    userTitle: 'Microphone occupé',
    description:
      'Le microphone est utilisé par une autre application. Fermez tous les programmes qui utilisent le microphone, comme les outils de visioconférence, les logiciels d’enregistrement d’écran ou d’autres navigateurs, redémarrez le navigateur et réessayez.',
    userMessage:
      'Une autre application ou un autre onglet du navigateur utilise votre microphone. Fermez-le, puis réessayez.',
    causes: [
      'Une autre application ou un autre onglet du navigateur occupe le microphone, et le système d’exploitation ne permet qu’à un seul de l’utiliser à la fois.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Fermez les autres applications ou onglets du navigateur qui utilisent le microphone, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et, en attendant, laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
    variants: {
      flutter: {
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
      flutter: {
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
  'prev-hls-streaming-processing': {
    title: 'Retransmission HLS précédente en cours de traitement',
    userTitle: 'Retransmission en cours de traitement',
    description:
      'La retransmission HLS précédente est toujours en cours de traitement. Réessayez dans quelques secondes.',
    userMessage:
      'La dernière retransmission est encore en cours de traitement. Réessayez dans quelques secondes.',
    causes: [
      'Une nouvelle retransmission HLS a été demandée alors que le serveur traitait encore la précédente.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Relancez automatiquement le démarrage après quelques secondes, en limitant le nombre de tentatives.',
      },
    ],
  },
  'prev-recording-processing': {
    title: 'Enregistrement précédent en cours de traitement',
    userTitle: 'Enregistrement en cours de sauvegarde',
    description:
      'L’enregistrement précédent est toujours en cours de traitement. Réessayez dans quelques secondes.',
    userMessage:
      'Le dernier enregistrement est encore en cours de sauvegarde. Réessayez dans quelques secondes.',
    causes: [
      'Un nouvel enregistrement a été demandé alors que le serveur traitait encore le précédent.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Relancez automatiquement le démarrage après quelques secondes, en limitant le nombre de tentatives.',
      },
    ],
  },
  'prev-rtmp-recording-processing': {
    title: 'Diffusion en direct précédente en cours de traitement',
    userTitle: 'Diffusion en direct en cours de traitement',
    description:
      'La diffusion en direct RTMP précédente est toujours en cours de traitement. Réessayez dans quelques secondes.',
    userMessage:
      'La dernière diffusion en direct est encore en cours de traitement. Réessayez dans quelques secondes.',
    causes: [
      'Une nouvelle diffusion en direct a été demandée alors que le serveur traitait encore la diffusion en direct RTMP précédente. Le message parle d’un enregistrement RTMP.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Relancez automatiquement le démarrage après quelques secondes, en limitant le nombre de tentatives.',
      },
    ],
  },
  'recording-duration-limit-reached': {
    title: 'Durée maximale d’enregistrement atteinte',
    userTitle: 'Durée maximale d’enregistrement atteinte',
    description:
      'Le système a arrêté automatiquement l’enregistrement, car il a atteint la durée maximale de 2 heures pour un seul enregistrement.',
    userMessage:
      'L’enregistrement s’est arrêté, car il a atteint sa limite de 2 heures. La réunion continue, et vous pouvez lancer un nouvel enregistrement.',
    causes: [
      'Un enregistrement peut durer au maximum 2 heures. Le serveur a arrêté celui-ci lorsqu’il a atteint cette limite.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Écoutez cet avertissement et proposez de lancer un nouvel enregistrement.',
      },
      {
        by: 'app',
        text: 'Prévoyez les longues réunions sous forme de plusieurs enregistrements de 2 heures au maximum chacun.',
      },
    ],
  },
  'recording-failed': {
    title: 'Enregistrement arrêté',
    userTitle: 'Enregistrement arrêté',
    description: 'L’enregistrement s’est arrêté en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement s’est arrêté de manière inattendue. Vous pouvez le relancer.',
    causes: [
      'L’enregistrement a échoué sur le serveur, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'app', text: 'Proposez de relancer l’enregistrement.' },
      {
        by: 'dashboard',
        text: 'Vérifiez les détails de la réunion et de ses enregistrements dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
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
      { by: 'user', text: 'Essayez un autre navigateur sur un ordinateur.' },
      {
        by: 'app',
        text: 'Vérifiez la prise en charge du partage d’écran (navigator.mediaDevices.getDisplayMedia) et masquez le bouton de partage là où elle manque.',
      },
    ],
    variants: {
      flutter: {
        userMessage:
          'Le partage d’écran n’est pas disponible sur cet appareil. Essayez un autre appareil, ou continuez sans partager votre écran.',
        fixes: [
          {
            by: 'user',
            text: 'Essayez un autre appareil, ou continuez la réunion sans partager votre écran.',
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
      'Le partage d’écran nécessite votre autorisation. Réessayez, et acceptez lorsque la demande s’affiche.',
    causes: [
      'L’utilisateur a annulé ou refusé la demande de partager l’écran.',
      'Sur certains ordinateurs, le système d’exploitation bloque aussi l’enregistrement de l’écran pour le navigateur ou l’application tant qu’il n’est pas autorisé dans les paramètres de confidentialité.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez, et choisissez un écran, une fenêtre ou un onglet à partager lorsque la demande s’affiche.',
      },
      {
        by: 'user',
        text: 'Si aucune demande ne s’affiche, autorisez l’enregistrement de l’écran pour ce navigateur dans les paramètres de confidentialité de votre appareil.',
      },
      {
        by: 'app',
        text: 'Traitez une demande annulée comme un choix normal, et laissez l’utilisateur réessayer.',
      },
    ],
    variants: {
      flutter: {
        fixes: [
          {
            by: 'user',
            text: 'Réessayez, et autorisez le partage d’écran lorsque votre appareil le demande.',
          },
          {
            by: 'user',
            text: 'Si aucune demande ne s’affiche, autorisez l’enregistrement de l’écran pour cette application dans les paramètres de votre appareil.',
          },
          {
            by: 'app',
            text: 'Traitez une demande annulée comme un choix normal, et laissez l’utilisateur réessayer.',
          },
        ],
      },
    },
  },
  'start-hls-failed': {
    title: 'La retransmission HLS n’a pas démarré',
    userTitle: 'La retransmission n’a pas démarré',
    description:
      'La demande de démarrage de la retransmission HLS a échoué en raison d’une erreur inconnue.',
    userMessage: 'La retransmission pour les spectateurs n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer la retransmission HLS, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'start-livestream-failed': {
    title: 'La diffusion en direct n’a pas démarré',
    userTitle: 'La diffusion en direct n’a pas démarré',
    description:
      'La demande de démarrage de la diffusion en direct a échoué en raison d’une erreur inconnue.',
    userMessage: 'La diffusion en direct n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer la diffusion en direct, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application, et vérifiez que l’URL RTMP et la clé de flux de chaque sortie sont toujours valides.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'start-participant-recording-failed': {
    title: 'L’enregistrement du participant n’a pas démarré',
    userTitle: 'L’enregistrement n’a pas démarré',
    description:
      'La demande de démarrage de l’enregistrement du participant a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement de ce participant n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer l’enregistrement du participant, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Vérifiez que le participant est toujours dans la réunion, proposez un bouton pour réessayer, et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'start-recording-failed': {
    title: 'L’enregistrement n’a pas démarré',
    userTitle: 'L’enregistrement n’a pas démarré',
    description:
      'La demande de démarrage de l’enregistrement a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer l’enregistrement, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'start-track-recording-failed': {
    title: 'L’enregistrement de piste n’a pas démarré',
    userTitle: 'L’enregistrement n’a pas démarré',
    description:
      'La demande de démarrage de l’enregistrement de la piste a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement de cet audio ou de cette vidéo n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer l’enregistrement de la piste audio ou vidéo, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Vérifiez que la piste est toujours envoyée, proposez un bouton pour réessayer, et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'start-transcription-failed': {
    title: 'La transcription n’a pas démarré',
    userTitle: 'La transcription n’a pas démarré',
    description:
      'La demande de démarrage de la transcription a échoué en raison d’une erreur inconnue.',
    userMessage: 'La transcription n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur n’a pas pu démarrer la transcription, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'stop-hls-failed': {
    title: 'La retransmission HLS ne s’est pas arrêtée',
    userTitle: 'La retransmission ne s’est pas arrêtée',
    description:
      'La demande d’arrêt de la retransmission HLS a échoué en raison d’une erreur inconnue.',
    userMessage: 'La retransmission pour les spectateurs ne s’est pas arrêtée. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter la retransmission HLS, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et vérifiez si la retransmission HLS est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'stop-livestream-failed': {
    title: 'La diffusion en direct ne s’est pas arrêtée',
    userTitle: 'La diffusion en direct ne s’est pas arrêtée',
    description:
      'La demande d’arrêt de la diffusion en direct a échoué en raison d’une erreur inconnue.',
    userMessage: 'La diffusion en direct ne s’est pas arrêtée. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter la diffusion en direct, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et vérifiez si la diffusion en direct est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'stop-participant-recording-failed': {
    title: 'L’enregistrement du participant ne s’est pas arrêté',
    userTitle: 'L’enregistrement ne s’est pas arrêté',
    description:
      'La demande d’arrêt de l’enregistrement du participant a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement de ce participant ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter l’enregistrement du participant, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et vérifiez si l’enregistrement du participant est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'stop-recording-failed': {
    title: 'L’enregistrement ne s’est pas arrêté',
    userTitle: 'L’enregistrement ne s’est pas arrêté',
    description: 'La demande d’arrêt de l’enregistrement a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter l’enregistrement, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et vérifiez si l’enregistrement est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'stop-track-recording-failed': {
    title: 'L’enregistrement de piste ne s’est pas arrêté',
    userTitle: 'L’enregistrement ne s’est pas arrêté',
    description:
      'La demande d’arrêt de l’enregistrement de la piste a échoué en raison d’une erreur inconnue.',
    userMessage: 'L’enregistrement de cet audio ou de cette vidéo ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter l’enregistrement de la piste audio ou vidéo, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et vérifiez si l’enregistrement de piste est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'stop-transcription-failed': {
    title: 'La transcription ne s’est pas arrêtée',
    userTitle: 'La transcription ne s’est pas arrêtée',
    description: 'La demande d’arrêt de la transcription a échoué en raison d’une erreur inconnue.',
    userMessage: 'La transcription ne s’est pas arrêtée. Réessayez.',
    causes: [
      'Le serveur n’a pas pu arrêter la transcription, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez quelques secondes, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et vérifiez si la transcription est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'transcription-failed': {
    title: 'Transcription arrêtée',
    userTitle: 'Transcription arrêtée',
    description: 'La transcription s’est arrêtée en raison d’une erreur inconnue.',
    userMessage: 'La transcription s’est arrêtée de manière inattendue. Vous pouvez la relancer.',
    causes: [
      'La transcription a échoué sur le serveur, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      { by: 'app', text: 'Proposez de relancer la transcription.' },
      {
        by: 'dashboard',
        text: 'Vérifiez les détails de la réunion et de sa transcription dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'unable-to-join-meeting': {
    title: 'Impossible de rejoindre la réunion',
    userTitle: 'Impossible de rejoindre la réunion',
    description:
      'Un problème est survenu et il n’a pas été possible de rejoindre la réunion. Réessayez.',
    userMessage:
      'Impossible de vous connecter à la réunion. Vérifiez votre connexion Internet, puis réessayez.',
    causes: [
      'L’entrée dans la réunion a échoué, et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et l’état du réseau au moment de l’erreur.',
    ],
    fixes: [
      { by: 'user', text: 'Vérifiez votre connexion Internet, puis réessayez.' },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer, et journalisez les détails de la tentative d’entrée dans la réunion qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'unauthorized-meeting-id': {
    title: 'Jeton non valide pour cette réunion',
    userTitle: 'Pas d’accès à cette réunion',
    description: 'Le jeton n’est pas valide pour l’ID de réunion fourni.',
    userMessage:
      'Votre invitation n’est pas valide pour cette réunion. Vérifiez le lien de la réunion, ou demandez une nouvelle invitation à l’organisateur.',
    causes: [
      'Le jeton a été créé pour une autre réunion : sa valeur roomId ne correspond pas à l’ID de réunion utilisé pour rejoindre la réunion.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Créez le jeton pour la réunion que l’on rejoint : donnez à roomId l’ID de cette réunion, ou omettez roomId.',
      },
      {
        by: 'app',
        text: 'Vérifiez que l’application transmet le même ID de réunion au serveur de jetons et à la méthode pour rejoindre la réunion.',
      },
      {
        by: 'user',
        text: 'Vérifiez le lien de la réunion, ou demandez une nouvelle invitation à l’organisateur.',
      },
    ],
  },
  'unauthorized-participant-id': {
    title: 'Jeton non valide pour ce participant',
    userTitle: 'L’invitation ne correspond pas',
    description: 'Le jeton n’est pas valide pour l’ID de participant fourni.',
    userMessage:
      'Votre invitation ne correspond pas à votre compte. Rejoignez de nouveau la réunion, ou contactez {supportContact}.',
    causes: [
      'Le jeton a été créé pour un autre participant : sa valeur participantId ne correspond pas à l’ID de participant utilisé pour rejoindre la réunion.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Transmettez le même ID de participant au serveur de jetons et à la méthode pour rejoindre la réunion.',
      },
      {
        by: 'app',
        text: 'Si le jeton n’a pas besoin d’être lié à un participant précis, n’y mettez pas participantId.',
      },
      { by: 'user', text: 'Rejoignez de nouveau la réunion.' },
    ],
    variants: {
      web: {
        userMessage:
          'Votre invitation ne correspond pas à votre compte. Rechargez la page et rejoignez de nouveau la réunion, ou contactez {supportContact}.',
        fixes: [
          {
            by: 'app',
            text: 'Transmettez le même ID de participant au serveur de jetons et à la méthode pour rejoindre la réunion.',
          },
          {
            by: 'app',
            text: 'Si le jeton n’a pas besoin d’être lié à un participant précis, n’y mettez pas participantId.',
          },
          { by: 'user', text: 'Rechargez la page, puis rejoignez de nouveau la réunion.' },
        ],
      },
    },
  },
  'unauthorized-request': {
    title: 'Demande non autorisée',
    userTitle: 'Impossible de rejoindre pour le moment',
    description: 'La demande ne correspond pas à la configuration de sécurité.',
    userMessage:
      'Le service de réunion n’a pas accepté cette demande pour des raisons de sécurité. Contactez {supportContact}.',
    causes: [
      'La demande ne correspondait pas aux paramètres de sécurité du compte, le serveur l’a donc refusée.',
      'Le message ne dit pas de quel paramètre il s’agit. Consultez la raison donnée par le serveur dans le message d’erreur et les journaux de l’application.',
    ],
    fixes: [
      {
        by: 'dashboard',
        text: 'Vérifiez les paramètres d’accès de la clé API dans le tableau de bord VideoSDK, comme la liste des domaines autorisés.',
      },
      {
        by: 'app',
        text: 'Comparez la demande avec ces paramètres, par exemple le domaine sur lequel l’application s’exécute et le contenu du jeton.',
      },
      {
        by: 'support',
        text: 'Si les paramètres semblent corrects, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'unauthorized-role': {
    title: 'Rôle non autorisé',
    userTitle: 'Impossible de rejoindre cette réunion',
    description: 'Le rôle indiqué dans le jeton n’est pas valide pour rejoindre la réunion.',
    userMessage:
      'Votre accès ne vous permet pas de rejoindre cette réunion. Contactez {supportContact}.',
    causes: [
      'Les rôles du jeton n’en incluent aucun qui permette de rejoindre une réunion, par exemple dans un jeton créé uniquement pour des appels à l’API serveur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Décodez un jeton reçu par l’application et vérifiez sa valeur roles.',
      },
      {
        by: 'app',
        text: 'Créez les jetons d’entrée dans une réunion avec le rôle qui permet de rejoindre les réunions, comme l’indique la documentation de VideoSDK sur les jetons.',
      },
    ],
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
};
