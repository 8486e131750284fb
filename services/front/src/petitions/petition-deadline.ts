import type { DeadlineChange } from '@phoihop/core';
import { assigneeBody } from '../recipients';
import { petitionTitle } from './petition-lifecycle.service';
import type { VoterPetition } from './voter-petition.entity';

/**
 * The deadline change a voter petition publishes, read from the row as it now stands: OPEN
 * with its answer due once forwarded, CLEARED when answered or merged into an earlier one.
 */
export function petitionDeadlineChange(p: VoterPetition, state: 'OPEN' | 'CLEARED'): DeadlineChange {
  return {
    itemKind: 'VOTER_PETITION',
    itemId: p.id,
    jurisdictionId: p.jurisdictionId,
    state,
    dueDate: state === 'OPEN' ? p.answerDue : null,
    startDate: p.forwardedOn!,
    rule: p.answerDueRule!,
    ...(state === 'OPEN' ? { explanation: p.answerDueExplanation } : {}),
    title: petitionTitle(p),
    assignee: { body: assigneeBody(p.recipientKind!), departmentId: p.recipientDepartmentId },
    raisedBy: 'FRONT',
    field: p.field,
  };
}
