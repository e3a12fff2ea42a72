import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'pubsub'> = {
  'pubsub-publish-failed': {
    title: 'Échec de la publication PubSub',
    userTitle: 'Message non envoyé',
    description: 'Impossible de publier le message dans le sujet PubSub. Réessayez.',
    userMessage:
      'Votre message n’a pas été envoyé. Vérifiez votre connexion Internet, puis réessayez.',
    causes: [
      'La demande de publication envoyée par meeting.pubSub.publish() a expiré, ou le serveur a renvoyé une erreur.',
      'Le message d’erreur indique si le délai a expiré, ou donne la raison du serveur.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez le message d’erreur pour distinguer un délai expiré d’une erreur du serveur.',
      },
      {
        by: 'app',
        text: 'Conservez le message non envoyé dans l’interface et laissez l’utilisateur le renvoyer.',
      },
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis réessayez.',
      },
    ],
  },
  'pubsub-subscribe-failed': {
    title: 'Échec de l’abonnement PubSub',
    userTitle: 'Messages non chargés',
    description: 'Impossible de s’abonner au sujet PubSub. Réessayez.',
    userMessage:
      'Les nouveaux messages risquent de ne pas s’afficher. Vérifiez votre connexion Internet, puis rechargez la page.',
    causes: [
      'La demande d’abonnement envoyée par meeting.pubSub.subscribe() a expiré, ou le serveur a renvoyé une erreur.',
      'Le message d’erreur contient la raison, si une raison a été donnée.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez le message d’erreur pour distinguer un délai expiré d’une erreur du serveur.',
      },
      {
        by: 'app',
        text: 'Rappelez subscribe() une fois la connexion à la réunion stable.',
      },
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis rechargez la page.',
      },
    ],
    variants: {
      app: {
        userMessage:
          'Les nouveaux messages risquent de ne pas s’afficher. Vérifiez votre connexion Internet, puis quittez la réunion et rejoignez-la de nouveau.',
        fixes: [
          {
            by: 'app',
            text: 'Consultez le message d’erreur pour distinguer un délai expiré d’une erreur du serveur.',
          },
          {
            by: 'app',
            text: 'Rappelez subscribe() une fois la connexion à la réunion stable.',
          },
          {
            by: 'user',
            text: 'Vérifiez votre connexion Internet, puis quittez la réunion et rejoignez-la de nouveau.',
          },
        ],
      },
    },
  },
  'pubsub-unsubscribe-failed': {
    title: 'Échec du désabonnement PubSub',
    userTitle: 'Messages non arrêtés',
    description: 'Impossible de se désabonner du sujet PubSub. Réessayez.',
    userMessage:
      'Vous pouvez encore recevoir quelques messages ici. Aucune action n’est nécessaire.',
    causes: [
      'La demande de désabonnement envoyée par meeting.pubSub.unsubscribe() a expiré, ou le serveur a renvoyé une erreur.',
      'Le message d’erreur contient la raison, si une raison a été donnée.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez le message d’erreur pour distinguer un délai expiré d’une erreur du serveur.',
      },
      {
        by: 'app',
        text: 'Rappelez unsubscribe() avec le même objet d’écouteurs et ignorez en attendant les messages de ce sujet.',
      },
    ],
  },
};
