import { signUserContext, type Clock } from '@phoihop/core';
import type { RecomputeRequest } from '@phoihop/workflow';
import { UnrecoverableError } from 'bullmq';
import { SERVICE_USER } from '../escalation/directory';

/** The services that own tracked items, in the order they are asked. */
export const DEADLINE_OWNERS = ['council', 'committee', 'front'] as const;
export type DeadlineOwner = (typeof DEADLINE_OWNERS)[number];

/** Has every owning service recompute the due dates an edit touches; how many moved, per service. */
export interface Recomputer {
  recompute(request: RecomputeRequest): Promise<Record<DeadlineOwner, number>>;
}

const FIELD: Record<DeadlineOwner, string> = {
  council: 'recomputeCouncilDeadlines',
  committee: 'recomputeCommitteeDeadlines',
  front: 'recomputeFrontDeadlines',
};

const TIMEOUT_MS = 60_000;

/**
 * Calls each owner's `recompute…Deadlines` mutation directly, as the SERVICE user in a signed
 * header (the workers sit behind the gateway's trust boundary, like the escalation directory).
 * The services one after the other: a failure fails the job, BullMQ retries it, and the
 * services already done move nothing the second time.
 */
export class GraphRecomputer implements Recomputer {
  constructor(
    private readonly urls: Record<DeadlineOwner, string>,
    private readonly signingKey: string,
    private readonly clock: Clock,
  ) {}

  async recompute(request: RecomputeRequest): Promise<Record<DeadlineOwner, number>> {
    const moved = { council: 0, committee: 0, front: 0 };
    for (const owner of DEADLINE_OWNERS) moved[owner] = await this.call(owner, request);
    return moved;
  }

  private async call(owner: DeadlineOwner, request: RecomputeRequest): Promise<number> {
    const query = `mutation Recompute($cause: DeadlineRecomputeCause!, $from: Date!, $to: Date, $ruleKind: DeadlineRuleKind) {
      moved: ${FIELD[owner]}(cause: $cause, from: $from, to: $to, ruleKind: $ruleKind)
    }`;
    const res = await fetch(this.urls[owner], {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signUserContext(SERVICE_USER, this.signingKey, this.clock.now()) },
      body: JSON.stringify({ query, variables: { cause: request.cause, from: request.from, to: request.to ?? null, ruleKind: request.ruleKind ?? null } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const body = (await res.json().catch(() => ({}))) as { data?: { moved?: number }; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    const errors = body.errors ?? [];
    // A request the service refuses will be refused again: fail at once, keeping the reason.
    if (errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'FORBIDDEN')) {
      throw new UnrecoverableError(`${owner}: ${errors.map((e) => e.message).join('; ')}`);
    }
    if (!res.ok || errors.length || typeof body.data?.moved !== 'number') {
      throw new Error(`${owner} recompute failed (HTTP ${res.status}): ${errors.map((e) => e.message).join('; ')}`);
    }
    return body.data.moved;
  }
}
