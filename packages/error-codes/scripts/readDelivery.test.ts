import { describe, expect, it } from 'vitest';
import { classifyBundle, readDelivery } from './readDelivery.js';

/** The 11 codes a call made in the wrong state meets (the list). */
const callerState = [3048, 3054, 3055, 3056, 3062, 3064, 3065, 3066, 3068, 3072, 3073];

describe('readDelivery over the installed js-sdk 1.1.1', () => {
  const delivery = readDelivery();
  const of = (code: number) => delivery.codes.get(code)?.delivery;

  it('reads the SDK version it classified', () => {
    expect(delivery.version).toBe('1.1.1');
    expect(delivery.codes.size).toBeGreaterThan(150);
  });

  it('classifies the cases observed in Chromium (packages/repo-tools/src/realSdk)', () => {
    // meeting.on('no-such-event') throws SdkStateError 3073, with no error event.
    expect(of(3073)).toBe('thrown');
    expect(delivery.codes.get(3073)?.thrownBy).toContain('on');
    // join() emits 3047 and rejects with it.
    expect(of(3047)).toBe('both');
    expect(delivery.codes.get(3047)?.thrownBy).toContain('join');
    expect(delivery.codes.get(3047)?.emittedBy).toContain('join');
    // createCameraVideoTrack() rejects with 3021 (and enableWebcam() reports it).
    expect(delivery.codes.get(3021)?.thrownBy).toContain('createCameraVideoTrack');
  });

  it('finds 3035 both thrown and emitted, as the issue says', () => {
    expect(of(3035)).toBe('both');
  });

  it('finds the caller-state codes thrown, never emitted', () => {
    expect(Object.fromEntries(callerState.map((c) => [c, of(c)]))).toEqual(
      Object.fromEntries(callerState.map((c) => [c, 'thrown'])),
    );
  });

  it('leaves the server codes, which the bundle only relays, unknown', () => {
    expect(of(4001)).toBe('unknown');
    expect(of(4002)).toBe('unknown');
  });
}, 60_000);

/** A bundle the size of a test: the SDK's shapes, written by hand. */
const codes = new Map([
  ['ERROR_A', 1],
  ['ERROR_B', 2],
  ['ERROR_C', 3],
  ['ERROR_D', 4],
  ['ERROR_E', 5],
  ['ERROR_UNUSED', 6],
  ['ERROR_F', 7],
]);
const bundle = `
var errors = { q: {}, s: {} };
var Room = function () {
  return [{
    key: "plain",
    value: function plain() { throw this._sdkStateError(errors.q.ERROR_A, "no"); }
  }, {
    key: "viaVariable",
    value: function viaVariable(reconnecting) {
      var sdkError = reconnecting ? errors.q.ERROR_B : errors.q.ERROR_C;
      if (!reconnecting) {
        this._emitError({ code: sdkError.code, message: sdkError.message });
      }
      throw this._sdkStateError(sdkError);
    }
  }, {
    key: "viaReturn",
    value: function viaReturn() { return this._sdkError(errors.q.ERROR_D); }
  }, {
    key: "caller",
    value: function caller() { return Promise.reject(this.viaReturn()); }
  }, {
    key: "_inner",
    value: function _inner() { throw new utils_sdkError/* SdkError */.Fp(errors.s.ERROR_E); }
  }, {
    key: "outer",
    value: function outer() {
      try { this._inner(); } catch (e) { this._emitError({ code: e.code }); throw e; }
    }
  }, {
    key: "_request",
    value: function _request() {
      var _this = this;
      return new Promise(function (resolve, reject) { reject(_this._sdkError(errors.q.ERROR_F)); });
    }
  }, {
    key: "start",
    value: function start() {
      try { this._request(); } catch (e) { this._emitError({ code: e.code }); throw e; }
    }
  }];
};
console.log(errors.q.ERROR_UNUSED.message);
`;

describe('classifyBundle', () => {
  const result = classifyBundle(bundle, codes);
  it('follows throws, variables, returns and conditional picks', () => {
    expect(result.get(1)).toEqual({ delivery: 'thrown', thrownBy: ['plain'], emittedBy: [] });
    // B is picked only when reconnecting, and the emit runs only when not.
    expect(result.get(2)?.delivery).toBe('thrown');
    expect(result.get(3)?.delivery).toBe('both');
    expect(result.get(4)).toEqual({ delivery: 'thrown', thrownBy: ['caller'], emittedBy: [] });
  });

  it('counts a non-state error re-reported by a calling member as emitted too', () => {
    expect(result.get(5)).toEqual({
      delivery: 'both',
      thrownBy: ['_inner'],
      emittedBy: ['outer'],
    });
  });

  it('counts a rejection as thrown, and follows it to a reporting caller too', () => {
    expect(result.get(7)).toEqual({
      delivery: 'both',
      thrownBy: ['_request'],
      emittedBy: ['start'],
    });
  });

  it('leaves a code only logged unknown, and reads junk without throwing', () => {
    expect(result.get(6)?.delivery).toBe('unknown');
    expect(classifyBundle('', codes).get(1)?.delivery).toBe('unknown');
    expect(classifyBundle('}{ not javascript (((', codes).size).toBe(codes.size);
    expect(classifyBundle('x'.repeat(100_000), new Map()).size).toBe(0);
  });
});
