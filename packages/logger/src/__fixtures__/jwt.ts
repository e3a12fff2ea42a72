import { createHmac } from 'node:crypto';

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A real HS256 JWT, signed as a token server would sign a VideoSDK token. */
export function signJwt(claims: Record<string, unknown> = {}): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      apikey: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
      permissions: ['allow_join'],
      version: 2,
      roles: ['rtc'],
      iat: 1_700_000_000,
      exp: 1_700_086_400,
      ...claims,
    }),
  );
  const signature = createHmac('sha256', 'not-a-real-secret-but-long-enough')
    .update(`${header}.${payload}`)
    .digest('base64url');
  return `${header}.${payload}.${signature}`;
}

export const jwt = signJwt();
