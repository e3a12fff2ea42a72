import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'transcription'> = {
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
      {
        by: 'user',
        text: 'Patientez quelques secondes, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Proposez un bouton pour réessayer et vérifiez si la transcription est toujours en cours avant de réessayer.',
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
      {
        by: 'app',
        text: 'Proposez de relancer la transcription.',
      },
      {
        by: 'dashboard',
        text: 'Vérifiez les détails de la réunion et de sa transcription dans le tableau de bord VideoSDK.',
      },
      {
        by: 'support',
        text: 'Si cela se reproduit, contactez l’assistance VideoSDK avec l’ID de réunion et l’heure de l’erreur.',
      },
    ],
    audiences: {
      participant: {
        userMessage:
          'La transcription s’est arrêtée de manière inattendue. L’organisateur peut la relancer.',
      },
    },
  },
};
