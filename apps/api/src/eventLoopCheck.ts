import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * An event-loop health check for @fastify/under-pressure: unhealthy while the
 * longest event-loop delay seen since the last check exceeds `maxDelayMs`.
 *
 * Why not the plugin's own `maxEventLoopDelay`: it reads the histogram's mean and
 * counts a window with no sample as infinitely late, so a server whose start-up
 * (schema compilation, data loading) held the loop for a whole sample window on a
 * busy machine answers 503 to its first requests. Here a window with no sample is
 * not evidence of load: the timer that finally fires after a long block records
 * that block as its delay, which the next check sees.
 */
export function eventLoopCheck(maxDelayMs: number): {
  readonly check: () => Promise<boolean>;
  readonly stop: () => void;
} {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return {
    check: async () => {
      const worstMs = histogram.count > 0 ? histogram.max / 1e6 : 0;
      histogram.reset();
      return worstMs <= maxDelayMs;
    },
    stop: () => histogram.disable(),
  };
}
