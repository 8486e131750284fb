import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginLimit {
  attempts: number;
  windowSeconds: number;
}

/**
 * Sign-in attempts per address on Redis (issue #11, part 7), so every workers process counts
 * together. Each attempt takes a point before the token is even looked at — a burst of
 * parallel guesses cannot slip between a check and a count — and a successful sign-in gives
 * its point back.
 */
export function loginLimiter(redis: Redis, prefix: string, o: LoginLimit) {
  const limiter = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:dashboard-login`, points: o.attempts, duration: o.windowSeconds });
  return {
    /** Seconds to wait when the address has used up its attempts, otherwise null. */
    async take(address: string): Promise<number | null> {
      try {
        await limiter.consume(address);
        return null;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        throw refusal;
      }
    },
    async giveBack(address: string): Promise<void> {
      await limiter.reward(address, 1);
    },
  };
}
