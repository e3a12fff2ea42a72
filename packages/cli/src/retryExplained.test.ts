import { DEFAULT_RETRY_POLICY, FEW_SECONDS_RETRY_POLICY } from '@org/error-codes';
import { describe, expect, it } from 'vitest';
import { cli, linesOf } from '../test/harness.js';

describe('retry policy and "often explained by" in the answer', () => {
  it('4018 on web: the few-seconds policy in words', async () => {
    const r = await cli(['4018', '--platform', 'web']);
    expect(r.code).toBe(0);
    expect(linesOf(r.stdout)).toContain('  Retry: after 3 s, doubling, up to 3 tries');
  });

  it('4011 on web: the default policy and the codes that often explain it, in order', async () => {
    const r = await cli(['4011', '--platform', 'web']);
    expect(linesOf(r.stdout)).toContain('  Retry: after 1 s, doubling, up to 3 tries');
    expect(linesOf(r.stdout)).toContain(
      '  Often explained by: 4018 PREV_RECORDING_PROCESSING, 4021 ADD_ON_SERVICES_DISABLED, 4028 MAX_RECORDING_LIMIT_REACHED_ON_ORGANIZATION, 3035 ERROR_ACTION_PERFORMED_BEFORE_MEETING_JOINED, 5004 RECORDING_DURATION_LIMIT_REACHED',
    );
  });

  it('names each line’s own code: Flutter 1.2.x gives 3035’s meaning as 3022', async () => {
    const r = await cli(['4011', '--platform', 'flutter-1']);
    expect(r.stdout).toContain('3022 ERROR_ACTION_PERFORMED_BEFORE_MEETING_JOINED');
    expect(r.stdout).not.toContain('3035 ');
  });

  it('prints no retry line for a code that needs a fix first (3023, camera in use)', async () => {
    const r = await cli(['3023', '--platform', 'web']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/Retry:/);
    expect(r.stdout).not.toMatch(/Often explained by/);
  });

  it('speaks the locale: German', async () => {
    const r = await cli(['4018', '--platform', 'web', '--locale', 'de']);
    expect(r.stdout).toContain(
      'Wiederholen: nach 3 s, mit jeweils doppelter Wartezeit, bis zu 3 Versuche',
    );
  });

  it('gives both as data with --json', async () => {
    const r = await cli(['4011', '--platform', 'web', '--json']);
    const [match] = JSON.parse(r.stdout).matches;
    expect(match.retry).toEqual(DEFAULT_RETRY_POLICY);
    expect(match.oftenExplainedBy.map((c: { code: number }) => c.code)).toEqual([
      4018, 4021, 4028, 3035, 5004,
    ]);
    const few = JSON.parse((await cli(['4020', '--platform', 'web', '--json'])).stdout).matches[0];
    expect(few.retry).toEqual(FEW_SECONDS_RETRY_POLICY);
    const none = JSON.parse((await cli(['3023', '--platform', 'web', '--json'])).stdout).matches[0];
    expect([none.retryable, none.retry, none.oftenExplainedBy]).toEqual([false, null, []]);
  });
});
