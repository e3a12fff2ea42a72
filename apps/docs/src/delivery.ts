/** How a web code reaches the app, as read from the installed js-sdk (scripts/generateDelivery.ts). */
export interface CodeDelivery {
  /** `emitted`: on `meeting.on('error')` only; `thrown`: the call throws or rejects, no event; `both`; `unknown`: the bundle never names it. */
  readonly delivery: 'emitted' | 'thrown' | 'both' | 'unknown';
  /** Public SDK methods that throw or reject with it. */
  readonly thrownBy: readonly string[];
  /** Public SDK methods after which it is emitted. */
  readonly emittedBy: readonly string[];
}

export type WebDelivery = ReadonlyMap<number, CodeDelivery>;
