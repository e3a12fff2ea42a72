import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'hls'> = {
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
      {
        by: 'app',
        text: 'Proposez de relancer la retransmission HLS.',
      },
      {
        by: 'dashboard',
        text: 'Vérifiez les détails de la réunion et de sa retransmission HLS dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La retransmission pour les spectateurs s’est arrêtée de manière inattendue. La réunion continue et l’organisateur peut relancer la retransmission.',
      },
      viewer: {
        userMessage:
          'La retransmission s’est arrêtée de manière inattendue. L’organisateur peut la relancer. Aucune action n’est nécessaire.',
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
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et vérifiez si la retransmission HLS est toujours en cours avant de réessayer.',
      },
      {
        by: 'support',
        text: 'Si l’échec persiste, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
  },
};
