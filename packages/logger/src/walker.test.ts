import { MeetingError } from '@org/error-codes';
import { normalizeError } from '@org/error-codes/web';
import { describe, expect, it } from 'vitest';
import { jwt, signJwt } from './__fixtures__/jwt.js';
import { DEFAULT_REDACT_KEYS, REDACTED, redact } from './index.js';

describe('redact', () => {
  it('hides values under secret keys, in any case and spelling, and keeps the keys', () => {
    const input = {
      token: 'abc',
      accessToken: 'abc',
      refresh_token: 'abc',
      'x-api-key': 'abc',
      apiKey: 'abc',
      APIKEY: 'abc',
      api_key: 'abc',
      Authorization: 'Bearer abc',
      'proxy-authorization': 'Basic abc',
      clientSecret: 'abc',
      password: 12345,
      dbPassword: { nested: 'object' },
      // Not secrets: other words, and empty values.
      tokenCount: 3,
      passwordPolicy: 'strong',
      meetingId: 'abcd-efgh',
      secret: null,
    };
    expect(redact(input)).toEqual({
      token: REDACTED,
      accessToken: REDACTED,
      refresh_token: REDACTED,
      'x-api-key': REDACTED,
      apiKey: REDACTED,
      APIKEY: REDACTED,
      api_key: REDACTED,
      Authorization: REDACTED,
      'proxy-authorization': REDACTED,
      clientSecret: REDACTED,
      password: REDACTED,
      dbPassword: REDACTED,
      tokenCount: 3,
      passwordPolicy: 'strong',
      meetingId: 'abcd-efgh',
      secret: null,
    });
    expect(DEFAULT_REDACT_KEYS).toEqual(['token', 'apiKey', 'authorization', 'secret', 'password']);
  });

  it('hides JWT-shaped strings anywhere, also inside longer strings and arrays', () => {
    const other = signJwt({ sub: 'participant-7' });
    expect(
      redact({
        note: `Bearer ${jwt}`,
        list: [jwt, 'fine', { deep: { deeper: [`x ${other} y`] } }],
        header: `${jwt}, ${other}`,
      }),
    ).toEqual({
      note: `Bearer ${REDACTED}`,
      list: [REDACTED, 'fine', { deep: { deeper: [`x ${REDACTED} y`] } }],
      header: `${REDACTED}, ${REDACTED}`,
    });
    expect(redact(jwt)).toBe(REDACTED);
  });

  it('hides secret query parameters in logged URLs', () => {
    expect(redact(`/v1/rooms?apiKey=k-123&room=42&access_token=abc#x`)).toBe(
      `/v1/rooms?apiKey=${REDACTED}&room=42&access_token=${REDACTED}#x`,
    );
    expect(redact('/v1/rooms?room=42')).toBe('/v1/rooms?room=42');
  });

  it('takes extra keys, matched like the defaults', () => {
    const options = { redactKeys: ['sessionId', 'signature'] };
    expect(
      redact({ session_id: 's', SessionID: 's', webhookSignature: 'x', id: 1 }, options),
    ).toEqual({ session_id: REDACTED, SessionID: REDACTED, webhookSignature: REDACTED, id: 1 });
    expect(redact('/hook?session_id=s&ok=1', options)).toBe(`/hook?session_id=${REDACTED}&ok=1`);
  });

  it('never mutates its input, and returns clean parts as they are', () => {
    const clean = { meetingId: 'm', list: [1, 2, { a: 'b' }] };
    expect(redact(clean)).toBe(clean);
    const dirty = Object.freeze({
      keep: clean,
      token: 'abc',
      nested: Object.freeze({ password: 'p', list: Object.freeze([jwt]) }),
    });
    const before = JSON.stringify(dirty);
    const out = redact(dirty) as typeof dirty;
    expect(JSON.stringify(dirty)).toBe(before);
    expect(out).not.toBe(dirty);
    expect(out.keep).toBe(clean);
    expect(out.nested).toEqual({ password: REDACTED, list: [REDACTED] });
  });

  it('writes circular references as [Circular], also when a copy is made', () => {
    const room: Record<string, unknown> = { id: 'r', token: 'abc' };
    room.self = room;
    room.list = [room, { parent: room }];
    const out = redact(room) as Record<string, unknown>;
    expect(out).toEqual({
      id: 'r',
      token: REDACTED,
      self: '[Circular]',
      list: ['[Circular]', { parent: '[Circular]' }],
    });
    expect(() => JSON.stringify(out)).not.toThrow();
    // Shared but not circular references are written in full.
    const shared = { a: 1 };
    expect(redact({ x: shared, y: shared, token: 't' })).toEqual({
      x: { a: 1 },
      y: { a: 1 },
      token: REDACTED,
    });
  });

  it('bounds depth, breadth, string length and total work', () => {
    let deep: Record<string, unknown> = { token: 'abc' };
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    let node = redact(deep) as Record<string, unknown>;
    let depth = 0;
    while (typeof node === 'object') {
      node = node.next as Record<string, unknown>;
      depth++;
    }
    expect(node).toBe('[Object]');
    expect(depth).toBe(8);

    const huge = Array.from({ length: 1_000_000 }, (_, i) => i);
    const outArray = redact({ huge }) as { huge: unknown[] };
    expect(outArray.huge).toHaveLength(101);
    expect(outArray.huge.at(-1)).toBe('[… 999900 more items]');

    const manyKeys = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    const outKeys = redact(manyKeys) as Record<string, unknown>;
    expect(Object.keys(outKeys)).toHaveLength(101);
    expect(outKeys['[truncated]']).toBe('400 more keys');

    const long = `${'a'.repeat(20_000)}${jwt}`;
    const outString = redact(long) as string;
    expect(outString).toBe(`${'a'.repeat(16_384)}…[truncated ${long.length - 16_384} chars]`);
    // A token cut by the length limit goes too.
    const cut = redact(`${'a'.repeat(16_370)}${jwt}`) as string;
    expect(cut).toBe(`${'a'.repeat(16_370)}${REDACTED}…[truncated ${jwt.length - 14} chars]`);

    // A diamond lattice: 2^40 paths, bounded by maxNodes.
    let lattice: Record<string, unknown> = { leaf: jwt };
    for (let i = 0; i < 40; i++) lattice = { left: lattice, right: lattice };
    // Bounded by the node budget, not by a stopwatch: the output stays small.
    const outLattice = JSON.stringify(redact(lattice, { maxDepth: 64 }));
    expect(outLattice.length).toBeLessThan(1_000_000);
    expect(outLattice).toContain('[truncated]');
    expect(outLattice).not.toContain('eyJ');
  });

  it('leaves what it wrote as it is: a second pass (pino hands values to it again) changes nothing', () => {
    const circular: Record<string, unknown> = { token: 't' };
    circular.self = circular;
    let deep: Record<string, unknown> = { leaf: jwt };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    const inputs = [
      { list: Array.from({ length: 500 }, (_, i) => i), text: `${'a'.repeat(20_000)}${jwt}` },
      Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, `v${i}`])),
      { circular, deep, url: `/x?apiKey=k-1`, header: `Authorization: Bearer ${jwt}` },
      `X-API-Key: k-2, ${'b'.repeat(17_000)}`,
    ];
    for (const input of inputs) {
      const once = redact(input);
      expect(redact(once)).toEqual(once);
    }
  });

  it('writes getters that throw as [unreadable], and survives hostile proxies', () => {
    const withGetter = {
      ok: 1,
      get boom() {
        throw new Error('getter');
      },
    };
    expect(redact(withGetter)).toEqual({ ok: 1, boom: '[unreadable]' });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(redact({ proxy: revocable.proxy, ok: 1 })).toEqual({ proxy: '[unreadable]', ok: 1 });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(redact({ trap })).toEqual({ trap: '[unreadable]' });
  });

  it('keeps __proto__ keys as plain keys and never touches prototypes', () => {
    const input = JSON.parse(`{"__proto__": {"token": "abc", "polluted": true}, "a": "${jwt}"}`);
    const out = redact(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(JSON.stringify(out)).toBe(
      `{"__proto__":{"token":"${REDACTED}","polluted":true},"a":"${REDACTED}"}`,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('redacts what the logger would write: toJSON results, Errors, buffers', () => {
    const date = new Date(0);
    expect(redact({ date })).toEqual({ date });
    const url = new URL(`https://x.test/join?token=${jwt}`);
    expect(redact({ url })).toEqual({ url: `https://x.test/join?token=${REDACTED}` });

    const error = Object.assign(new Error(`failed with ${jwt}`), { apiKey: 'k' });
    const outError = redact({ error }) as { error: Error & { apiKey: string } };
    expect(outError.error).toBeInstanceOf(Error);
    expect(outError.error.message).toBe(`failed with ${REDACTED}`);
    expect(outError.error.stack).not.toContain('eyJ');
    expect(outError.error.apiKey).toBe(REDACTED);
    expect(error.message).toContain(jwt);

    const meeting = new MeetingError(normalizeError(4001));
    expect(redact({ meeting })).toEqual({ meeting });

    const big = Buffer.alloc(1_000_000);
    expect(redact({ big })).toEqual({ big: '[Buffer 1000000 bytes]' });
  });

  it('passes primitives and junk through', () => {
    for (const value of [null, undefined, 0, Number.NaN, true, 10n, '']) {
      expect(redact(value)).toBe(value);
    }
    const symbol = Symbol('s');
    expect(redact(symbol)).toBe(symbol);
    expect(redact({ a: 1 }, { maxDepth: -1, maxBreadth: Number.NaN } as never)).toEqual({ a: 1 });
    expect(redact({ a: 1 }, 'junk' as never)).toEqual({ a: 1 });
  });
});
