import type { TextsOf, WebClientMeaningId } from '../../types.js';

export const texts: TextsOf<WebClientMeaningId> = {
  'action-not-supported': {
    title: 'Action non prise en charge ici',
    userTitle: 'Action indisponible',
    description: 'Cette action n’est pas prise en charge ici.',
    userMessage:
      'Cette action n’est pas disponible ici. Vous pouvez continuer à utiliser la réunion.',
    causes: [
      'L’application a utilisé une méthode sur un objet qui ne la prend pas en charge, par exemple pour régler la qualité de la propre vidéo du participant local, ou pour mettre en pause un flux qui n’est pas un flux distant actif.',
      'L’application a demandé une vérification de l’autorisation de la caméra ou du microphone dans un navigateur qui ne sait pas la faire.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion. Le message d’erreur nomme la méthode et la raison.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lisez la méthode et la raison dans le message d’erreur, et n’utilisez la méthode que là où elle est prise en charge.',
      },
      {
        by: 'app',
        text: 'Masquez ou désactivez la commande là où l’action n’est pas prise en charge.',
      },
    ],
  },
  'action-not-supported-in-mode': {
    title: 'Action non prise en charge dans ce mode',
    userTitle: 'Action indisponible',
    description: 'Cette action n’est pas prise en charge dans le mode actuel de la réunion.',
    userMessage:
      'Pour le moment, vous pouvez seulement regarder et écouter cette réunion, cette action n’est donc pas disponible. Vous pouvez continuer à suivre la réunion.',
    causes: [
      'L’application a tenté d’envoyer des médias ou des données, par exemple en activant la caméra ou le microphone, en partageant l’écran ou en envoyant un message, alors que le participant est dans un mode qui ne permet pas d’envoyer, comme RECV_ONLY ou SIGNALLING_ONLY.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Vérifiez le mode du participant avant d’activer les médias, et masquez les commandes de caméra, de microphone et de partage d’écran dans les modes qui ne permettent pas d’envoyer.',
      },
      {
        by: 'app',
        text: 'Pour permettre au participant d’envoyer des médias, passez d’abord en mode SEND_AND_RECV avec changeMode().',
      },
    ],
  },
  'already-in-requested-state': {
    title: 'Déjà dans l’état demandé',
    userTitle: 'Déjà fait',
    description: 'L’état demandé est déjà actif.',
    userMessage: 'C’est déjà fait. Aucune action n’est nécessaire.',
    causes: [
      'L’application a demandé un état déjà actif, par exemple activer une caméra déjà allumée, rejoindre deux fois la réunion, ou quitter une réunion déjà quittée.',
      'C’est un code d’état de l’appelant : le SDK rejette la méthode mais ne l’émet pas comme erreur de réunion. Le message d’erreur nomme la ressource.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lisez l’état actuel avant de le modifier, et ignorez les demandes qui ne changent rien.',
      },
      {
        by: 'app',
        text: 'Traitez ce rejet comme une opération sans effet, et non comme un échec à montrer à l’utilisateur.',
      },
    ],
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
        text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo, et laissez-le choisir une autre caméra dans la liste des périphériques.',
      },
    ],
  },
  'camera-permission-or-autoplay-issue': {
    title: 'Problème d’autorisation de la caméra ou de lecture automatique',
    userTitle: 'Caméra bloquée',
    description:
      'Il semble y avoir un problème avec l’autorisation de la caméra ou avec la lecture automatique de la vidéo. Pour en savoir plus, consultez http://tinyurl.com/autoplay-issue.',
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
        text: 'Consultez http://tinyurl.com/autoplay-issue pour lire les notes du SDK sur ce problème.',
      },
    ],
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
      { by: 'user', text: 'Patientez un instant, puis réessayez.' },
      {
        by: 'app',
        text: 'Vérifiez que la caméra du participant est allumée et que sa vidéo est en cours de lecture avant de capturer une image.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, consultez la raison dans le message d’erreur et les journaux de l’application.',
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
        text: 'Vérifiez que le readyState de la piste personnalisée vaut live avant de la transmettre, et créez une nouvelle piste si elle est terminée.',
      },
      {
        by: 'app',
        text: 'N’arrêtez pas une piste personnalisée tant que la réunion l’utilise encore.',
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
        text: 'Vérifiez que le readyState de la piste personnalisée vaut live avant de la transmettre, et créez une nouvelle piste si elle est terminée.',
      },
      {
        by: 'app',
        text: 'N’arrêtez pas une piste personnalisée tant que la réunion l’utilise encore.',
      },
    ],
  },
  'end-meeting-failed': {
    title: 'Échec de la fin de la réunion',
    userTitle: 'Impossible de mettre fin à la réunion',
    description: 'Impossible de mettre fin à la réunion. Réessayez.',
    userMessage: 'Nous n’avons pas pu mettre fin à la réunion pour tout le monde. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande de fin de la réunion, ou la demande a échoué.',
      'Le message d’erreur contient la raison donnée par le serveur lorsqu’il en a envoyé une, par exemple que ce participant n’est pas autorisé à mettre fin à la réunion.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez un instant, puis réessayez.' },
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Si le participant n’est pas autorisé à mettre fin à la réunion, n’affichez cette commande qu’aux participants qui le sont.',
      },
    ],
  },
  'file-fetch-failed': {
    title: 'Échec de la récupération du fichier',
    userTitle: 'Impossible de charger le fichier',
    description: 'Impossible de récupérer le fichier. Réessayez.',
    userMessage:
      'Nous n’avons pas pu charger le fichier. Vérifiez votre connexion Internet, puis réessayez.',
    causes: [
      'La demande HTTPS envoyée par fetchBase64File() a échoué, ou le serveur a répondu avec un statut d’erreur.',
      'Le message d’erreur contient le statut HTTP et le texte du serveur lorsqu’il en a renvoyé un.',
    ],
    fixes: [
      { by: 'user', text: 'Vérifiez votre connexion Internet, puis réessayez.' },
      {
        by: 'app',
        text: 'Consultez le statut HTTP et la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Vérifiez que l’URL est bien une URL renvoyée par uploadBase64File(), et que le jeton est valide et non expiré.',
      },
    ],
  },
  'file-upload-failed': {
    title: 'Échec de l’envoi du fichier',
    userTitle: 'Impossible d’envoyer le fichier',
    description: 'Impossible d’envoyer le fichier. Réessayez.',
    userMessage:
      'Nous n’avons pas pu envoyer le fichier. Vérifiez votre connexion Internet, puis réessayez.',
    causes: [
      'La demande HTTPS envoyée par uploadBase64File() a échoué, le serveur a répondu avec un statut d’erreur, ou la réponse ne contenait aucune URL de fichier.',
      'Le message d’erreur contient le statut HTTP et le texte du serveur lorsqu’il en a renvoyé un.',
    ],
    fixes: [
      { by: 'user', text: 'Vérifiez votre connexion Internet, puis réessayez.' },
      {
        by: 'app',
        text: 'Consultez le statut HTTP et la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Vérifiez que le jeton est valide et non expiré, et que les données et le nom du fichier sont corrects.',
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
        text: 'Mettez à jour votre navigateur, ou essayez un autre navigateur ou un autre appareil.',
      },
      {
        by: 'app',
        text: 'Vérifiez que navigator.mediaDevices est disponible avant d’activer le microphone, et servez la page via https://.',
      },
      { by: 'app', text: 'Laissez l’utilisateur rejoindre la réunion sans audio.' },
    ],
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
        text: 'Demandez l’accès au microphone après une action de l’utilisateur, et expliquez d’abord pourquoi la réunion en a besoin.',
      },
    ],
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
        text: 'Mettez à jour votre navigateur, ou essayez un autre navigateur ou un autre appareil.',
      },
      {
        by: 'app',
        text: 'Vérifiez que la caméra prend en charge la résolution demandée, et rabattez-vous sur une résolution plus basse.',
      },
    ],
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
        text: 'Demandez l’accès à la caméra après une action de l’utilisateur, et expliquez d’abord pourquoi la réunion en a besoin.',
      },
    ],
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
        text: 'Lisez le paramètre nommé par le message d’erreur, et transmettez un codec et un encoderConfig pris en charge.',
      },
      {
        by: 'app',
        text: 'Prenez les ID de caméra et de microphone dans la liste actuelle des périphériques, car ils peuvent changer lorsque des périphériques sont branchés ou retirés.',
      },
      { by: 'user', text: 'Choisissez une autre caméra ou un autre microphone, puis réessayez.' },
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
  'invalid-mode': {
    title: 'Mode de réunion non valide',
    userTitle: 'Impossible de modifier le réglage',
    description: 'Un mode de réunion non valide a été demandé.',
    userMessage:
      'Cette application n’est pas configurée correctement pour cette action. Réessayez plus tard, ou contactez {supportContact}.',
    causes: [
      'L’application a transmis à initMeeting() ou changeMode() un mode qui ne fait pas partie des modes du SDK, comme SEND_AND_RECV, RECV_ONLY ou SIGNALLING_ONLY.',
      'Le message d’erreur nomme la valeur non valide.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Vérifiez la valeur nommée par le message d’erreur, par exemple pour y repérer une faute de frappe.',
      },
      {
        by: 'app',
        text: 'Utilisez les constantes de VideoSDK.Constants.modes plutôt que des chaînes saisies à la main.',
      },
    ],
  },
  'invalid-parameter': {
    title: 'Paramètre manquant ou non valide',
    userTitle: 'Un problème est survenu',
    description:
      'Le paramètre fourni est manquant ou non valide. Vérifiez le paramètre et réessayez.',
    userMessage:
      'Quelque chose n’a pas fonctionné comme prévu. Réessayez, ou contactez {supportContact} si le problème persiste.',
    causes: [
      'L’application a transmis une valeur manquante ou erronée à une méthode du SDK, par exemple une clé vide, un message qui n’est pas une chaîne, ou un nom d’événement inconnu.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion. Le message d’erreur nomme le paramètre.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lisez le paramètre nommé par le message d’erreur, et corrigez la valeur que l’application transmet.',
      },
      {
        by: 'app',
        text: 'Vérifiez les saisies de l’utilisateur avant de les transmettre au SDK.',
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
      { by: 'user', text: 'Patientez un instant, puis réessayez.' },
      {
        by: 'app',
        text: 'Attendez l’événement meeting-joined (réunion rejointe), ou la fin d’un changement de mode, avant d’activer les médias.',
      },
      { by: 'app', text: 'Réessayez après un court délai.' },
    ],
  },
  'media-not-ready': {
    title: 'Connexion média pas encore prête',
    userTitle: 'Connexion pas encore prête',
    description:
      'La connexion média de la réunion n’est pas encore prête. Réessayez dans un instant.',
    userMessage: 'La connexion à la réunion n’est pas encore prête. Réessayez dans un instant.',
    causes: [
      'L’application a tenté d’envoyer des médias ou des données avant que la connexion média à la réunion soit établie.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion.',
    ],
    fixes: [
      { by: 'user', text: 'Patientez un instant, puis réessayez.' },
      {
        by: 'app',
        text: 'Attendez que la réunion soit rejointe et que sa connexion média soit établie, ou réessayez après un court délai.',
      },
    ],
  },
  'meeting-media-connection-failed': {
    title: 'Échec de la connexion média',
    userTitle: 'Problème de connexion',
    description:
      'Impossible d’établir une connexion à la réunion ou une connexion média. Vérifiez votre connexion réseau, votre pare-feu ou vos paramètres de sécurité, puis réessayez ou connectez-vous depuis un autre réseau.',
    userMessage:
      'Nous n’avons pas pu connecter votre audio et votre vidéo à la réunion. Vérifiez votre connexion Internet, ou essayez un autre réseau.',
    causes: [
      'La connexion média au serveur média de la réunion a échoué : l’audio et la vidéo ne peuvent donc pas circuler.',
      'Comme l’indique le message, le réseau, un pare-feu ou des paramètres de sécurité peuvent bloquer cette connexion.',
    ],
    fixes: [
      { by: 'user', text: 'Vérifiez votre connexion Internet, puis réessayez.' },
      {
        by: 'user',
        text: 'Si vous utilisez un VPN ou un réseau d’entreprise, essayez un autre réseau, par exemple le partage de connexion de votre téléphone.',
      },
      {
        by: 'app',
        text: 'Le SDK tente de relancer la connexion après cette erreur. Indiquez que la réunion se reconnecte, et proposez de la rejoindre de nouveau si l’audio et la vidéo ne reviennent pas.',
      },
    ],
  },
  'meeting-reconnecting': {
    title: 'Reconnexion de la réunion en cours',
    userTitle: 'Reconnexion à la réunion',
    description: 'La réunion se reconnecte. Réessayez une fois la reconnexion terminée.',
    userMessage: 'La réunion se reconnecte. Réessayez quand la connexion sera rétablie.',
    causes: [
      'La connexion au serveur de la réunion a été interrompue et la réunion se reconnecte : la méthode ne peut donc pas s’exécuter maintenant.',
      'C’est un code d’état de l’appelant : le SDK rejette la méthode mais ne l’émet pas comme erreur de réunion. L’application apprend la reconnexion par l’état de la réunion.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Suivez l’état de la réunion, et désactivez les commandes de la réunion pendant la reconnexion.',
      },
      { by: 'app', text: 'Réessayez une fois la réunion de nouveau connectée.' },
    ],
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
      { by: 'user', text: 'Réessayez.' },
      {
        by: 'app',
        text: 'Continuez d’afficher le microphone comme actif, et laissez l’utilisateur réessayer.',
      },
      {
        by: 'app',
        text: 'Si l’échec persiste, vérifiez la connexion à la réunion dans les journaux de l’application.',
      },
    ],
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
        text: 'Laissez l’utilisateur rejoindre la réunion sans audio, et laissez-le choisir un autre microphone dans la liste des périphériques.',
      },
    ],
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
      { by: 'user', text: 'Rechargez la page et rejoignez de nouveau la réunion.' },
      {
        by: 'app',
        text: 'Consultez la raison dans le message d’erreur et l’état de la connexion média dans les journaux de l’application.',
      },
    ],
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
      { by: 'user', text: 'Vérifiez que votre microphone est branché, puis réactivez-le.' },
      {
        by: 'app',
        text: 'Affichez le microphone comme coupé, et laissez l’utilisateur le réactiver ou choisir un autre microphone.',
      },
    ],
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
        text: 'Servez la page via https://, et laissez l’utilisateur rejoindre la réunion sans audio.',
      },
    ],
  },
  'no-supported-video-codec': {
    title: 'Aucun codec vidéo pris en charge',
    userTitle: 'Vidéo non prise en charge',
    description: 'Aucun codec vidéo pris en charge n’est disponible sur cet appareil.',
    userMessage:
      'Votre navigateur ne peut pas envoyer de vidéo dans cette réunion. Mettez à jour votre navigateur, ou essayez un autre navigateur ou un autre appareil.',
    causes: [
      'Pour envoyer la vidéo, le navigateur ne prend en charge ni le codec vidéo demandé, ni VP8, le codec de repli.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Mettez à jour votre navigateur, ou essayez un autre navigateur ou un autre appareil.',
      },
      {
        by: 'app',
        text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo, et journalisez la version du navigateur pour savoir quels navigateurs sont concernés.',
      },
    ],
  },
  'no-webcam-device-found': {
    title: 'Aucune caméra détectée',
    userTitle: 'Aucune caméra trouvée',
    description:
      'Aucune webcam trouvée : nous n’avons pas trouvé votre caméra. Est-elle branchée et allumée ? Si c’est le cas, essayez de redémarrer votre ordinateur ou de vérifier les paramètres de votre appareil. Pour obtenir de l’aide, consultez l’outil de diagnostic sur https://test.8x8.vc/. Vérifiez aussi que vous êtes sur un site web sécurisé (https://).',
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
        text: 'Servez la page via https://, et laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
  },
  'operation-aborted': {
    title: 'Opération interrompue',
    userTitle: 'Action interrompue',
    description: 'L’opération a été interrompue avant de se terminer.',
    userMessage: 'Cette action s’est arrêtée avant d’être terminée. Réessayez.',
    causes: [
      'Dans le SDK 1.1.1, cela arrive à join() lorsque la réunion est quittée ou fermée alors que l’entrée dans la réunion est encore en cours. Le message d’erreur contient la raison du départ.',
      'C’est un code d’état de l’appelant : le SDK rejette la méthode mais ne l’émet pas comme erreur de réunion.',
    ],
    fixes: [
      { by: 'app', text: 'Consultez la raison du départ dans le message d’erreur.' },
      {
        by: 'app',
        text: 'Ne quittez pas la réunion tant que join() est en cours, sauf si l’utilisateur a choisi d’annuler.',
      },
      {
        by: 'app',
        text: 'Si l’utilisateur n’a pas annulé, proposez-lui de rejoindre de nouveau la réunion.',
      },
    ],
  },
  'operation-in-progress': {
    title: 'Opération déjà en cours',
    userTitle: 'Déjà en cours',
    description: 'L’opération demandée est déjà en cours.',
    userMessage: 'C’est déjà en cours. Aucune action n’est nécessaire.',
    causes: [
      'L’application a lancé une demande alors que la même demande, ou une demande incompatible, était encore en cours, par exemple un deuxième clic sur le bouton de la caméra, ou un changement de mode.',
      'C’est un code d’état de l’appelant : le SDK rejette la méthode mais ne l’émet pas comme erreur de réunion. Le message d’erreur nomme la demande.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Désactivez la commande jusqu’à la fin de la demande en cours.',
      },
      {
        by: 'app',
        text: 'Traitez ce rejet comme une opération sans effet, ou réessayez une fois la demande en cours terminée.',
      },
    ],
  },
  'operation-timed-out': {
    title: 'Délai de la demande dépassé',
    userTitle: 'Pas de réponse à temps',
    description: 'Le délai de l’opération a expiré. Vérifiez votre connexion et réessayez.',
    userMessage:
      'La réunion n’a pas répondu à temps. Vérifiez votre connexion Internet, puis réessayez.',
    causes: [
      'Une demande envoyée au serveur de la réunion n’a pas reçu de réponse à temps, ou la connexion a été interrompue avant l’arrivée de la réponse.',
    ],
    fixes: [
      { by: 'user', text: 'Vérifiez votre connexion Internet, puis réessayez.' },
      {
        by: 'app',
        text: 'Réessayez une fois la réunion connectée, et recherchez des problèmes de connexion dans les journaux de l’application.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Charge utile trop volumineuse',
    userTitle: 'Trop volumineux pour être envoyé',
    description: 'La charge utile dépasse la taille maximale autorisée.',
    userMessage:
      'Ce contenu est trop volumineux pour être envoyé. Raccourcissez-le, puis réessayez.',
    causes: [
      'Les données envoyées à la réunion avec meeting.send() dépassent 15 Kio, ou une valeur destinée au stockage en temps réel dépasse 1 Ko. Le message d’erreur indique la taille.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion.',
    ],
    fixes: [
      { by: 'user', text: 'Raccourcissez le message, puis réessayez.' },
      {
        by: 'app',
        text: 'Vérifiez la taille avant l’envoi, et découpez les données volumineuses en messages plus petits.',
      },
      {
        by: 'app',
        text: 'Pour les fichiers, envoyez-les avec uploadBase64File() et n’envoyez que l’URL renvoyée.',
      },
    ],
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
        text: 'Expliquez pourquoi l’application a besoin de la caméra avant de la demander, et ouvrez la page des paramètres de l’application lorsque l’accès est désactivé.',
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
      { by: 'user', text: 'Essayez de rejoindre la réunion depuis un autre appareil.' },
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
        text: 'Consultez l’erreur sous-jacente dans les journaux de l’application, et laissez l’utilisateur rejoindre la réunion sans vidéo.',
      },
    ],
  },
  'rn-camera-track-ended': {
    title: 'Piste de la caméra terminée (React Native)',
    userTitle: 'Caméra arrêtée',
    description:
      'La piste de la caméra est terminée. Vérifiez que votre caméra est allumée, ou essayez de la redémarrer.',
    userMessage:
      'Votre caméra s’est arrêtée. Réactivez-la, ou fermez cette application et rouvrez-la.',
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
        text: 'Affichez la caméra comme désactivée, et laissez l’utilisateur la réactiver.',
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
        text: 'Expliquez pourquoi l’application a besoin du microphone avant de le demander, et ouvrez la page des paramètres de l’application lorsque l’accès est désactivé.',
      },
      {
        by: 'app',
        text: 'Vérifiez que l’application déclare l’utilisation du microphone : NSMicrophoneUsageDescription sur iOS et l’autorisation RECORD_AUDIO (enregistrement audio) sur Android.',
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
      { by: 'user', text: 'Essayez de rejoindre la réunion depuis un autre appareil.' },
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
        text: 'Consultez l’erreur sous-jacente dans les journaux de l’application, et laissez l’utilisateur rejoindre la réunion sans audio.',
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
        text: 'Affichez le microphone comme coupé, et laissez l’utilisateur le réactiver.',
      },
    ],
  },
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
        text: 'Continuez d’afficher le partage d’écran comme actif jusqu’à son arrêt effectif, et laissez l’utilisateur réessayer.',
      },
    ],
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
        text: 'Relancez le partage d’écran, et laissez-le ouvert jusqu’à ce qu’il ait démarré.',
      },
      {
        by: 'app',
        text: 'Consultez la raison dans le message d’erreur et l’état de la connexion média dans les journaux de l’application.',
      },
    ],
  },
  'send-failed': {
    title: 'Échec de l’envoi de données',
    userTitle: 'Message non envoyé',
    description: 'Impossible d’envoyer le message. Réessayez.',
    userMessage: 'Nous n’avons pas pu envoyer votre message. Réessayez.',
    causes: [
      'L’envoi de données à la réunion avec meeting.send() a échoué.',
      'Le message d’erreur contient la raison.',
    ],
    fixes: [
      { by: 'user', text: 'Vérifiez votre connexion Internet, puis réessayez.' },
      {
        by: 'app',
        text: 'Consultez la raison dans le message d’erreur, et utilisez le mode RELIABLE pour les messages qui doivent arriver.',
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
  'video-produce-codec-not-supported': {
    title: 'Codec vidéo non pris en charge',
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
        text: 'Laissez l’utilisateur rejoindre la réunion sans vidéo, et proposez un bouton pour réessayer.',
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
      { by: 'user', text: 'Réessayez.' },
      {
        by: 'app',
        text: 'Continuez d’afficher la caméra comme active, et laissez l’utilisateur réessayer.',
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
      'L’application a tenté de régler la qualité de la webcam, ou de capturer une image, alors que la caméra est désactivée.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion.',
    ],
    fixes: [
      { by: 'user', text: 'Activez votre caméra, puis réessayez.' },
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
      { by: 'user', text: 'Rechargez la page et rejoignez de nouveau la réunion.' },
      {
        by: 'app',
        text: 'Consultez la raison dans le message d’erreur et l’état de la connexion média dans les journaux de l’application.',
      },
    ],
  },
  'webcam-track-ended': {
    title: 'Piste de la webcam terminée',
    userTitle: 'Caméra déconnectée',
    description:
      'La piste de la webcam est terminée ou la webcam est déconnectée. Vérifiez que votre webcam est correctement branchée, et essayez de la redémarrer.',
    userMessage:
      'Votre caméra s’est arrêtée ou a été déconnectée. Vérifiez qu’elle est branchée, puis réactivez-la.',
    causes: [
      'Le navigateur a mis fin à la piste de la caméra, par exemple parce que la caméra a été déconnectée.',
    ],
    fixes: [
      { by: 'user', text: 'Vérifiez que votre caméra est branchée, puis réactivez-la.' },
      {
        by: 'app',
        text: 'Affichez la caméra comme désactivée, et laissez l’utilisateur la réactiver ou choisir une autre caméra.',
      },
    ],
  },
};
