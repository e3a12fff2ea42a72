import type { LocaleMessages } from '../types.js';

/** German. */
export const messages: LocaleMessages = {
  locale: 'de',
  unknown: {
    title: 'Unbekannter Fehler',
    description:
      'Das SDK hat den Fehlercode {code} gemeldet, den dieser Katalog noch nicht kennt. Möglicherweise wurde er in einer neueren SDK-Version hinzugefügt.',
    userMessage:
      'Etwas ist schiefgelaufen (Fehler {code}). Bitte versuchen Sie es erneut. Wenn das Problem weiterhin auftritt, wenden Sie sich an den Support.',
  },
  codes: {
    3001: {
      title: 'Benutzerdefinierte Videospur beendet',
      description:
        'Die bereitgestellte benutzerdefinierte Videospur wurde freigegeben und befindet sich jetzt im beendeten Zustand. Das SDK ist zur Standard-Videospur zurückgekehrt.',
      userMessage:
        'Ihr Video verwendet wieder die Standardkamera. Sie können einfach weitermachen.',
    },
    3002: {
      title: 'Benutzerdefinierte Audiospur beendet',
      description:
        'Die bereitgestellte benutzerdefinierte Audiospur wurde freigegeben und befindet sich jetzt im beendeten Zustand. Das SDK ist zur Standard-Audiospur zurückgekehrt.',
      userMessage:
        'Ihr Audio verwendet wieder das Standardmikrofon. Sie können einfach weitermachen.',
    },
    3003: {
      title: 'Kamera wird bereits verwendet',
      description:
        'Die Kamera wird von einer anderen Anwendung verwendet. Schließen Sie alle Programme, die die Kamera nutzen, etwa Videokonferenz-Tools, Bildschirmaufnahme-Software oder andere Browser. Starten Sie dann den Browser neu und versuchen Sie es erneut.',
      userMessage:
        'Ihre Kamera wird gerade von einer anderen App verwendet. Schließen Sie andere Video- oder Aufnahme-Apps, starten Sie Ihren Browser neu und versuchen Sie es erneut.',
    },
    3004: {
      title: 'Mikrofon wird bereits verwendet',
      description:
        'Das Mikrofon wird von einer anderen Anwendung verwendet. Schließen Sie alle Programme, die das Mikrofon nutzen, etwa Videokonferenz-Tools, Bildschirmaufnahme-Software oder andere Browser. Starten Sie dann den Browser neu und versuchen Sie es erneut.',
      userMessage:
        'Ihr Mikrofon wird gerade von einer anderen App verwendet. Schließen Sie andere Anruf- oder Aufnahme-Apps, starten Sie Ihren Browser neu und versuchen Sie es erneut.',
    },
    3005: {
      title: 'Kamera nicht verfügbar',
      description:
        'Der Kamerazugriff ist nicht verfügbar. Stellen Sie sicher, dass das Gerät kompatibel ist und die Seite über eine sichere Verbindung (https://) bereitgestellt wird.',
      userMessage:
        'Wir können nicht auf Ihre Kamera zugreifen. Prüfen Sie, ob Ihr Gerät eine funktionierende Kamera hat und die Adresse der Seite mit https:// beginnt.',
    },
    3006: {
      title: 'Mikrofon nicht verfügbar',
      description:
        'Der Mikrofonzugriff ist nicht verfügbar. Stellen Sie sicher, dass das Gerät kompatibel ist und die Seite über eine sichere Verbindung (https://) bereitgestellt wird.',
      userMessage:
        'Wir können nicht auf Ihr Mikrofon zugreifen. Prüfen Sie, ob Ihr Gerät ein funktionierendes Mikrofon hat und die Adresse der Seite mit https:// beginnt.',
    },
    3007: {
      title: 'Kamerazugriff verweigert',
      description:
        'Der Kamerazugriff wurde verweigert oder die Anfrage wurde geschlossen. Erteilen Sie den Zugriff manuell in den Geräte- oder Browsereinstellungen, um fortzufahren.',
      userMessage:
        'Der Kamerazugriff ist deaktiviert. Erlauben Sie die Kamera in den Einstellungen Ihres Browsers oder Geräts.',
    },
    3008: {
      title: 'Mikrofonzugriff verweigert',
      description:
        'Der Mikrofonzugriff wurde verweigert oder die Anfrage wurde geschlossen. Erteilen Sie den Zugriff in den Geräte- oder Browsereinstellungen, um fortzufahren.',
      userMessage:
        'Der Mikrofonzugriff ist deaktiviert. Erlauben Sie das Mikrofon in den Einstellungen Ihres Browsers oder Geräts.',
    },
    3009: {
      title: 'Kamera vom System blockiert',
      description:
        'Die Einstellungen des Betriebssystems verweigern die Kameraberechtigung. Prüfen Sie die Systemeinstellungen und erteilen Sie diesem Browser die Berechtigung.',
      userMessage:
        'Die Einstellungen Ihres Computers blockieren die Kamera. Öffnen Sie die Datenschutzeinstellungen des Systems und erlauben Sie diesem Browser, sie zu verwenden.',
    },
    3010: {
      title: 'Mikrofon vom System blockiert',
      description:
        'Die Einstellungen des Betriebssystems verweigern die Mikrofonberechtigung. Prüfen Sie die Systemeinstellungen und erteilen Sie diesem Browser die Berechtigung.',
      userMessage:
        'Die Einstellungen Ihres Computers blockieren das Mikrofon. Öffnen Sie die Datenschutzeinstellungen des Systems und erlauben Sie diesem Browser, es zu verwenden.',
    },
    3011: {
      title: 'Kamera konnte nicht starten',
      description:
        'Etwas ist schiefgelaufen, und die Kamera konnte nicht aktiviert werden. Versuchen Sie es erneut.',
      userMessage: 'Ihre Kamera wurde nicht gestartet. Bitte versuchen Sie es erneut.',
    },
    3012: {
      title: 'Mikrofon konnte nicht starten',
      description:
        'Etwas ist schiefgelaufen, und das Mikrofon konnte nicht aktiviert werden. Versuchen Sie es erneut.',
      userMessage: 'Ihr Mikrofon wurde nicht gestartet. Bitte versuchen Sie es erneut.',
    },
    3013: {
      title: 'Bildschirmfreigabe konnte nicht starten',
      description:
        'Etwas ist schiefgelaufen, und die Bildschirmfreigabe konnte nicht aktiviert werden. Versuchen Sie es erneut.',
      userMessage: 'Die Bildschirmfreigabe wurde nicht gestartet. Bitte versuchen Sie es erneut.',
    },
    3014: {
      title: 'Berechtigung für Bildschirmfreigabe verweigert',
      description:
        'Die Berechtigung zur Bildschirmfreigabe wurde verweigert. Versuchen Sie es erneut und erteilen Sie die erforderlichen Berechtigungen, um die Bildschirmfreigabe zu aktivieren.',
      userMessage:
        'Für die Bildschirmfreigabe ist Ihre Erlaubnis nötig. Versuchen Sie es erneut und erlauben Sie die Freigabe, wenn Sie dazu aufgefordert werden.',
    },
    3015: {
      title: 'Bildschirmfreigabe nicht unterstützt',
      description:
        'Die Bildschirmfreigabe wird nicht unterstützt: Es konnte kein Stream für die Bildschirmfreigabe erstellt werden. Stellen Sie sicher, dass Gerät und Browser kompatibel sind.',
      userMessage:
        'Die Bildschirmfreigabe ist auf diesem Gerät oder in diesem Browser nicht verfügbar. Versuchen Sie es mit einem anderen Browser oder Gerät.',
    },
    3016: {
      title: 'Vordergrunddienst fehlgeschlagen',
      description:
        'Beim Starten des Vordergrunddienstes ist ein Fehler aufgetreten, daher konnte die Bildschirmfreigabe nicht aktiviert werden. Versuchen Sie es erneut.',
      userMessage:
        'Die Bildschirmfreigabe konnte auf diesem Gerät nicht starten. Bitte versuchen Sie es erneut.',
    },
    3017: {
      title: 'Videospur nicht erstellt',
      description:
        'Beim Erstellen der Videospur ist ein Fehler aufgetreten. Versuchen Sie es erneut.',
      userMessage: 'Ihr Video konnte nicht starten. Bitte versuchen Sie es erneut.',
    },
    3018: {
      title: 'Audiospur nicht erstellt',
      description:
        'Beim Erstellen der Audiospur ist ein Fehler aufgetreten. Versuchen Sie es erneut.',
      userMessage: 'Ihr Audio konnte nicht starten. Bitte versuchen Sie es erneut.',
    },
    3019: {
      title: 'Kamera nicht kompatibel',
      description:
        'Die Kamera kann kein Video erzeugen: Es konnte kein Videostream erstellt werden. Stellen Sie sicher, dass das Gerät kompatibel ist.',
      userMessage:
        'Ihre Kamera sendet kein Bild. Versuchen Sie es mit einer anderen Kamera oder einem anderen Gerät.',
    },
    3020: {
      title: 'Mikrofon nicht kompatibel',
      description:
        'Das Mikrofon kann kein Audio erzeugen: Es konnte kein Audiostream erstellt werden. Stellen Sie sicher, dass das Gerät kompatibel ist.',
      userMessage:
        'Ihr Mikrofon sendet keinen Ton. Versuchen Sie es mit einem anderen Mikrofon oder Gerät.',
    },
    3021: {
      title: 'Modus konnte nicht geändert werden',
      description:
        'Etwas ist schiefgelaufen, und der Meeting-Modus konnte nicht geändert werden. Versuchen Sie es erneut.',
      userMessage: 'Wir konnten Ihren Meeting-Modus nicht ändern. Bitte versuchen Sie es erneut.',
    },
    3022: {
      title: 'Aktion vor dem Beitritt',
      description:
        'Der Raum befand sich noch im Verbindungsaufbau, als eine Aktion versucht wurde, und die Aktion ist fehlgeschlagen. Versuchen Sie es erneut, nachdem Sie dem Meeting beigetreten sind.',
      userMessage:
        'Sie sind dem Meeting noch nicht beigetreten. Warten Sie, bis Sie beigetreten sind, und versuchen Sie es dann erneut.',
    },
    3023: {
      title: 'Beitritt zum Meeting fehlgeschlagen',
      description:
        'Etwas ist schiefgelaufen, und dem Meeting konnte nicht beigetreten werden. Versuchen Sie es erneut.',
      userMessage: 'Wir konnten Sie nicht in das Meeting bringen. Bitte versuchen Sie es erneut.',
    },
    4001: {
      title: 'Ungültiger API-Schlüssel',
      description:
        'Der im Token angegebene API-Schlüssel ist leer oder ungültig. Überprüfen Sie ihn im Dashboard.',
      userMessage:
        'Diese Meeting-App ist nicht richtig eingerichtet, daher können Sie gerade nicht teilnehmen. Bitte wenden Sie sich an das Support-Team der App.',
    },
    4002: {
      title: 'Ungültiges Token',
      description: 'Das Token ist leer oder ungültig oder möglicherweise abgelaufen.',
      userMessage:
        'Ihre Sitzung ist abgelaufen oder ungültig. Laden Sie die Seite neu oder melden Sie sich erneut an.',
    },
    4003: {
      title: 'Ungültige Meeting-ID',
      description:
        'Die Meeting-ID ist leer oder ungültig. Überprüfen Sie sie oder erzeugen Sie über die API eine neue Meeting-ID.',
      userMessage:
        'Dieser Meeting-Link funktioniert nicht. Prüfen Sie den Link oder bitten Sie den Organisator um einen neuen.',
    },
    4004: {
      title: 'Ungültige Teilnehmer-ID',
      description:
        'Die Teilnehmer-ID ist leer oder ungültig. Sie darf keine Leerzeichen enthalten.',
      userMessage:
        'Wir konnten Sie für dieses Meeting nicht identifizieren. Laden Sie die Seite neu und treten Sie erneut bei.',
    },
    4005: {
      title: 'Von einem anderen Gerät beigetreten',
      description:
        'Das Meeting wird verlassen, weil dieselbe Teilnehmer-ID von einem anderen Gerät aus beigetreten ist.',
      userMessage:
        'Sie sind diesem Meeting über ein anderes Gerät oder einen anderen Tab beigetreten, daher haben Sie es hier verlassen.',
    },
    4006: {
      title: 'Konto deaktiviert',
      description:
        'Das Konto wurde offenbar von VideoSDK deaktiviert. Wenden Sie sich an {supportContact}.',
      userMessage:
        'Meetings sind für diesen Dienst derzeit nicht verfügbar. Bitte wenden Sie sich an {supportContact}.',
    },
    4007: {
      title: 'Konto stillgelegt',
      description:
        'Das Konto wurde stillgelegt. Der Server antwortet mit einer spezifischen Meldung.',
      userMessage:
        'Meetings sind für diesen Dienst derzeit nicht verfügbar. Bitte wenden Sie sich an den Support.',
    },
    4008: {
      title: 'Ungültige Berechtigungen',
      description:
        'Die im Token angegebenen Berechtigungen sind ungültig. Kombinieren Sie allow_join oder allow_mod nicht mit ask_join.',
      userMessage:
        'Diese Meeting-App ist nicht richtig eingerichtet, daher können Sie gerade nicht teilnehmen. Bitte wenden Sie sich an das Support-Team der App.',
    },
    4009: {
      title: 'Meeting ist voll',
      description:
        'Das Meeting hat die maximale Teilnehmerzahl erreicht. Wenden Sie sich an {supportContact}, um das Limit zu erhöhen.',
      userMessage:
        'Dieses Meeting ist voll. Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
    },
    4010: {
      title: 'Sprecherlimit erreicht',
      description:
        'Das Meeting hat die maximale Anzahl an Sprechern erreicht. Wenden Sie sich an {supportContact}, um das Limit zu erhöhen.',
      userMessage:
        'In diesem Meeting sind bereits so viele Sprecher wie möglich. Versuchen Sie es später erneut oder bitten Sie den Organisator um Hilfe.',
    },
    4011: {
      title: 'Aufzeichnung nicht gestartet',
      description:
        'Die Anfrage zum Starten der Aufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage: 'Die Aufzeichnung wurde nicht gestartet. Bitte versuchen Sie es erneut.',
    },
    4012: {
      title: 'Aufzeichnung nicht beendet',
      description:
        'Die Anfrage zum Beenden der Aufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage: 'Die Aufzeichnung wurde nicht beendet. Bitte versuchen Sie es erneut.',
    },
    4013: {
      title: 'Livestream nicht gestartet',
      description:
        'Die Anfrage zum Starten des Livestreams ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage: 'Der Livestream wurde nicht gestartet. Bitte versuchen Sie es erneut.',
    },
    4014: {
      title: 'Livestream nicht beendet',
      description:
        'Die Anfrage zum Beenden des Livestreams ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage: 'Der Livestream wurde nicht beendet. Bitte versuchen Sie es erneut.',
    },
    4015: {
      title: 'Ungültige Livestream-Einstellungen',
      description: 'Die angegebene Konfiguration der Livestream-Ausgaben (outputs) ist ungültig.',
      userMessage:
        'Die Livestream-Einstellungen sind ungültig. Prüfen Sie die Stream-Adresse und den Stream-Schlüssel und versuchen Sie es dann erneut.',
    },
    4016: {
      title: 'HLS nicht gestartet',
      description:
        'Die Anfrage zum Starten von HLS ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage: 'Die Übertragung wurde nicht gestartet. Bitte versuchen Sie es erneut.',
    },
    4017: {
      title: 'HLS nicht beendet',
      description:
        'Die Anfrage zum Beenden von HLS ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage: 'Die Übertragung wurde nicht beendet. Bitte versuchen Sie es erneut.',
    },
    4018: {
      title: 'Vorherige Aufzeichnung wird noch verarbeitet',
      description:
        'Die vorherige Aufzeichnungssitzung wird noch verarbeitet. Versuchen Sie es in einigen Sekunden erneut.',
      userMessage:
        'Die letzte Aufzeichnung wird noch gespeichert. Versuchen Sie es in einigen Sekunden erneut.',
    },
    4019: {
      title: 'Vorheriger Livestream wird noch verarbeitet',
      description:
        'Die vorherige RTMP-Livestream-Sitzung wird noch verarbeitet. Versuchen Sie es in einigen Sekunden erneut.',
      userMessage:
        'Der letzte Livestream wird noch abgeschlossen. Versuchen Sie es in einigen Sekunden erneut.',
    },
    4020: {
      title: 'Vorheriger HLS-Stream wird noch verarbeitet',
      description:
        'Die vorherige HLS-Streaming-Sitzung wird noch verarbeitet. Versuchen Sie es in einigen Sekunden erneut.',
      userMessage:
        'Die letzte Übertragung wird noch abgeschlossen. Versuchen Sie es in einigen Sekunden erneut.',
    },
    4021: {
      title: 'Add-on-Dienste deaktiviert',
      description:
        'Add-on-Dienste sind für das Konto deaktiviert. Wenden Sie sich an {supportContact}.',
      userMessage:
        'Diese Funktion ist für diesen Dienst nicht verfügbar. Bitte wenden Sie sich an {supportContact}.',
    },
    4022: {
      title: 'Token für dieses Meeting ungültig',
      description: 'Das Token ist für die angegebene Meeting-ID nicht gültig.',
      userMessage:
        'Ihr Zugang gilt nicht für dieses Meeting. Prüfen Sie den Link oder bitten Sie den Organisator um eine neue Einladung.',
    },
    4023: {
      title: 'Token für diesen Teilnehmer ungültig',
      description: 'Das Token ist für die angegebene Teilnehmer-ID nicht gültig.',
      userMessage:
        'Ihr Zugang passt nicht zu Ihrer Identität in diesem Meeting. Laden Sie die Seite neu und treten Sie erneut bei.',
    },
    4024: {
      title: 'Rolle nicht zulässig',
      description: 'Die im Token angegebene Rolle ist für den Beitritt zum Meeting nicht gültig.',
      userMessage:
        'Ihre Rolle erlaubt Ihnen nicht, diesem Meeting beizutreten. Bitten Sie den Organisator um Zugang.',
    },
    4025: {
      title: 'Anfrage nicht zulässig',
      description: 'Die Anfrage entspricht nicht der Sicherheitskonfiguration.',
      userMessage:
        'Diese Anfrage ist aufgrund der Sicherheitseinstellungen des Meetings nicht zulässig. Wenden Sie sich an das Support-Team der App.',
    },
    4026: {
      title: 'Sprecherlimit der Organisation erreicht',
      description:
        'Die Organisation hat die maximale Anzahl an Sprechern erreicht. Wenden Sie sich an {supportContact}, um das Limit zu erhöhen.',
      userMessage: 'Derzeit gibt es zu viele Sprecher. Versuchen Sie es später erneut.',
    },
    4027: {
      title: 'Zuschauerlimit der Organisation erreicht',
      description:
        'Die Organisation hat die maximale Anzahl an Zuschauern erreicht. Wenden Sie sich an {supportContact}, um das Limit zu erhöhen.',
      userMessage: 'Derzeit gibt es zu viele Zuschauer. Versuchen Sie es später erneut.',
    },
    4028: {
      title: 'Aufzeichnungslimit der Organisation erreicht',
      description:
        'Die Organisation hat die maximale Anzahl an Aufzeichnungen erreicht. Wenden Sie sich an {supportContact}, um das Limit zu erhöhen.',
      userMessage:
        'Die Aufzeichnung ist derzeit nicht verfügbar, da ein Limit erreicht wurde. Versuchen Sie es später erneut.',
    },
    4029: {
      title: 'HLS-Limit der Organisation erreicht',
      description:
        'Die Organisation hat die maximale Anzahl an HLS-Streams erreicht. Wenden Sie sich an {supportContact}, um das Limit zu erhöhen.',
      userMessage:
        'Die Übertragung ist derzeit nicht verfügbar, da ein Limit erreicht wurde. Versuchen Sie es später erneut.',
    },
    4030: {
      title: 'Livestream-Limit der Organisation erreicht',
      description:
        'Die Organisation hat die maximale Anzahl an Livestreams erreicht. Wenden Sie sich an {supportContact}, um das Limit zu erhöhen.',
      userMessage:
        'Livestreaming ist derzeit nicht verfügbar, da ein Limit erreicht wurde. Versuchen Sie es später erneut.',
    },
    4031: {
      title: 'Transkription nicht gestartet',
      description:
        'Die Anfrage zum Starten der Transkription ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage: 'Die Transkription wurde nicht gestartet. Bitte versuchen Sie es erneut.',
    },
    4032: {
      title: 'Transkription nicht beendet',
      description:
        'Die Anfrage zum Beenden der Transkription ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage: 'Die Transkription wurde nicht beendet. Bitte versuchen Sie es erneut.',
    },
    4035: {
      title: 'Teilnehmeraufzeichnung nicht gestartet',
      description:
        'Die Anfrage zum Starten der Teilnehmeraufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage:
        'Die Aufzeichnung dieses Teilnehmers wurde nicht gestartet. Bitte versuchen Sie es erneut.',
    },
    4036: {
      title: 'Teilnehmeraufzeichnung nicht beendet',
      description:
        'Die Anfrage zum Beenden der Teilnehmeraufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage:
        'Die Aufzeichnung dieses Teilnehmers wurde nicht beendet. Bitte versuchen Sie es erneut.',
    },
    4037: {
      title: 'Spuraufzeichnung nicht gestartet',
      description:
        'Die Anfrage zum Starten der Spuraufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage:
        'Die Aufzeichnung dieser Audio- oder Videospur wurde nicht gestartet. Bitte versuchen Sie es erneut.',
    },
    4038: {
      title: 'Spuraufzeichnung nicht beendet',
      description:
        'Die Anfrage zum Beenden der Spuraufzeichnung ist aufgrund eines unbekannten Fehlers fehlgeschlagen.',
      userMessage:
        'Die Aufzeichnung dieser Audio- oder Videospur wurde nicht beendet. Bitte versuchen Sie es erneut.',
    },
    5001: {
      title: 'Aufzeichnung beendet',
      description: 'Die Aufzeichnung wurde aufgrund eines unbekannten Fehlers beendet.',
      userMessage: 'Die Aufzeichnung wurde unerwartet beendet. Sie können sie erneut starten.',
    },
    5002: {
      title: 'Livestream beendet',
      description: 'Der Livestream wurde aufgrund eines unbekannten Fehlers beendet.',
      userMessage: 'Der Livestream wurde unerwartet beendet. Sie können ihn erneut starten.',
    },
    5003: {
      title: 'HLS beendet',
      description: 'HLS wurde aufgrund eines unbekannten Fehlers beendet.',
      userMessage: 'Die Übertragung wurde unerwartet beendet. Sie können sie erneut starten.',
    },
    5004: {
      title: 'Zeitlimit der Aufzeichnung erreicht',
      description:
        'Das System hat die Aufzeichnung automatisch beendet, da die maximale Dauer von 2 Stunden für eine einzelne Aufzeichnung erreicht wurde.',
      userMessage:
        'Die Aufzeichnung wurde nach 2 Stunden beendet, der maximalen Dauer einer Aufzeichnung. Starten Sie eine neue, um weiter aufzuzeichnen.',
    },
    5005: {
      title: 'Zeitlimit des Livestreams erreicht',
      description:
        'Das System hat den Livestream automatisch beendet, da die maximale Dauer von 2 Stunden für einen einzelnen RTMP-Stream erreicht wurde.',
      userMessage:
        'Der Livestream wurde nach 2 Stunden beendet, der maximalen Dauer eines Streams. Starten Sie einen neuen, um weiter zu streamen.',
    },
    5006: {
      title: 'HLS-Zeitlimit erreicht',
      description:
        'Das System hat HLS automatisch beendet, da die maximale Dauer von 2 Stunden für einen einzelnen HLS-Stream erreicht wurde.',
      userMessage:
        'Die Übertragung wurde nach 2 Stunden beendet, ihrer maximalen Dauer. Starten Sie eine neue, um weiter zu übertragen.',
    },
    5007: {
      title: 'Transkription beendet',
      description: 'Die Transkription wurde aufgrund eines unbekannten Fehlers beendet.',
      userMessage: 'Die Transkription wurde unerwartet beendet. Sie können sie erneut starten.',
    },
    5012: {
      title: 'Teilnehmeraufzeichnung beendet',
      description: 'Die Teilnehmeraufzeichnung wurde aufgrund eines unbekannten Fehlers beendet.',
      userMessage:
        'Die Aufzeichnung dieses Teilnehmers wurde unerwartet beendet. Sie können sie erneut starten.',
    },
    5013: {
      title: 'Spuraufzeichnung beendet',
      description: 'Die Spuraufzeichnung wurde aufgrund eines unbekannten Fehlers beendet.',
      userMessage:
        'Die Aufzeichnung dieser Audio- oder Videospur wurde unerwartet beendet. Sie können sie erneut starten.',
    },
  },
};
