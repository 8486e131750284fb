import { stableId, writeOutbox, type DeadlineItemKind, type RecomputeCause } from '@phoihop/core';
import type { EntityManager } from 'typeorm';

/** Outbox topic of the workflow schema: the calendar or a rule changed, due dates must follow. */
export const DEADLINES_RECOMPUTE = 'deadlines.recompute';

/** What the workers pass on to each owning subgraph's `recompute…Deadlines` mutation. */
export interface RecomputeRequest {
  cause: RecomputeCause;
  from: string;
  to?: string | null;
  ruleKind?: DeadlineItemKind | null;
}

/**
 * Asks the workers, in the caller's transaction, to have every owning service recompute the
 * due dates the edit touches and then re-plan the open deadlines: the edit and the request
 * commit together, so neither is ever lost without the other.
 */
export function requestRecompute(manager: EntityManager, request: RecomputeRequest): Promise<void> {
  const payload = { cause: request.cause, from: request.from, to: request.to ?? null, ruleKind: request.ruleKind ?? null };
  return writeOutbox(manager, {
    topic: DEADLINES_RECOMPUTE,
    aggregateType: request.ruleKind ?? 'CALENDAR',
    aggregateId: stableId('recompute', request.cause, request.ruleKind ?? 'CALENDAR', request.from),
    payload,
  });
}
