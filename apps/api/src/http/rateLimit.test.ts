import { describe, expect, it } from 'vitest';
import { clientKey, createRateLimiter } from './rateLimit.js';

describe('clientKey', () => {
  it('keeps IPv4 addresses, counts IPv6 per /64 and mapped IPv4 as IPv4', () => {
    expect(clientKey('127.0.0.1')).toBe('127.0.0.1');
    expect(clientKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:DB8:0001:0002::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('::ffff:10.0.0.7')).toBe('10.0.0.7');
    expect(clientKey('fe80::1')).toBe('fe80:0:0:0::/64');
  });
});

describe('the in-memory limiter', () => {
  it('answers at once, with the draft headers, and 429 past the limit', async () => {
    const limiter = await createRateLimiter({ max: 2, redisUrl: undefined, log: console as never });
    const seen: { over: boolean; headers: Record<string, string> }[] = [];
    for (let i = 0; i < 3; i++) limiter.count('10.0.0.1', (c) => seen.push(c));
    // Synchronous: the three callbacks have run already.
    expect(seen.map((c) => c.over)).toEqual([false, false, true]);
    expect(seen[0]?.headers).toMatchObject({ 'ratelimit-limit': '2', 'ratelimit-remaining': '1' });
    expect(seen[2]?.headers['retry-after']).toMatch(/^\d+$/);
    // Another address, and another /64, have their own budget.
    limiter.count('10.0.0.2', (c) => expect(c.over).toBe(false));
    expect(limiter.state()).toEqual({ store: 'memory', shared: false });
  });
});
