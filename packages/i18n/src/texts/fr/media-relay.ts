import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'media-relay'> = {
  'request-media-relay-failed': {
    title: 'Échec de la demande de relais média',
    userTitle: 'Envoi vers l’autre réunion impossible',
    description: 'Impossible de demander le relais média. Réessayez.',
    userMessage:
      'Votre audio et votre vidéo n’ont pas pu être envoyés à l’autre réunion. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.requestMediaRelay() pour demander un relais média, ou la demande a échoué sur le réseau.',
      'Consultez la raison donnée par le serveur dans le message d’erreur, par exemple au sujet de la réunion de destination ou de son jeton.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Vérifiez l’ID de la réunion de destination et le jeton que vous transmettez pour cette réunion.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'respond-media-relay-request-failed': {
    title: 'Échec de la réponse au relais média',
    userTitle: 'Réponse non envoyée',
    description: 'Impossible de répondre à la demande de relais média. Réessayez.',
    userMessage: 'Votre réponse à la demande de l’autre réunion n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la réponse envoyée par accept() ou reject() de l’événement media-relay-request-received, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Laissez la demande de relais affichée à l’écran pour que l’organisateur puisse y répondre de nouveau.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'stop-media-relay-failed': {
    title: 'Le relais média ne s’est pas arrêté',
    userTitle: 'Envoi vers l’autre réunion toujours actif',
    description: 'Impossible d’arrêter le relais média. Réessayez.',
    userMessage: 'Votre audio et votre vidéo sont toujours envoyés à l’autre réunion. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par meeting.stopMediaRelay() pour arrêter le relais média, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur et vérifiez l’ID de la réunion de destination que vous avez transmis.',
      },
      {
        by: 'app',
        text: 'Continuez d’afficher le relais comme actif jusqu’à l’arrivée de l’événement media-relay-stopped.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
};
