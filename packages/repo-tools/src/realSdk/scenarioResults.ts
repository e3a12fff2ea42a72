/** What a scenario of __fixtures__/page/scenarios.js returns, as it crosses to Node. */

/** A value the SDK resolved, returned or threw, described in the page. */
export type Described =
  | {
      readonly type: 'error';
      readonly className: string;
      readonly name: string;
      readonly code: unknown;
      readonly message: string;
    }
  | { readonly type: 'MediaStream'; readonly tracks: readonly string[] }
  | { readonly type: 'null' | 'undefined' | 'object' | 'string' | 'number' | 'boolean' };

export interface CallOutcome {
  readonly outcome: 'resolved' | 'rejected' | 'returned' | 'threw';
  readonly value: Described;
}

export interface SdkEvent {
  readonly event: 'error' | 'meeting-state-changed';
  readonly payload: Readonly<Record<string, unknown>>;
}

export interface JoinOutcome {
  /** What `meeting.join()` did: a promise that settled, or a plain return. */
  readonly call: CallOutcome;
  /** Every `error` and `meeting-state-changed` event, in order, up to FAILED. */
  readonly events: readonly SdkEvent[];
}

/** The SDK error a call raised; fails the test with what happened instead. */
export function raised(call: CallOutcome): Extract<Described, { type: 'error' }> {
  if ((call.outcome !== 'rejected' && call.outcome !== 'threw') || call.value.type !== 'error') {
    throw new Error(`expected an error, the call ${call.outcome} ${JSON.stringify(call.value)}`);
  }
  return call.value;
}

/** Matches the init-config request a join makes first, to the SDK's signalling host. */
export const INIT_CONFIG_REQUEST = /^POST https:\/\/[^/\s]+\/infra\/v1\/meetings\/init-config$/;
