import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'auth'> = {
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
    userTitle: 'Accès expiré',
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
        text: 'Vérifiez que le serveur de jetons signe avec le secret de la clé API indiquée dans le jeton et vérifiez la date d’expiration du jeton.',
      },
      {
        by: 'user',
        text: 'Rejoignez de nouveau la réunion.',
      },
    ],
    variants: {
      browser: {
        userMessage:
          'Votre accès à cette réunion a expiré ou n’est pas valide. Rechargez la page, puis rejoignez de nouveau la réunion.',
        fixes: [
          {
            by: 'app',
            text: 'Obtenez un nouveau jeton auprès du serveur de jetons juste avant chaque entrée dans une réunion, au lieu de réutiliser un ancien jeton stocké.',
          },
          {
            by: 'app',
            text: 'Vérifiez que le serveur de jetons signe avec le secret de la clé API indiquée dans le jeton et vérifiez la date d’expiration du jeton.',
          },
          {
            by: 'user',
            text: 'Rechargez la page, puis rejoignez de nouveau la réunion.',
          },
        ],
      },
    },
  },
  'unauthorized-meeting-id': {
    title: 'Jeton non valide pour cette réunion',
    userTitle: 'Pas d’accès à cette réunion',
    description: 'Le jeton n’est pas valide pour l’ID de réunion fourni.',
    userMessage:
      'Votre invitation n’est pas valide pour cette réunion. Vérifiez le lien de la réunion ou demandez une nouvelle invitation à l’organisateur.',
    causes: [
      'Le jeton a été créé pour une autre réunion : sa valeur roomId ne correspond pas à l’ID de réunion utilisé pour rejoindre la réunion.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Créez le jeton pour la réunion que l’on rejoint : donnez à roomId l’ID de cette réunion ou omettez roomId.',
      },
      {
        by: 'app',
        text: 'Vérifiez que l’application transmet le même ID de réunion au serveur de jetons et à la méthode pour rejoindre la réunion.',
      },
      {
        by: 'user',
        text: 'Vérifiez le lien de la réunion ou demandez une nouvelle invitation à l’organisateur.',
      },
    ],
  },
  'unauthorized-participant-id': {
    title: 'Jeton non valide pour ce participant',
    userTitle: 'L’invitation ne correspond pas',
    description: 'Le jeton n’est pas valide pour l’ID de participant fourni.',
    userMessage:
      'Votre invitation ne correspond pas à votre compte. Rejoignez de nouveau la réunion ou contactez {supportContact}.',
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
      {
        by: 'user',
        text: 'Rejoignez de nouveau la réunion.',
      },
    ],
    variants: {
      browser: {
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
          {
            by: 'user',
            text: 'Rechargez la page, puis rejoignez de nouveau la réunion.',
          },
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
};
