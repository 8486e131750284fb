import type { Redis } from 'ioredis';
import { MAX_SKEW_MS } from './auth';

/**
 * Remembers each signed request's nonce for the signature window (in Redis, under the
 * deployment's key prefix), so a captured subgraph request is refused the second time.
 * Shared by every instance of every subgraph, which is what makes a replay to another
 * replica fail too.
 */
export class ReplayGuard {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** Twice the skew: a nonce signed at the window's far edge still outlives its window. */
    private readonly ttlMs = 2 * MAX_SKEW_MS,
  ) {}

  /** True the first time a nonce is seen; false for a replay. */
  async firstUse(nonce: string): Promise<boolean> {
    const set = await this.redis.set(`${this.prefix}:nonce:${nonce}`, '1', 'PX', this.ttlMs, 'NX');
    return set === 'OK';
  }
}
