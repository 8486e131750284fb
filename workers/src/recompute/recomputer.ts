import type { Clock } from '@phoihop/core';
import type { RecomputeRequest } from '@phoihop/workflow';
import { callSubgraph } from '../subgraph-call';

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
 * Calls each owner's `recompute…Deadlines` mutation directly (callSubgraph: the SERVICE user
 * in a signed header, like the escalation directory).
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
    const variables = { cause: request.cause, from: request.from, to: request.to ?? null, ruleKind: request.ruleKind ?? null };
    const data = await callSubgraph<{ moved?: number }>({ url: this.urls[owner], signingKey: this.signingKey, clock: this.clock, name: owner, timeoutMs: TIMEOUT_MS }, query, variables);
    if (typeof data.moved !== 'number') throw new Error(`${owner} recompute answered no count`);
    return data.moved;
  }
}
