/**
 * Ten questions support engineers were asked (issue 21, and VideoSDK users' public
 * threads), written as a person types them, each in English and in German, with the
 * codes that answer them on the web line. Where two codes share the answer (the
 * browser and the OS both block a camera), either counts. The search test holds each
 * to the top 3; `bench/searchRanks.ts` prints the ranks.
 */
export interface SupportQuery {
  readonly en: string;
  readonly de: string;
  /** The web line's codes that answer it, the first the most direct. */
  readonly codes: readonly number[];
}

export const supportQueries: readonly SupportQuery[] = [
  { en: 'too many participants', de: 'zu viele Teilnehmer', codes: [4009] },
  { en: 'recording already running', de: 'Aufzeichnung läuft bereits', codes: [3054, 3055] },
  { en: 'camera blocked', de: 'Kamera blockiert', codes: [3014, 3017, 3019] },
  { en: 'jwt expired', de: 'JWT abgelaufen', codes: [4002] },
  { en: 'token invalid', de: 'Token ungültig', codes: [4002] },
  { en: "can't share screen", de: 'Bildschirm kann nicht geteilt werden', codes: [3013, 3016] },
  { en: 'no microphone found', de: 'kein Mikrofon gefunden', codes: [3022, 3059] },
  { en: 'room not found', de: 'Raum nicht gefunden', codes: [4003] },
  { en: 'livestream failed to start', de: 'Livestream startet nicht', codes: [4013] },
  { en: 'api key wrong', de: 'API-Schlüssel falsch', codes: [4001] },
];
