import { isOverdue } from '@phoihop/core';
import type { Assignment } from './assignment.entity';

/** The follow-up of one source, rolled up from its assignments. */
export interface FollowUp {
  state: 'NOT_ASSIGNED' | 'IN_PROGRESS' | 'DONE';
  progress: number;
  assignmentCount: number;
  doneCount: number;
  overdueCount: number;
  nextDueDate: string | null;
}

/** Assignments whose clock runs. */
export const OPEN_ASSIGNMENT: readonly string[] = ['OPEN', 'IN_PROGRESS'];

/**
 * Done when every live assignment is done; progress is the weighted mean of their progress.
 * Cancelled assignments count for nothing.
 */
export function rollUp(assignments: readonly Assignment[], today: string): FollowUp {
  const live = assignments.filter((a) => a.status !== 'CANCELLED');
  const weight = live.reduce((sum, a) => sum + a.weight, 0);
  const done = live.filter((a) => a.status === 'DONE');
  const open = live.filter((a) => a.status !== 'DONE');
  const progress = weight === 0 ? 0 : live.reduce((sum, a) => sum + a.weight * a.progress, 0) / weight;
  return {
    state: live.length === 0 ? 'NOT_ASSIGNED' : done.length === live.length ? 'DONE' : 'IN_PROGRESS',
    progress: Math.round(progress * 10) / 10,
    assignmentCount: live.length,
    doneCount: done.length,
    overdueCount: live.filter((a) => isOverdue({ open: OPEN_ASSIGNMENT.includes(a.status), due: a.dueDate }, today)).length,
    nextDueDate: open.map((a) => a.dueDate).sort()[0] ?? null,
  };
}
