import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'connection'> = {
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
      {
        by: 'user',
        text: 'Patientez un instant, puis réessayez.',
      },
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
      'Nous n’avons pas pu connecter votre audio et votre vidéo à la réunion. Vérifiez votre connexion Internet ou essayez un autre réseau.',
    causes: [
      'La connexion média au serveur média de la réunion a échoué : l’audio et la vidéo ne peuvent donc pas circuler.',
      'Comme l’indique le message, le réseau, un pare-feu ou des paramètres de sécurité peuvent bloquer cette connexion.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis réessayez.',
      },
      {
        by: 'user',
        text: 'Si vous utilisez un VPN ou un réseau d’entreprise, essayez un autre réseau, par exemple le partage de connexion de votre téléphone.',
      },
      {
        by: 'app',
        text: 'Le SDK tente de relancer la connexion après cette erreur. Indiquez que la réunion se reconnecte et proposez de la rejoindre de nouveau si l’audio et la vidéo ne reviennent pas.',
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
        text: 'Suivez l’état de la réunion et désactivez les commandes de la réunion pendant la reconnexion.',
      },
      {
        by: 'app',
        text: 'Réessayez une fois la réunion de nouveau connectée.',
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
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Réessayez une fois la réunion connectée et recherchez des problèmes de connexion dans les journaux de l’application.',
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
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK en indiquant l’ID de réunion, l’heure et le message d’erreur.',
      },
    ],
    variants: {
      app: {
        fixes: [
          {
            by: 'app',
            text: 'Consultez la raison donnée par le serveur dans le message d’erreur et les journaux de l’application, et notez l’ID de réunion et l’heure.',
          },
          {
            by: 'user',
            text: 'Réessayez. Si le problème persiste, fermez l’application, puis rouvrez-la.',
          },
          {
            by: 'support',
            text: 'Si cela se reproduit, contactez l’assistance VideoSDK en indiquant l’ID de réunion, l’heure et le message d’erreur.',
          },
        ],
      },
    },
  },
};
