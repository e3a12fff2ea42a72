import type { CategoryTexts } from '../../types.js';

export const texts: CategoryTexts<'participant-control'> = {
  'disable-participant-mic-failed': {
    title: 'Microphone du participant non désactivé',
    userTitle: 'Échec de la demande pour le microphone',
    description: 'Impossible de désactiver le microphone du participant. Réessayez.',
    userMessage: 'La demande de couper le microphone de ce participant n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.disableMic() pour un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'disable-participant-webcam-failed': {
    title: 'Webcam du participant non désactivée',
    userTitle: 'Échec de la demande pour la caméra',
    description: 'Impossible de désactiver la webcam du participant. Réessayez.',
    userMessage: 'La demande de désactiver la caméra de ce participant n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.disableWebcam() pour un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'enable-participant-mic-failed': {
    title: 'Microphone du participant non activé',
    userTitle: 'Échec de la demande pour le microphone',
    description: 'Impossible d’activer le microphone du participant. Réessayez.',
    userMessage: 'La demande d’activer le microphone de ce participant n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.enableMic() pour un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'enable-participant-webcam-failed': {
    title: 'Webcam du participant non activée',
    userTitle: 'Échec de la demande pour la caméra',
    description: 'Impossible d’activer la webcam du participant. Réessayez.',
    userMessage: 'La demande d’activer la caméra de ce participant n’a pas abouti. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.enableWebcam() pour un participant distant, ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'pin-failed': {
    title: 'Échec de l’épinglage',
    userTitle: 'L’épinglage n’a pas fonctionné',
    description: 'Impossible d’épingler le participant. Réessayez.',
    userMessage: 'Ce participant n’a pas pu être épinglé. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.pin(), ou la demande a échoué sur le réseau.',
      'Le SDK rétablit l’état d’épinglage précédent lorsque le serveur refuse.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Mettez à jour la disposition à partir de l’événement pin-state-changed, et non à partir de la seule demande.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'remove-participant-failed': {
    title: 'Participant non retiré',
    userTitle: 'Impossible de retirer le participant',
    description: 'Impossible de retirer le participant. Réessayez.',
    userMessage: 'Ce participant n’a pas pu être retiré de la réunion. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.remove(), ou la demande a échoué sur le réseau.',
      'Le message d’erreur contient la raison donnée par le serveur, s’il en a donné une.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur. Si elle mentionne une autorisation, vérifiez les autorisations dans le jeton du participant local.',
      },
      {
        by: 'app',
        text: 'Gardez le participant dans la liste jusqu’à l’arrivée de l’événement participant-left.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
  'unpin-failed': {
    title: 'Échec du désépinglage',
    userTitle: 'Le désépinglage n’a pas fonctionné',
    description: 'Impossible de désépingler le participant. Réessayez.',
    userMessage: 'Ce participant n’a pas pu être désépinglé. Réessayez.',
    causes: [
      'Le serveur a rejeté la demande envoyée par participant.unpin(), ou la demande a échoué sur le réseau.',
      'Le SDK rétablit l’état d’épinglage précédent lorsque le serveur refuse.',
    ],
    fixes: [
      {
        by: 'app',
        text: 'Consultez la raison donnée par le serveur dans le message d’erreur.',
      },
      {
        by: 'app',
        text: 'Mettez à jour la disposition à partir de l’événement pin-state-changed, et non à partir de la seule demande.',
      },
      {
        by: 'user',
        text: 'Réessayez.',
      },
    ],
  },
};
