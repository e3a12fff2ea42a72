import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'usage'> = {
  'action-not-supported': {
    title: 'Action non prise en charge ici',
    userTitle: 'Action indisponible',
    description: 'Cette action n’est pas prise en charge ici.',
    userMessage:
      'Cette action n’est pas disponible ici. Vous pouvez continuer à utiliser la réunion.',
    causes: [
      'L’application a utilisé une méthode sur un objet qui ne la prend pas en charge, par exemple pour régler la qualité de la propre vidéo du participant local ou pour mettre en pause un flux qui n’est pas un flux distant actif.',
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
    variants: {
      app: {
        causes: [
          'L’application a utilisé une méthode sur un objet qui ne la prend pas en charge, par exemple pour régler la qualité de la propre vidéo du participant local ou pour mettre en pause un flux qui n’est pas un flux distant actif.',
          'L’application a demandé une vérification de l’autorisation de la caméra ou du microphone sur un appareil qui ne sait pas la faire.',
          'Le SDK rejette la méthode et n’émet pas d’erreur de réunion. Le message d’erreur nomme la méthode et la raison.',
        ],
      },
    },
  },
  'already-in-requested-state': {
    title: 'Déjà dans l’état demandé',
    userTitle: 'Déjà fait',
    description: 'L’état demandé est déjà actif.',
    userMessage: 'C’est déjà fait. Aucune action n’est nécessaire.',
    causes: [
      'L’application a demandé un état déjà actif, par exemple activer une caméra déjà allumée, rejoindre deux fois la réunion ou quitter une réunion déjà quittée.',
      'C’est un code d’état de l’appelant : le SDK rejette la méthode mais ne l’émet pas comme erreur de réunion. Le message d’erreur nomme la ressource.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lisez l’état actuel avant de le modifier et ignorez les demandes qui ne changent rien.',
      },
      {
        by: 'app',
        text: 'Traitez ce rejet comme une opération sans effet, et non comme un échec à montrer à l’utilisateur.',
      },
    ],
  },
  'invalid-parameter': {
    title: 'Paramètre manquant ou non valide',
    userTitle: 'Un problème est survenu',
    description:
      'Le paramètre fourni est manquant ou non valide. Vérifiez le paramètre et réessayez.',
    userMessage: 'Quelque chose n’a pas fonctionné comme prévu. Contactez {supportContact}.',
    causes: [
      'L’application a transmis une valeur manquante ou erronée à une méthode du SDK, par exemple une clé vide, un message qui n’est pas une chaîne, ou un nom d’événement inconnu.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion. Le message d’erreur nomme le paramètre.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Lisez le paramètre nommé par le message d’erreur et corrigez la valeur que l’application transmet.',
      },
      {
        by: 'app',
        text: 'Vérifiez les saisies de l’utilisateur avant de les transmettre au SDK.',
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
      {
        by: 'app',
        text: 'Consultez la raison du départ dans le message d’erreur.',
      },
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
        text: 'Traitez ce rejet comme une opération sans effet ou réessayez une fois la demande en cours terminée.',
      },
    ],
  },
};
