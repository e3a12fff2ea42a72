import { monitorEventLoopDelay } from 'node:perf_hooks';

/** How long after start-up delays are not taken for load. */
const START_GRACE_MS = 2000;

/**
 * An event-loop health check for @fastify/under-pressure: unhealthy while the
 * longest event-loop delay seen since the last check exceeds `maxDelayMs`.
 *
 * Why not the plugin's own `maxEventLoopDelay`: it counts a sample window with no
 * sample as infinitely late, and it starts measuring when it is registered. Start-up
 * work (schema compilation, data loading) on a busy machine then holds the loop long
 * enough for the first requests to be refused with 503. Here the check measures
 * only from `start()` (called when the server is ready) plus a short grace, so the
 * late timers of start-up are not read as load.
 */
export function eventLoopCheck(maxDelayMs: number): {
  readonly check: () => Promise<boolean>;
  readonly start: () => void;
  readonly stop: () => void;
} {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  let measuringFrom = Number.POSITIVE_INFINITY;
  return {
    check: async () => {
      if (Date.now() < measuringFrom) return true;
      const worstMs = histogram.count > 0 ? histogram.max / 1e6 : 0;
      histogram.reset();
      return worstMs <= maxDelayMs;
    },
    start: () => {
      measuringFrom = Date.now() + START_GRACE_MS;
      histogram.enable();
      setTimeout(() => histogram.reset(), START_GRACE_MS).unref();
    },
    stop: () => histogram.disable(),
  };
}
