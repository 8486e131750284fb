import type { Body, DeadlineChange } from '@phoihop/core';
import type { Assignment } from './assignment.entity';
import type { Directive, FollowUpSourceType } from './directive.entity';

/** The body whose item an assignment answers: the last escalation level reaches it. */
const RAISED_BY: Record<FollowUpSourceType, Body | 'CITIZEN'> = {
  RECOMMENDATION: 'COUNCIL',
  VOTER_PETITION: 'FRONT',
  FRONT_RECOMMENDATION: 'FRONT',
  CITIZEN_CASE: 'CITIZEN',
};

/** The outbox record of an assignment's deadline, open or cleared. */
export function assignmentDeadlineChange(a: Assignment, directive: Directive, startDate: string): DeadlineChange {
  const open = a.status === 'OPEN' || a.status === 'IN_PROGRESS';
  return {
    itemKind: 'ASSIGNMENT',
    itemId: a.id,
    jurisdictionId: a.jurisdictionId,
    state: open ? 'OPEN' : 'CLEARED',
    dueDate: open ? a.dueDate : null,
    startDate,
    rule: a.dueRule,
    explanation: a.dueExplanation,
    title: `Nhiệm vụ theo văn bản ${directive.number}: ${a.task}`,
    assignee: { body: 'COMMITTEE', departmentId: a.departmentId },
    raisedBy: RAISED_BY[a.sourceType],
    field: a.field,
  };
}
