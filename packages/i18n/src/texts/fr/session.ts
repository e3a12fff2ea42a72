import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'session'> = {
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
        text: 'Vérifiez le mode du participant avant d’activer les médias et masquez les commandes de caméra, de microphone et de partage d’écran dans les modes qui ne permettent pas d’envoyer.',
      },
      {
        by: 'app',
        text: 'Pour permettre au participant d’envoyer des médias, passez d’abord en mode SEND_AND_RECV avec changeMode().',
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
        text: 'Attendez que le SDK signale que la réunion a été rejointe avant d’appeler des actions de réunion ou mettez les actions en file d’attente jusque-là.',
      },
      {
        by: 'app',
        text: 'Désactivez les commandes de la réunion dans l’interface jusqu’à ce que le participant ait rejoint la réunion.',
      },
      {
        by: 'user',
        text: 'Attendez d’avoir rejoint la réunion, puis réessayez.',
      },
    ],
  },
  'change-mode-failed': {
    title: 'Échec du changement de mode',
    userTitle: 'Impossible de changer votre mode de participation',
    description: 'Impossible de changer le mode de la réunion. Réessayez.',
    userMessage:
      'Nous n’avons pas pu vous faire passer de spectateur à participant, ou l’inverse. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.changeMode() pour changer de mode, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher le mode actuel dans l’interface et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'changing-mode': {
    title: 'Échec du changement de mode',
    userTitle: 'Impossible de changer votre mode de participation',
    description: 'Un problème est survenu et le mode n’a pas pu être modifié. Réessayez.',
    userMessage:
      'Nous n’avons pas pu vous faire passer de spectateur à participant, ou l’inverse. Réessayez.',
    causes: [
      'Une demande de changement du mode du participant dans la réunion (changeMode) n’a pas abouti.',
      'Le message ne dit pas pourquoi. Consultez les journaux de l’application et l’état du réseau au moment de la demande.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Réessayez dans un instant.',
      },
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
  'character-join-failed': {
    title: 'Le personnage IA n’a pas pu rejoindre la réunion',
    userTitle: 'Le participant IA n’a pas rejoint la réunion',
    description: 'La demande d’ajout du personnage a échoué en raison d’une erreur inconnue.',
    userMessage: 'Le participant IA n’a pas pu rejoindre la réunion. Réessayez.',
    causes: [
      'Le serveur n’a pas pu ajouter le personnage (le personnage IA de VideoSDK, qui rejoint la réunion en tant que participant) et le message n’en donne pas la raison.',
      'Consultez les journaux de l’application et les détails de la réunion dans le tableau de bord VideoSDK.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Vérifiez que la réunion est toujours en cours, proposez un bouton pour réessayer et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'character-leave-failed': {
    title: 'Le personnage IA n’a pas pu quitter la réunion',
    userTitle: 'Le participant IA n’a pas quitté la réunion',
    description: 'La demande de départ du personnage a échoué en raison d’une erreur inconnue.',
    userMessage:
      'Le participant IA n’a pas pu quitter la réunion et s’y trouve peut-être encore. Réessayez.',
    causes: [
      'Le serveur n’a pas pu retirer le personnage (le personnage IA de VideoSDK) de la réunion et le message n’en donne pas la raison.',
      'Le personnage est peut-être encore dans la réunion. Vérifiez la liste des participants avant de l’afficher comme parti.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Indiquez si le personnage est toujours dans la réunion, proposez un bouton pour réessayer et journalisez les détails de la demande qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
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
      app: {
        userMessage:
          'Vous avez rejoint cette réunion depuis un autre appareil. Cet appareil a donc été déconnecté de la réunion.',
        fixes: [
          {
            by: 'user',
            text: 'Continuez la réunion sur votre autre appareil.',
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
      },
    },
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
      {
        by: 'user',
        text: 'Patientez un instant, puis réessayez.',
      },
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
  'invalid-meeting-id': {
    title: 'ID de réunion non valide',
    userTitle: 'Réunion introuvable',
    description:
      'L’ID de réunion est vide ou non valide. Vérifiez-le ou créez un nouvel ID de réunion à l’aide de l’API.',
    userMessage:
      'Cette réunion est introuvable. Vérifiez le lien de la réunion ou demandez-en un nouveau à l’organisateur.',
    causes: [
      'L’ID de réunion transmis pour rejoindre la réunion est vide ou n’est pas un ID de réunion VideoSDK valide.',
      'Vérifiez d’où l’application tire l’ID de réunion, par exemple le lien de la réunion ou le serveur de l’application.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Créez les réunions avec l’API VideoSDK et transmettez l’ID de réunion renvoyé tel quel à la méthode pour rejoindre la réunion.',
      },
      {
        by: 'app',
        text: 'Journalisez l’ID de réunion que l’application utilise pour rejoindre la réunion et vérifiez qu’il n’est ni vide ni tronqué.',
      },
      {
        by: 'user',
        text: 'Vérifiez le lien de la réunion ou demandez-en un nouveau à l’organisateur.',
      },
    ],
  },
  'invalid-mode': {
    title: 'Mode de réunion non valide',
    userTitle: 'Impossible de modifier le réglage',
    description: 'Un mode de réunion non valide a été demandé.',
    userMessage:
      'Cette application n’est pas configurée correctement pour cette action. Réessayez plus tard ou contactez {supportContact}.',
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
        text: 'Créez un nouvel ID de réunion avec l’API VideoSDK et partagez la nouvelle réunion avec les participants.',
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
  'respond-entry-failed': {
    title: 'Échec de la réponse à la demande d’entrée',
    userTitle: 'Réponse non envoyée',
    description: 'Impossible de répondre à la demande d’entrée. Réessayez.',
    userMessage: 'Votre réponse à la demande pour rejoindre la réunion n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la réponse envoyée par meeting.respondEntry() à une demande d’entrée, ou la demande a échoué sur le réseau. Les fonctions allow() et deny() de l’événement entry-requested utilisent la même demande.',
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
  'switch-meeting-failed': {
    title: 'Échec du changement de réunion',
    userTitle: 'Impossible de changer de réunion',
    description: 'Impossible de changer de réunion. Réessayez.',
    userMessage: 'Le passage à l’autre réunion n’a pas fonctionné. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.switchTo(), ou la demande a échoué sur le réseau.',
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
      'Le serveur a rejeté la demande envoyée par participant.switchTo() (absente des déclarations de types de la version 1.1.1) pour déplacer le participant vers une autre salle, ou la demande a échoué sur le réseau.',
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
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et journalisez les détails de la tentative d’entrée dans la réunion qui a échoué.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
  'unknown-error': {
    title: 'Le serveur a signalé une erreur inconnue',
    userTitle: 'Un problème est survenu',
    description: 'Une erreur inconnue s’est produite.',
    userMessage:
      'Un problème est survenu dans la réunion. Si quelque chose ne fonctionne plus, quittez la réunion puis rejoignez-la de nouveau. Si le problème persiste, contactez {supportContact}.',
    causes: [
      'Le serveur a envoyé UNKNOWN_ERROR (4000) : une demande a échoué sans que le serveur donne de raison plus précise.',
      'Il s’agit d’un vrai code défini par le SDK, et non d’un code que ce catalogue ne connaît pas. Il n’indique pas quelle demande a échoué.',
      'Consultez les journaux de l’application pour savoir ce qu’elle a fait juste avant l’erreur.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Si quelque chose ne fonctionne plus, quittez la réunion puis rejoignez-la de nouveau. Si le problème persiste, contactez {supportContact}.',
      },
      {
        by: 'app',
        text: 'Journalisez l’erreur avec ce que l’application venait de faire, l’ID de réunion et l’heure, puis indiquez à l’utilisateur ce qui n’a pas fonctionné.',
      },
      {
        by: 'app',
        text: 'Ne répétez pas automatiquement la même demande : le serveur ne donne aucune raison, elle risque donc d’échouer de la même façon.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK avec l’ID de réunion, l’heure et la version du SDK.',
      },
    ],
  },
};
