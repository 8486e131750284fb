import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimit {
  /** Requests allowed per window. */
  points: number;
  windowSeconds: number;
}

export type RateDecision = { allowed: true; consumed: number } | { allowed: false; consumed: number; retryAfterSeconds: number };

/** One named limit (e.g. `gateway:user`), counted in Redis so every instance shares it. */
export interface Limiter {
  consume(key: string, points?: number): Promise<RateDecision>;
}

/**
 * A rate limiter on the deployment's Redis (rate-limiter-flexible): the gateway's per-user
 * and per-address limits, and the dashboard's login limit. Keys live under the deployment's
 * prefix, so two deployments on one Redis never count each other.
 */
export function createLimiter(redis: Redis, prefix: string, name: string, limit: RateLimit): Limiter {
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `${prefix}:rl:${name}`,
    points: limit.points,
    duration: limit.windowSeconds,
  });
  return {
    async consume(key, points = 1) {
      try {
        const r = await limiter.consume(key, points);
        return { allowed: true, consumed: r.consumedPoints };
      } catch (error) {
        // Redis down is an outage to see, not a reason to let a flood through.
        if (!(error instanceof RateLimiterRes)) throw error;
        return { allowed: false, consumed: error.consumedPoints, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
      }
    },
  };
}
