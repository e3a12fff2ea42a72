import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { memoryStream } from './__fixtures__/memoryStream.js';
import { childBindingPaths, keySpellings, redactPath, wordsOf } from './keySpellings.js';
import { DEFAULT_REDACT_KEYS } from './options.js';
import { pinoOptions } from './pino.js';

// The list pinoOptions once kept by hand next to DEFAULT_REDACT_KEYS: the derived
// spellings must cover it all.
const HAND_WRITTEN = [
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'idToken',
  'id_token',
  'apiKey',
  'apikey',
  'api_key',
  'authorization',
  'Authorization',
  'secret',
  'clientSecret',
  'client_secret',
  'password',
];

describe('keySpellings', () => {
  it('covers every spelling of the former hand-written list, from DEFAULT_REDACT_KEYS alone', () => {
    const spellings = keySpellings(DEFAULT_REDACT_KEYS);
    expect(spellings).toEqual(expect.arrayContaining(HAND_WRITTEN));
    expect(childBindingPaths(undefined)).toEqual(expect.arrayContaining(HAND_WRITTEN));
  });

  it('spells each key in the casings code and headers use, alone and qualified', () => {
    expect(keySpellings(['apiKey'])).toEqual(
      expect.arrayContaining([
        'apiKey',
        'ApiKey',
        'apikey',
        'api_key',
        'API_KEY',
        'api-key',
        'x-api-key',
        'clientApiKey',
        'access_api_key',
      ]),
    );
    expect(keySpellings(['password'])).toEqual(
      expect.arrayContaining(['password', 'Password', 'PASSWORD', 'x-password', 'clientPassword']),
    );
  });

  it("derives the caller's keys the same way, keeping the spelling given", () => {
    const spellings = keySpellings(['sessionID', 'x-signature']);
    expect(spellings).toEqual(
      expect.arrayContaining([
        'sessionID',
        'sessionId',
        'session_id',
        'SESSION_ID',
        'session-id',
        'x-signature',
        'xSignature',
      ]),
    );
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  it('splits words at case changes, digits and separators', () => {
    expect(wordsOf('apiKey')).toEqual(['api', 'key']);
    expect(wordsOf('X-API-Key')).toEqual(['x', 'api', 'key']);
    expect(wordsOf('HTTPToken')).toEqual(['http', 'token']);
    expect(wordsOf('oauth2_token')).toEqual(['oauth2', 'token']);
    expect(wordsOf('Passwort')).toEqual(['passwort']);
    expect(wordsOf('--')).toEqual([]);
  });

  it('gives nothing for junk keys, and only safe pino paths', () => {
    expect(
      keySpellings([1, null, undefined, {}, '', '-', '...', 'k'.repeat(129)] as unknown[]),
    ).toEqual([]);
    expect(keySpellings(['__proto__'])).toContain('__proto__');
    expect(redactPath('apiKey')).toBe('apiKey');
    expect(redactPath('x-api-key')).toBe('["x-api-key"]');
    expect(redactPath('a.b')).toBeUndefined();
    expect(redactPath('a"]b')).toBeUndefined();
    expect(redactPath('clé')).toBeUndefined();
    const paths = childBindingPaths(['a.b', 'a"]b', 'clé', 7] as never);
    for (const path of paths) expect(path).toMatch(/^(?:[A-Za-z_$][\w$]*|\["[\w$-]+"\])$/);
    expect(paths).toEqual(expect.arrayContaining(['a_b', 'aB', '["x-a-b"]']));
  });
});

describe('child bindings on a real pino logger', () => {
  it('redacts the derived spellings of the default and the configured keys', () => {
    const memory = memoryStream();
    const logger = pino(pinoOptions({ redactKeys: ['sessionId'] }), memory.stream);
    logger
      .child({
        access_token: 'a',
        'x-api-key': 'b',
        API_KEY: 'c',
        ClientSecret: 'd',
        session_id: 'e',
        SESSION_ID: 'f',
        'x-session-id': 'g',
        meetingId: 'm-1',
      })
      .info('child');
    expect(memory.records()[0]).toMatchObject({
      access_token: '[redacted]',
      'x-api-key': '[redacted]',
      API_KEY: '[redacted]',
      ClientSecret: '[redacted]',
      session_id: '[redacted]',
      SESSION_ID: '[redacted]',
      'x-session-id': '[redacted]',
      meetingId: 'm-1',
      msg: 'child',
    });
  });
});
