import { signedPost, type Clock, type UserContext } from '@phoihop/core';
import type { Recipient } from '@phoihop/workflow';
import { LRUCache } from 'lru-cache';

/** Who holds a position, from the committee's directory (Danh bạ). */
export interface Directory {
  departmentHead(jurisdictionId: string, departmentId: string): Promise<Recipient | null>;
  viceChairInCharge(jurisdictionId: string, field: string): Promise<Recipient | null>;
  chair(jurisdictionId: string): Promise<Recipient | null>;
}

/** The workers' identity towards the subgraphs. */
export const SERVICE_USER: UserContext = { userId: 'service:workers', name: 'Phối Hợp workers', grants: [{ role: 'SERVICE' }] };

const TIMEOUT_MS = 10_000;
/**
 * How long a look-up's answer serves later stages (issue 12: one uncached call per stage job):
 * an official appointed now receives escalations within a minute; at most MAX_CACHED
 * positions are kept, the least recently asked dropped first.
 */
const CACHE_TTL_MS = 60_000;
const MAX_CACHED = 10_000;

const OFFICIALS = /* GraphQL */ `
  query Officials($jurisdictionId: ID, $departmentId: ID, $position: OfficialPosition, $field: FieldOfResponsibility) {
    officials(jurisdictionId: $jurisdictionId, departmentId: $departmentId, position: $position, field: $field, first: 1) {
      nodes { id name }
    }
  }`;

/**
 * The committee subgraph's `officials` query, called with a SERVICE identity in a signed
 * user-context header (directly: the workers sit behind the gateway's trust boundary).
 */
export class GraphDirectory implements Directory {
  /** Answers by position asked, as promises: the stages of a batch asking the same share one call. */
  private readonly cache = new LRUCache<string, Promise<Recipient | null>>({ max: MAX_CACHED, ttl: CACHE_TTL_MS });

  constructor(
    private readonly url: string,
    private readonly signingKey: string,
    private readonly clock: Clock,
  ) {}

  departmentHead(jurisdictionId: string, departmentId: string) {
    return this.first({ jurisdictionId, departmentId, position: 'DEPARTMENT_HEAD' });
  }

  viceChairInCharge(jurisdictionId: string, field: string) {
    return this.first({ jurisdictionId, position: 'VICE_CHAIR', field });
  }

  chair(jurisdictionId: string) {
    return this.first({ jurisdictionId, position: 'CHAIR' });
  }

  private first(variables: Record<string, string>): Promise<Recipient | null> {
    const key = JSON.stringify(variables);
    let answer = this.cache.get(key);
    if (!answer) {
      answer = this.ask(variables);
      this.cache.set(key, answer);
      // A failed look-up is not an answer: the next stage (or this one's retry) asks again.
      answer.catch(() => this.cache.delete(key));
    }
    return answer;
  }

  private async ask(variables: Record<string, string>): Promise<Recipient | null> {
    const res = await fetch(this.url, {
      ...signedPost(this.url, { query: OFFICIALS, variables }, SERVICE_USER, this.signingKey, this.clock.now()),
      // A hung committee subgraph fails the attempt instead of holding the job forever.
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) throw new Error(`directory answered HTTP ${res.status}`);
    const body = (await res.json()) as { data?: { officials?: { nodes: Array<{ id: string; name: string }> } }; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(`directory: ${body.errors.map((e) => e.message).join('; ')}`);
    const o = body.data?.officials?.nodes[0];
    return o ? { type: 'OFFICIAL', id: o.id, name: o.name } : null;
  }
}
