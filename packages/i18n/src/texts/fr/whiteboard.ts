import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'whiteboard'> = {
  'start-whiteboard-failed': {
    title: 'Le tableau blanc n’a pas démarré',
    userTitle: 'Le tableau blanc n’a pas démarré',
    description: 'Impossible de démarrer le tableau blanc. Réessayez.',
    userMessage: 'Le tableau blanc n’a pas démarré. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.startWhiteboard() pour démarrer le tableau blanc, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'N’affichez le tableau blanc qu’après l’événement whiteboard-started et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'stop-whiteboard-failed': {
    title: 'Le tableau blanc ne s’est pas arrêté',
    userTitle: 'Le tableau blanc ne s’est pas arrêté',
    description: 'Impossible d’arrêter le tableau blanc. Réessayez.',
    userMessage: 'Le tableau blanc ne s’est pas arrêté. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.stopWhiteboard() pour arrêter le tableau blanc, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Laissez le tableau blanc ouvert jusqu’à l’arrivée de l’événement whiteboard-stopped et proposez de réessayer.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'whiteboard-operation-in-progress': {
    title: 'Opération sur le tableau blanc en cours',
    userTitle: 'Tableau blanc occupé',
    description:
      'Une opération sur le tableau blanc est déjà en cours. Attendez qu’elle se termine.',
    userMessage:
      'Le tableau blanc est déjà en train de démarrer ou de s’arrêter. Il sera prêt dans un instant.',
    causes: [
      'L’application a appelé meeting.startWhiteboard() ou meeting.stopWhiteboard() alors qu’une opération précédente sur le tableau blanc était encore en cours, la nouvelle demande a donc été refusée.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Désactivez les commandes du tableau blanc tant qu’un démarrage ou un arrêt est en attente, et attendez l’événement whiteboard-started ou whiteboard-stopped.',
      },
      {
        by: 'user',
        text: 'Patientez un instant, le temps que le tableau blanc termine.',
      },
    ],
  },
};
