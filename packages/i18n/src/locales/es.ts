import type { LocaleMessages } from '../types.js';

/** Spanish (neutral international). */
export const messages: LocaleMessages = {
  locale: 'es',
  unknown: {
    title: 'Error desconocido',
    description:
      'El SDK informó el código de error {code}, que este catálogo aún no conoce. Es posible que una versión más reciente del SDK lo haya incorporado.',
    userMessage:
      'Algo salió mal (error {code}). Vuelve a intentarlo. Si el problema continúa, ponte en contacto con el soporte técnico.',
  },
  codes: {
    3001: {
      title: 'Pista de video personalizada finalizada',
      description:
        'La pista de video personalizada proporcionada se liberó y ahora está en estado finalizado. El SDK volvió a la pista de video predeterminada.',
      userMessage: 'Tu video volvió a la cámara predeterminada. Puedes continuar.',
    },
    3002: {
      title: 'Pista de audio personalizada finalizada',
      description:
        'La pista de audio personalizada proporcionada se liberó y ahora está en estado finalizado. El SDK volvió a la pista de audio predeterminada.',
      userMessage: 'Tu audio volvió al micrófono predeterminado. Puedes continuar.',
    },
    3003: {
      title: 'Cámara en uso',
      description:
        'Otra aplicación está usando la cámara. Cierra los programas que usen la cámara, como herramientas de videoconferencia, software de grabación de pantalla u otros navegadores; luego reinicia el navegador y vuelve a intentarlo.',
      userMessage:
        'Otra aplicación está usando tu cámara. Cierra otras aplicaciones de video o de grabación, reinicia el navegador y vuelve a intentarlo.',
    },
    3004: {
      title: 'Micrófono en uso',
      description:
        'Otra aplicación está usando el micrófono. Cierra los programas que usen el micrófono, como herramientas de videoconferencia, software de grabación de pantalla u otros navegadores; luego reinicia el navegador y vuelve a intentarlo.',
      userMessage:
        'Otra aplicación está usando tu micrófono. Cierra otras aplicaciones de llamadas o de grabación, reinicia el navegador y vuelve a intentarlo.',
    },
    3005: {
      title: 'Cámara no disponible',
      description:
        'El acceso a la cámara no está disponible. Asegúrate de que el dispositivo sea compatible y de que la página se sirva a través de una conexión segura (https://).',
      userMessage:
        'No podemos acceder a tu cámara. Comprueba que tu dispositivo tenga una cámara que funcione y que la dirección de la página comience con https://.',
    },
    3006: {
      title: 'Micrófono no disponible',
      description:
        'El acceso al micrófono no está disponible. Asegúrate de que el dispositivo sea compatible y de que la página se sirva a través de una conexión segura (https://).',
      userMessage:
        'No podemos acceder a tu micrófono. Comprueba que tu dispositivo tenga un micrófono que funcione y que la dirección de la página comience con https://.',
    },
    3007: {
      title: 'Acceso a la cámara denegado',
      description:
        'El acceso a la cámara se denegó o se descartó. Para continuar, concede el acceso manualmente en la configuración del dispositivo o del navegador.',
      userMessage:
        'El acceso a la cámara está desactivado. Permite el uso de la cámara en la configuración del navegador o del dispositivo.',
    },
    3008: {
      title: 'Acceso al micrófono denegado',
      description:
        'El acceso al micrófono se denegó o se descartó. Para continuar, concede el acceso en la configuración del dispositivo o del navegador.',
      userMessage:
        'El acceso al micrófono está desactivado. Permite el uso del micrófono en la configuración del navegador o del dispositivo.',
    },
    3009: {
      title: 'Cámara bloqueada por el sistema',
      description:
        'La configuración del sistema operativo deniega el permiso de la cámara. Revisa la configuración del sistema y concede el permiso a este navegador.',
      userMessage:
        'La configuración de tu equipo bloquea la cámara. Abre la configuración de privacidad del sistema y permite que este navegador la use.',
    },
    3010: {
      title: 'Micrófono bloqueado por el sistema',
      description:
        'La configuración del sistema operativo deniega el permiso del micrófono. Revisa la configuración del sistema y concede el permiso a este navegador.',
      userMessage:
        'La configuración de tu equipo bloquea el micrófono. Abre la configuración de privacidad del sistema y permite que este navegador lo use.',
    },
    3011: {
      title: 'No se pudo iniciar la cámara',
      description: 'Se produjo un error y no se pudo habilitar la cámara. Vuelve a intentarlo.',
      userMessage: 'Tu cámara no se inició. Vuelve a intentarlo.',
    },
    3012: {
      title: 'No se pudo iniciar el micrófono',
      description: 'Se produjo un error y no se pudo habilitar el micrófono. Vuelve a intentarlo.',
      userMessage: 'Tu micrófono no se inició. Vuelve a intentarlo.',
    },
    3013: {
      title: 'No se pudo compartir la pantalla',
      description:
        'Se produjo un error y no se pudo habilitar el uso compartido de pantalla. Vuelve a intentarlo.',
      userMessage: 'No se pudo empezar a compartir la pantalla. Vuelve a intentarlo.',
    },
    3014: {
      title: 'Permiso para compartir pantalla denegado',
      description:
        'Se denegó el permiso para compartir la pantalla. Vuelve a intentarlo y concede los permisos necesarios para habilitar el uso compartido de pantalla.',
      userMessage:
        'Para compartir la pantalla se necesita tu permiso. Vuelve a intentarlo y permítelo cuando se te solicite.',
    },
    3015: {
      title: 'Uso compartido de pantalla no compatible',
      description:
        'El uso compartido de pantalla no es compatible: no se pudo crear ningún flujo de pantalla compartida. Asegúrate de que el dispositivo y el navegador sean compatibles.',
      userMessage:
        'Compartir la pantalla no está disponible en este dispositivo o navegador. Prueba con otro navegador u otro dispositivo.',
    },
    3016: {
      title: 'Error del servicio en primer plano',
      description:
        'Se produjo un error al iniciar el servicio en primer plano, por lo que no se pudo habilitar el uso compartido de pantalla. Vuelve a intentarlo.',
      userMessage:
        'No se pudo empezar a compartir la pantalla en este dispositivo. Vuelve a intentarlo.',
    },
    3017: {
      title: 'No se creó la pista de video',
      description: 'Se produjo un error al crear la pista de video. Vuelve a intentarlo.',
      userMessage: 'No se pudo iniciar tu video. Vuelve a intentarlo.',
    },
    3018: {
      title: 'No se creó la pista de audio',
      description: 'Se produjo un error al crear la pista de audio. Vuelve a intentarlo.',
      userMessage: 'No se pudo iniciar tu audio. Vuelve a intentarlo.',
    },
    3019: {
      title: 'Cámara no compatible',
      description:
        'La cámara no puede producir video: no se pudo crear ningún flujo de video. Asegúrate de que el dispositivo sea compatible.',
      userMessage: 'Tu cámara no está enviando video. Prueba con otra cámara u otro dispositivo.',
    },
    3020: {
      title: 'Micrófono no compatible',
      description:
        'El micrófono no puede producir audio: no se pudo crear ningún flujo de audio. Asegúrate de que el dispositivo sea compatible.',
      userMessage:
        'Tu micrófono no está enviando sonido. Prueba con otro micrófono u otro dispositivo.',
    },
    3021: {
      title: 'No se pudo cambiar el modo',
      description:
        'Se produjo un error y no se pudo cambiar el modo de la reunión. Vuelve a intentarlo.',
      userMessage: 'No pudimos cambiar el modo de tu reunión. Vuelve a intentarlo.',
    },
    3022: {
      title: 'Acción antes de unirse',
      description:
        'La sala aún se estaba conectando cuando se intentó realizar una acción, y la acción falló. Vuelve a intentarlo después de unirte a la reunión.',
      userMessage: 'Todavía no estás en la reunión. Espera a haberte unido y vuelve a intentarlo.',
    },
    3023: {
      title: 'No se pudo unir a la reunión',
      description: 'Se produjo un error y no fue posible unirse a la reunión. Vuelve a intentarlo.',
      userMessage: 'No pudimos conectarte a la reunión. Vuelve a intentarlo.',
    },
    4001: {
      title: 'Clave de API no válida',
      description:
        'La clave de API incluida en el token está vacía o no es válida. Verifícala en el panel de control.',
      userMessage:
        'Esta aplicación de reuniones no está configurada correctamente, por lo que no puedes unirte en este momento. Ponte en contacto con el equipo de soporte de la aplicación.',
    },
    4002: {
      title: 'Token no válido',
      description: 'El token está vacío, no es válido o puede haber expirado.',
      userMessage:
        'Tu sesión expiró o no es válida. Vuelve a cargar la página o inicia sesión de nuevo.',
    },
    4003: {
      title: 'ID de reunión no válido',
      description:
        'El ID de reunión está vacío o no es válido. Verifícalo o genera un nuevo ID de reunión con la API.',
      userMessage:
        'Este enlace de la reunión no funciona. Revisa el enlace o pide uno nuevo al anfitrión.',
    },
    4004: {
      title: 'ID de participante no válido',
      description:
        'El ID de participante está vacío o no es válido. No debe contener espacios en blanco.',
      userMessage:
        'No pudimos identificarte en esta reunión. Vuelve a cargar la página y únete de nuevo.',
    },
    4005: {
      title: 'Conexión desde otro dispositivo',
      description:
        'Se abandona la reunión porque el mismo ID de participante se unió desde otro dispositivo.',
      userMessage:
        'Te uniste a esta reunión desde otro dispositivo u otra pestaña, así que saliste de ella aquí.',
    },
    4006: {
      title: 'Cuenta desactivada',
      description:
        'Al parecer, VideoSDK desactivó la cuenta. Ponte en contacto con {supportContact}.',
      userMessage:
        'Las reuniones no están disponibles para este servicio en este momento. Ponte en contacto con {supportContact}.',
    },
    4007: {
      title: 'Cuenta dada de baja',
      description: 'La cuenta se dio de baja. El servidor responde con un mensaje específico.',
      userMessage:
        'Las reuniones no están disponibles para este servicio en este momento. Ponte en contacto con el soporte técnico.',
    },
    4008: {
      title: 'Permisos no válidos',
      description:
        'Los permisos incluidos en el token no son válidos. No combines allow_join ni allow_mod con ask_join.',
      userMessage:
        'Esta aplicación de reuniones no está configurada correctamente, por lo que no puedes unirte en este momento. Ponte en contacto con el equipo de soporte de la aplicación.',
    },
    4009: {
      title: 'Reunión llena',
      description:
        'La reunión alcanzó el número máximo de participantes. Para aumentar el límite, ponte en contacto con {supportContact}.',
      userMessage:
        'Esta reunión está llena. Vuelve a intentarlo más tarde o pide ayuda al anfitrión.',
    },
    4010: {
      title: 'Límite de oradores alcanzado',
      description:
        'La reunión alcanzó el número máximo de oradores. Para aumentar el límite, ponte en contacto con {supportContact}.',
      userMessage:
        'Esta reunión ya tiene el número máximo de oradores. Vuelve a intentarlo más tarde o pide ayuda al anfitrión.',
    },
    4011: {
      title: 'No se inició la grabación',
      description: 'La solicitud para iniciar la grabación falló debido a un error desconocido.',
      userMessage: 'La grabación no se inició. Vuelve a intentarlo.',
    },
    4012: {
      title: 'No se detuvo la grabación',
      description: 'La solicitud para detener la grabación falló debido a un error desconocido.',
      userMessage: 'La grabación no se detuvo. Vuelve a intentarlo.',
    },
    4013: {
      title: 'No se inició la transmisión en vivo',
      description:
        'La solicitud para iniciar la transmisión en vivo falló debido a un error desconocido.',
      userMessage: 'La transmisión en vivo no se inició. Vuelve a intentarlo.',
    },
    4014: {
      title: 'No se detuvo la transmisión en vivo',
      description:
        'La solicitud para detener la transmisión en vivo falló debido a un error desconocido.',
      userMessage: 'La transmisión en vivo no se detuvo. Vuelve a intentarlo.',
    },
    4015: {
      title: 'Configuración de transmisión en vivo no válida',
      description:
        'La configuración de salidas (outputs) proporcionada para la transmisión en vivo no es válida.',
      userMessage:
        'La configuración de la transmisión en vivo no es válida. Revisa la dirección y la clave de transmisión y vuelve a intentarlo.',
    },
    4016: {
      title: 'No se inició HLS',
      description: 'La solicitud para iniciar HLS falló debido a un error desconocido.',
      userMessage: 'La difusión no se inició. Vuelve a intentarlo.',
    },
    4017: {
      title: 'No se detuvo HLS',
      description: 'La solicitud para detener HLS falló debido a un error desconocido.',
      userMessage: 'La difusión no se detuvo. Vuelve a intentarlo.',
    },
    4018: {
      title: 'Grabación anterior aún en proceso',
      description:
        'La sesión de grabación anterior aún se está procesando. Vuelve a intentarlo en unos segundos.',
      userMessage:
        'La última grabación todavía se está guardando. Vuelve a intentarlo en unos segundos.',
    },
    4019: {
      title: 'Transmisión en vivo anterior aún en proceso',
      description:
        'La sesión anterior de transmisión en vivo RTMP aún se está procesando. Vuelve a intentarlo en unos segundos.',
      userMessage:
        'La última transmisión en vivo todavía se está finalizando. Vuelve a intentarlo en unos segundos.',
    },
    4020: {
      title: 'Transmisión HLS anterior aún en proceso',
      description:
        'La sesión anterior de transmisión HLS aún se está procesando. Vuelve a intentarlo en unos segundos.',
      userMessage:
        'La última difusión todavía se está finalizando. Vuelve a intentarlo en unos segundos.',
    },
    4021: {
      title: 'Servicios complementarios desactivados',
      description:
        'Los servicios complementarios están desactivados para la cuenta. Ponte en contacto con {supportContact}.',
      userMessage:
        'Esta función no está disponible para este servicio. Ponte en contacto con {supportContact}.',
    },
    4022: {
      title: 'Token no válido para esta reunión',
      description: 'El token no es válido para el ID de reunión proporcionado.',
      userMessage:
        'Tu acceso no incluye esta reunión. Revisa el enlace o pide una nueva invitación al anfitrión.',
    },
    4023: {
      title: 'Token no válido para este participante',
      description: 'El token no es válido para el ID de participante proporcionado.',
      userMessage:
        'Tu acceso no coincide con tu identidad en esta reunión. Vuelve a cargar la página y únete de nuevo.',
    },
    4024: {
      title: 'Rol no permitido',
      description: 'El rol incluido en el token no es válido para unirse a la reunión.',
      userMessage: 'Tu rol no te permite unirte a esta reunión. Pide acceso al anfitrión.',
    },
    4025: {
      title: 'Solicitud no permitida',
      description: 'La solicitud no coincide con la configuración de seguridad.',
      userMessage:
        'La configuración de seguridad de la reunión no permite esta solicitud. Ponte en contacto con el equipo de soporte de la aplicación.',
    },
    4026: {
      title: 'Límite de oradores de la organización alcanzado',
      description:
        'La organización alcanzó su número máximo de oradores. Para aumentar el límite, ponte en contacto con {supportContact}.',
      userMessage: 'En este momento hay demasiados oradores. Vuelve a intentarlo más tarde.',
    },
    4027: {
      title: 'Límite de espectadores de la organización alcanzado',
      description:
        'La organización alcanzó su número máximo de espectadores. Para aumentar el límite, ponte en contacto con {supportContact}.',
      userMessage: 'En este momento hay demasiados espectadores. Vuelve a intentarlo más tarde.',
    },
    4028: {
      title: 'Límite de grabaciones de la organización alcanzado',
      description:
        'La organización alcanzó su número máximo de grabaciones. Para aumentar el límite, ponte en contacto con {supportContact}.',
      userMessage:
        'La grabación no está disponible en este momento porque se alcanzó un límite. Vuelve a intentarlo más tarde.',
    },
    4029: {
      title: 'Límite de HLS de la organización alcanzado',
      description:
        'La organización alcanzó su número máximo de transmisiones HLS. Para aumentar el límite, ponte en contacto con {supportContact}.',
      userMessage:
        'La difusión no está disponible en este momento porque se alcanzó un límite. Vuelve a intentarlo más tarde.',
    },
    4030: {
      title: 'Límite de transmisiones en vivo de la organización alcanzado',
      description:
        'La organización alcanzó su número máximo de transmisiones en vivo. Para aumentar el límite, ponte en contacto con {supportContact}.',
      userMessage:
        'La transmisión en vivo no está disponible en este momento porque se alcanzó un límite. Vuelve a intentarlo más tarde.',
    },
    4031: {
      title: 'No se inició la transcripción',
      description:
        'La solicitud para iniciar la transcripción falló debido a un error desconocido.',
      userMessage: 'La transcripción no se inició. Vuelve a intentarlo.',
    },
    4032: {
      title: 'No se detuvo la transcripción',
      description:
        'La solicitud para detener la transcripción falló debido a un error desconocido.',
      userMessage: 'La transcripción no se detuvo. Vuelve a intentarlo.',
    },
    4035: {
      title: 'No se inició la grabación del participante',
      description:
        'La solicitud para iniciar la grabación del participante falló debido a un error desconocido.',
      userMessage: 'La grabación de este participante no se inició. Vuelve a intentarlo.',
    },
    4036: {
      title: 'No se detuvo la grabación del participante',
      description:
        'La solicitud para detener la grabación del participante falló debido a un error desconocido.',
      userMessage: 'La grabación de este participante no se detuvo. Vuelve a intentarlo.',
    },
    4037: {
      title: 'No se inició la grabación de pistas',
      description:
        'La solicitud para iniciar la grabación de pistas falló debido a un error desconocido.',
      userMessage: 'La grabación de esta pista de audio o video no se inició. Vuelve a intentarlo.',
    },
    4038: {
      title: 'No se detuvo la grabación de pistas',
      description:
        'La solicitud para detener la grabación de pistas falló debido a un error desconocido.',
      userMessage: 'La grabación de esta pista de audio o video no se detuvo. Vuelve a intentarlo.',
    },
    5001: {
      title: 'Grabación detenida',
      description: 'La grabación se detuvo debido a un error desconocido.',
      userMessage: 'La grabación se detuvo de forma inesperada. Puedes volver a iniciarla.',
    },
    5002: {
      title: 'Transmisión en vivo detenida',
      description: 'La transmisión en vivo se detuvo debido a un error desconocido.',
      userMessage:
        'La transmisión en vivo se detuvo de forma inesperada. Puedes volver a iniciarla.',
    },
    5003: {
      title: 'HLS detenido',
      description: 'HLS se detuvo debido a un error desconocido.',
      userMessage: 'La difusión se detuvo de forma inesperada. Puedes volver a iniciarla.',
    },
    5004: {
      title: 'Límite de duración de la grabación alcanzado',
      description:
        'El sistema detuvo la grabación automáticamente porque alcanzó la duración máxima de 2 horas para una sola grabación.',
      userMessage:
        'La grabación se detuvo al cumplir 2 horas, la duración máxima de una grabación. Inicia una nueva para seguir grabando.',
    },
    5005: {
      title: 'Límite de duración de la transmisión en vivo alcanzado',
      description:
        'El sistema detuvo la transmisión en vivo automáticamente porque alcanzó la duración máxima de 2 horas para una sola transmisión RTMP.',
      userMessage:
        'La transmisión en vivo se detuvo al cumplir 2 horas, la duración máxima de una transmisión. Inicia una nueva para seguir transmitiendo.',
    },
    5006: {
      title: 'Límite de duración de HLS alcanzado',
      description:
        'El sistema detuvo HLS automáticamente porque alcanzó la duración máxima de 2 horas para una sola transmisión HLS.',
      userMessage:
        'La difusión se detuvo al cumplir 2 horas, su duración máxima. Inicia una nueva para seguir difundiendo.',
    },
    5007: {
      title: 'Transcripción detenida',
      description: 'La transcripción se detuvo debido a un error desconocido.',
      userMessage: 'La transcripción se detuvo de forma inesperada. Puedes volver a iniciarla.',
    },
    5012: {
      title: 'Grabación del participante detenida',
      description: 'La grabación del participante se detuvo debido a un error desconocido.',
      userMessage:
        'La grabación de este participante se detuvo de forma inesperada. Puedes volver a iniciarla.',
    },
    5013: {
      title: 'Grabación de pistas detenida',
      description: 'La grabación de pistas se detuvo debido a un error desconocido.',
      userMessage:
        'La grabación de esta pista de audio o video se detuvo de forma inesperada. Puedes volver a iniciarla.',
    },
  },
};
