import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'data'> = {
  'file-fetch-failed': {
    title: 'Échec de la récupération du fichier',
    userTitle: 'Impossible de charger le fichier',
    description: 'Impossible de récupérer le fichier. Réessayez.',
    userMessage:
      'Nous n’avons pas pu charger le fichier. Vérifiez votre connexion Internet, puis réessayez.',
    causes: [
      'La demande HTTPS envoyée par fetchBase64File() a échoué, ou le serveur a répondu avec un statut d’erreur.',
      'Le message d’erreur contient le statut HTTP et le texte du serveur lorsqu’il en a renvoyé un.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Consultez le statut HTTP et la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Vérifiez que l’URL est bien une URL renvoyée par uploadBase64File() et que le jeton est valide et non expiré.',
      },
    ],
  },
  'file-upload-failed': {
    title: 'Échec de l’envoi du fichier',
    userTitle: 'Impossible d’envoyer le fichier',
    description: 'Impossible d’envoyer le fichier. Réessayez.',
    userMessage:
      'Nous n’avons pas pu envoyer le fichier. Vérifiez votre connexion Internet, puis réessayez.',
    causes: [
      'La demande HTTPS envoyée par uploadBase64File() a échoué, le serveur a répondu avec un statut d’erreur, ou la réponse ne contenait aucune URL de fichier.',
      'Le message d’erreur contient le statut HTTP et le texte du serveur lorsqu’il en a renvoyé un.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Consultez le statut HTTP et la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Vérifiez que le jeton est valide et non expiré, et que les données et le nom du fichier sont corrects.',
      },
    ],
  },
  'payload-too-large': {
    title: 'Charge utile trop volumineuse',
    userTitle: 'Trop volumineux pour être envoyé',
    description: 'La charge utile dépasse la taille maximale autorisée.',
    userMessage:
      'Ce contenu est trop volumineux pour être envoyé. Raccourcissez-le, puis réessayez.',
    causes: [
      'Les données envoyées avec meeting.send() dépassent 15 Kio, ou une valeur destinée au Realtime Store dépasse 1 Ko. Le message d’erreur indique la taille.',
      'Le SDK rejette la méthode et n’émet pas d’erreur de réunion.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Raccourcissez le message, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Vérifiez la taille avant l’envoi et découpez les données volumineuses en messages plus petits.',
      },
      {
        by: 'app',
        text: 'Importez les fichiers avec uploadBase64File() et n’envoyez que l’URL renvoyée.',
      },
    ],
  },
  'send-failed': {
    title: 'Échec de l’envoi de données',
    userTitle: 'Message non envoyé',
    description: 'Impossible d’envoyer le message. Réessayez.',
    userMessage: 'Nous n’avons pas pu envoyer votre message. Réessayez.',
    causes: [
      'L’envoi de données à la réunion avec meeting.send() a échoué.',
      'Le message d’erreur contient la raison.',
    ],
    fixes: [
      {
        by: 'user',
        text: 'Vérifiez votre connexion Internet, puis réessayez.',
      },
      {
        by: 'app',
        text: 'Consultez la raison dans le message d’erreur et utilisez le mode RELIABLE pour les messages qui doivent arriver.',
      },
    ],
  },
};
