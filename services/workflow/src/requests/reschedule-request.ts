import { stableId, writeOutbox, type TrackedItemKind } from '@phoihop/core';
import type { EntityManager } from 'typeorm';

/** Outbox topic of the workflow schema: open deadlines must be re-planned (policy or calendar edit). */
export const DEADLINES_RESCHEDULE = 'deadlines.reschedule';

export interface RescheduleRequest {
  reason: 'POLICY' | 'CALENDAR';
  /** Only deadlines of this kind; all open deadlines when absent. */
  itemKind?: TrackedItemKind;
}

/**
 * Asks the workers, through this schema's outbox and in the caller's transaction, to
 * recompute the schedules of open deadlines: the edit and the request commit together.
 */
export function requestReschedule(manager: EntityManager, request: RescheduleRequest): Promise<void> {
  return writeOutbox(manager, {
    topic: DEADLINES_RESCHEDULE,
    aggregateType: request.itemKind ?? 'ALL',
    aggregateId: stableId('reschedule', request.reason, request.itemKind ?? 'ALL'),
    payload: request as unknown as Record<string, unknown>,
  });
}
