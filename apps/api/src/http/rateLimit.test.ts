import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp } from '../../test/testing.js';

let app: Awaited<ReturnType<typeof makeApp>>['app'];
beforeAll(async () => {
  ({ app } = await makeApp({ rateLimitMax: 2 }));
});
afterAll(() => app.close());

const statuses = async (remoteAddress: string, n: number) => {
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    codes.push((await app.inject({ url: '/v1/web/errors/4001', remoteAddress })).statusCode);
  }
  return codes;
};

describe('the client key', () => {
  it('counts IPv6 clients per /64 and IPv4-mapped addresses as IPv4', async () => {
    expect(await statuses('2001:db8:1:2::9', 2)).toEqual([200, 200]);
    // Another address of the same /64 shares its budget; another /64 has its own.
    expect(await statuses('2001:db8:1:2:aaaa:bbbb:cccc:dddd', 1)).toEqual([429]);
    expect(await statuses('2001:db8:1:3::1', 1)).toEqual([200]);
    expect(await statuses('10.0.0.7', 2)).toEqual([200, 200]);
    expect(await statuses('::ffff:10.0.0.7', 1)).toEqual([429]);
  });

  it('counts requests no route takes (404, 405) like any other', async () => {
    expect(await statuses('10.0.0.8', 2)).toEqual([200, 200]);
    const res = await app.inject({
      method: 'DELETE',
      url: '/v1/locales',
      remoteAddress: '10.0.0.8',
    });
    expect(res.statusCode).toBe(429);
    const other = await app.inject({ url: '/nope', remoteAddress: '10.0.0.9' });
    expect(other.statusCode).toBe(404);
    expect(other.headers['ratelimit-remaining']).toBe('1');
  });
});
