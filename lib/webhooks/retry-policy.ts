/**
 * How long a delivery keeps trying: pg-boss's exponential backoff. After the n-th failed attempt
 * the next waits retryDelay × 2^(n-1) × (1 + random) seconds, at most retryDelayMax:
 * 30–60 s, 1–2 min, 2–4 min, 4–8 min, 8–16 min, 16–32 min, 32–64 min, then once an hour.
 * 31 attempts in all (the first and 30 retries) span at least 24 h 3 min (at most about 25 h),
 * so an endpoint down for a day still gets everything, and one failing throughout is turned off
 * (lib/webhooks/endpoint-health.ts) by the time its deliveries give up.
 */
export const WEBHOOK_RETRY_POLICY = { retryLimit: 30, retryDelay: 30, retryBackoff: true, retryDelayMax: 3600 } as const;

/** The shortest time from the first attempt to the last, whatever the jitter: each wait at its lower bound. */
export function shortestRetryWindowSeconds({ retryLimit, retryDelay, retryDelayMax }: { retryLimit: number; retryDelay: number; retryDelayMax: number }): number {
  let total = 0;
  for (let failed = 1; failed <= retryLimit; failed++) total += Math.min(retryDelayMax, retryDelay * 2 ** Math.min(16, failed - 1));
  return total;
}

/** A day of failures in a row turns an endpoint off. */
export const FAILING_FOR_MS_BEFORE_DISABLING = 24 * 60 * 60 * 1000;
