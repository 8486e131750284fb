import { signedPost, type Clock, type UserContext } from '@phoihop/core';

const SERVICE_USER: UserContext = { userId: 'gateway', name: 'Phối Hợp gateway', grants: [{ role: 'SERVICE' }] };
const TIMEOUT_MS = 3000;

/** Where a token's subject lives in the directory: an official in the committee, a delegate in the council. */
const LOOKUPS = {
  officialId: { subgraph: 'committee', query: 'query Active($id: ID!) { person: official(id: $id) { active } }' },
  delegateId: { subgraph: 'council', query: 'query Active($id: ID!) { person: delegate(id: $id) { active } }' },
} as const;

export class DirectoryUnavailable extends Error {}

/**
 * Is the token's subject still serving? Asks the owner of the record (read-only, as SERVICE)
 * and trusts the answer for `cacheSeconds` (≤ 60), so a deactivated official or a delegate
 * whose mandate ended loses access within a minute of the change, whatever the token's expiry.
 * A subgraph the supergraph does not include has nobody to check against there.
 */
export class DirectoryCheck {
  private readonly cache = new Map<string, { active: boolean; until: number }>();

  constructor(
    private readonly urls: Record<string, string>,
    private readonly signingKey: string,
    private readonly clock: Clock,
    private readonly cacheSeconds: number,
  ) {}

  async isActive(user: UserContext): Promise<boolean> {
    for (const claim of ['officialId', 'delegateId'] as const) {
      const id = user[claim];
      if (id && !(await this.lookup(claim, id))) return false;
    }
    return true;
  }

  private async lookup(claim: keyof typeof LOOKUPS, id: string): Promise<boolean> {
    const key = `${claim}:${id}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.active;
    const { subgraph, query } = LOOKUPS[claim];
    const url = this.urls[subgraph];
    if (!url) return true;
    let body: { data?: { person: { active: boolean } | null }; errors?: Array<{ extensions?: { code?: string } }> };
    try {
      const res = await fetch(url, { ...signedPost(url, { query, variables: { id } }, SERVICE_USER, this.signingKey, this.clock.now()), signal: AbortSignal.timeout(TIMEOUT_MS) });
      body = (await res.json()) as typeof body;
    } catch (error) {
      throw new DirectoryUnavailable(`${subgraph} directory: ${(error as Error).message}`);
    }
    // A malformed id is no one in the directory; any other error is the directory's, not the user's.
    const badId = body.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT');
    if (!body.data && !badId) throw new DirectoryUnavailable(`${subgraph} directory answered no data`);
    const active = body.data?.person?.active === true;
    if (this.cacheSeconds > 0) this.cache.set(key, { active, until: Date.now() + this.cacheSeconds * 1000 });
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value!);
    return active;
  }
}
