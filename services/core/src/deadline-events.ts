import type { EntityManager } from 'typeorm';
import { writeOutbox } from './outbox';

/** Every kind of item whose legal deadline the system tracks (DESIGN.md, Deadlines). */
export const TRACKED_ITEM_KINDS = [
  'COMPLAINT',
  'DENUNCIATION',
  'PETITION',
  'RECOMMENDATION',
  'ASSIGNMENT',
  'VOTER_PETITION',
  'SESSION_DOCUMENTS',
  'FRONT_RECOMMENDATION',
  'QUESTIONING_COMMITMENT',
] as const;
export type TrackedItemKind = (typeof TRACKED_ITEM_KINDS)[number];

export type Body = 'COUNCIL' | 'COMMITTEE' | 'FRONT';

/**
 * The published shape of a deadline change (topic `deadline.changed`), written to the
 * owning service's outbox in the same transaction as the change (DESIGN.md rule 3).
 * The workers' relay turns it into the `workflow.deadline` ledger and delayed jobs.
 */
export interface DeadlineChange {
  itemKind: TrackedItemKind;
  itemId: string;
  jurisdictionId: string;
  /** OPEN: clock running; PAUSED: suspended; CLEARED: resolved, withdrawn or deleted. */
  state: 'OPEN' | 'PAUSED' | 'CLEARED';
  /** Due date YYYY-MM-DD; null when CLEARED or PAUSED without a date. */
  dueDate: string | null;
  /** The day the clock started, YYYY-MM-DD. */
  startDate: string;
  /** Deadline rule code and version, e.g. `COMPLAINT_RESOLUTION@1`. */
  rule: string;
  /** How the due date was computed (from services/core deadlines), stored on the ledger. */
  explanation?: unknown;
  /** What notifications call the item, in Vietnamese: "Khiếu nại số 12/2026 của ông Nguyễn Văn A". */
  title: string;
  /** Who owes the work. */
  assignee: { body: Body; departmentId?: string | null; officialId?: string | null };
  /** Which body raised the item: the last escalation level reaches it. */
  raisedBy: Body | 'CITIZEN';
  /** Field of responsibility (land, construction, …): picks the vice-chair in charge. */
  field?: string | null;
}

export const DEADLINE_CHANGED = 'deadline.changed';

/** The state and due date of a change: the stored date while the item is open, none once it is cleared. */
export function openOrCleared(open: boolean, due: string | null): Pick<DeadlineChange, 'state' | 'dueDate'> {
  return open ? { state: 'OPEN', dueDate: due } : { state: 'CLEARED', dueDate: null };
}

/** Records a deadline change in the caller's transaction. */
export function recordDeadlineChange(manager: EntityManager, change: DeadlineChange): Promise<void> {
  return writeOutbox(manager, {
    topic: DEADLINE_CHANGED,
    aggregateType: change.itemKind,
    aggregateId: change.itemId,
    payload: change as unknown as Record<string, unknown>,
  });
}
