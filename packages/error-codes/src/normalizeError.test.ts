import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as flutter from './flutter-1/index.js';
import { MeetingError, UNKNOWN_ERROR_NAME } from './index.js';
import * as web from './web/index.js';

describe.each([
  ['web', web],
  ['flutter-1', flutter],
] as const)('%s normalizeError', (platform, { catalog, normalizeError }) => {
  it('maps an SDK event with a numeric code to its entry and keeps the received message', () => {
    const n = normalizeError({ code: 4010, message: 'max speaker limit' });
    expect(n).toMatchObject({
      known: true,
      code: 4010,
      name: 'MAX_SPEAKER_REACHED',
      receivedMessage: 'max speaker limit',
      platform,
      meaning: 'max-speaker-reached',
    });
    expect(n.entry).toBe(catalog.find((e) => e.code === 4010));
    expect(n.message).toBe(n.entry?.message);
  });

  it('accepts the code as a string or a wire name, and a bare code', () => {
    expect(normalizeError({ code: '4002' }).name).toBe('INVALID_TOKEN');
    expect(normalizeError({ code: 'INVALID_TOKEN' }).code).toBe(4002);
    expect(normalizeError(4002).name).toBe('INVALID_TOKEN');
    expect(normalizeError('4002').name).toBe('INVALID_TOKEN');
  });

  it('reads the code of an Error, including a MeetingError', () => {
    const err = Object.assign(new Error('boom'), { code: 4003 });
    expect(normalizeError(err)).toMatchObject({ known: true, code: 4003, receivedMessage: 'boom' });
    const meetingError = new MeetingError(normalizeError(4005));
    expect(normalizeError(meetingError).name).toBe('DUPLICATE_PARTICIPANT');
  });

  it('keeps an unknown code and message as they came, clearly marked', () => {
    expect(normalizeError({ code: 4999, message: 'new in SDK 2' })).toEqual({
      known: false,
      platform,
      code: 4999,
      name: UNKNOWN_ERROR_NAME,
      meaning: undefined,
      message: 'new in SDK 2',
      receivedMessage: 'new in SDK 2',
      severity: 'error',
      retryable: false,
      entry: undefined,
    });
    expect(normalizeError({ code: ' 4001 ' })).toMatchObject({ known: false, code: ' 4001 ' });
  });

  it.each([
    null,
    undefined,
    true,
    Number.NaN,
    4001n,
    Symbol('x'),
    [],
    {},
    { code: { valueOf: () => 4001 } },
    { code: null, message: 42 },
    JSON.parse('{"__proto__": {"code": 4001}}'),
    Object.create(null),
  ])('marks %s as unknown without throwing', (payload) => {
    const n = normalizeError(payload);
    expect(n.known).toBe(false);
    expect(n.name).toBe(UNKNOWN_ERROR_NAME);
    expect(typeof n.message).toBe('string');
  });

  it('reads an inherited code, as property access does', () => {
    // An event object built on a prototype (class instances, Object.create) is common.
    expect(normalizeError(Object.create({ code: 4001 })).code).toBe(4001);
  });

  it('keeps the message when only the code getter throws', () => {
    const payload = {
      get code(): never {
        throw new Error('no');
      },
      message: 'kept',
    };
    expect(normalizeError(payload)).toMatchObject({ known: false, message: 'kept' });
  });

  it('survives a payload whose getters throw, and a revoked proxy', () => {
    const hostile = {
      get code(): never {
        throw new Error('no');
      },
    };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(normalizeError(hostile).known).toBe(false);
    expect(normalizeError(proxy).known).toBe(false);
  });

  it('keeps a huge message whole', () => {
    const message = 'x'.repeat(1 << 20);
    expect(normalizeError({ code: 1, message }).message).toHaveLength(1 << 20);
  });

  it('never throws; a known result always has a catalog code (property)', () => {
    const codes = new Set<number>(catalog.map((e) => e.code));
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.record({ code: fc.anything(), message: fc.anything() })),
        (payload) => {
          const n = normalizeError(payload);
          if (n.known) expect(codes.has(n.code)).toBe(true);
          else expect(n.entry).toBeUndefined();
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('normalizeError per platform', () => {
  it('reads the same number with each platform’s meaning', () => {
    expect(web.normalizeError({ code: 3017 }).name).toBe('ERROR_CAMERA_ACCESS_DENIED_OR_DISMISSED');
    expect(flutter.normalizeError({ code: 3017 }).name).toBe('ERROR_CREATING_VIDEO_TRACK');
  });

  it('gives a web code with no known wire text the text that arrived, else the SDK’s description', () => {
    const entry = web.getError(4087);
    expect(entry.message).toBeNull();
    expect(web.normalizeError({ code: 4087, message: 'publish failed: 403' }).message).toBe(
      'publish failed: 403',
    );
    expect(web.normalizeError(4087).message).toBe(entry.sdkDescription);
  });
});

describe('the docs link on every normalized error (like Stripe’s doc_url)', () => {
  it('gives a known code the path of its own line’s page, and a URL when the site is named', async () => {
    const ios = await import('./ios/index.js');
    const n = ios.normalizeError({ code: 3008 });
    expect(n.docPath).toBe('/ios/errors/3008/');
    expect(n.docUrl).toBeUndefined();
    const linked = ios.normalizeError(3008, {
      docsBaseUrl: 'https://errors.acme.io/',
      locale: 'de',
    });
    expect(linked.docUrl).toBe('https://errors.acme.io/de/ios/errors/3008/');
    expect(new MeetingError(linked).docUrl).toBe('https://errors.acme.io/de/ios/errors/3008/');
    expect(JSON.parse(JSON.stringify(new MeetingError(linked))).docUrl).toBe(
      'https://errors.acme.io/de/ios/errors/3008/',
    );
  });

  it('links no page for an unknown code, and ignores junk options without throwing', async () => {
    const f3 = await import('./flutter-3/index.js');
    expect(f3.normalizeError(9999, { docsBaseUrl: 'https://x.io' })).toMatchObject({
      known: false,
      docPath: undefined,
      docUrl: undefined,
    });
    const trap = Object.defineProperty({}, 'docsBaseUrl', {
      get() {
        throw new Error('boom');
      },
    });
    for (const options of [
      null,
      42,
      'https://x.io',
      trap,
      { docsBaseUrl: 'javascript:alert(1)' },
      { docsBaseUrl: 'https://x.io', locale: '../../etc' },
      { docsBaseUrl: 'https://x.io'.repeat(1000) },
    ]) {
      const n = f3.normalizeError(3023, options as never);
      expect(
        n.docPath?.startsWith('/flutter-3/errors/3023/') || n.docPath === '/flutter-3/errors/3023/',
      ).toBe(true);
      expect(n.docUrl === undefined || n.docUrl === 'https://x.io/flutter-3/errors/3023/').toBe(
        true,
      );
    }
  });
});
