import { LRUCache } from 'lru-cache';
import { isUuid } from './ids';

/** The gateway's id of the client request, sent with each of its subgraph fetches. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Results shared by the subgraph fetches of one gateway request. The query plan may call a
 * subgraph twice for one client request (the report's root, then its `summary` once the
 * other subgraphs' figures are in, @requires); each fetch has its own context and loaders,
 * so a figure both need would be computed twice. Keyed by the gateway's request id: never
 * shared between two client requests. Bounded (entries and age), so it cannot grow with load.
 * Only for what any caller of the request may read (public aggregates), since the request id
 * is not part of the signature.
 */
export class RequestMemo {
  private readonly entries = new LRUCache<string, Promise<unknown>>({ max: 2_000, ttl: 30_000 });

  /** `compute()` once per request id and key; without a request id (a direct call), every time. */
  get<V>(requestId: string | null, key: string, compute: () => Promise<V>): Promise<V> {
    if (!requestId) return compute();
    const id = `${requestId}\u0000${key}`;
    const hit = this.entries.get(id) as Promise<V> | undefined;
    if (hit) return hit;
    const value = compute();
    this.entries.set(id, value);
    // A failure is not kept: a later fetch tries again.
    value.catch(() => this.entries.delete(id));
    return value;
  }
}

/** The process-wide memo. */
export const requestMemo = new RequestMemo();

/** The request id a subgraph request carries, when it is one (the gateway's UUID). */
export function requestIdOf(headers: Record<string, string | string[] | undefined>): string | null {
  const value = headers[REQUEST_ID_HEADER];
  return typeof value === 'string' && isUuid(value) ? value : null;
}
