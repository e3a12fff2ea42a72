import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'livestream'> = {
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
        text: 'Vérifiez les valeurs avant de démarrer la diffusion en direct et indiquez à l’utilisateur quelle valeur est erronée.',
      },
      {
        by: 'user',
        text: 'Copiez de nouveau l’adresse de diffusion en direct et la clé de flux depuis la plateforme sur laquelle vous diffusez en direct, comme YouTube, puis réessayez.',
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
      'Consultez les journaux de l’application et vérifiez si la plateforme cible, comme YouTube, a signalé une erreur de son côté.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Proposez de relancer la diffusion en direct.',
      },
      {
        by: 'app',
        text: 'Recherchez des erreurs dans le tableau de bord du direct de la plateforme cible, par exemple une clé de flux qui n’est plus valide.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La diffusion en direct s’est arrêtée de manière inattendue. L’organisateur peut la relancer.',
      },
    },
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
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Relancez automatiquement le démarrage après quelques secondes, en limitant le nombre de tentatives.',
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
      'Consultez les journaux de l’application et vérifiez que l’URL RTMP et la clé de flux de chaque sortie sont toujours valides.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et journalisez les détails de la demande qui a échoué.',
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
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et vérifiez si la diffusion en direct est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
};
