import { openOrCleared, openRows, ruleRef, type Body, type DeadlineChange, type DeadlineExplanation, type TrackedItem } from '@phoihop/core';
import { Assignment } from './assignment.entity';
import { Directive, type FollowUpSourceType } from './directive.entity';
import { OPEN_ASSIGNMENT } from './rollup';

/** The body whose item an assignment answers: the last escalation level reaches it. */
const RAISED_BY: Record<FollowUpSourceType, Body | 'CITIZEN'> = {
  RECOMMENDATION: 'COUNCIL',
  VOTER_PETITION: 'FRONT',
  FRONT_RECOMMENDATION: 'FRONT',
  CITIZEN_CASE: 'CITIZEN',
};

/** The outbox record of an assignment's deadline, open or cleared. */
export function assignmentDeadlineChange(a: Assignment, directive: Directive, startDate: string): DeadlineChange {
  return {
    itemKind: 'ASSIGNMENT',
    itemId: a.id,
    jurisdictionId: a.jurisdictionId,
    ...openOrCleared(OPEN_ASSIGNMENT.includes(a.status), a.dueDate),
    startDate,
    rule: a.dueRule,
    explanation: a.dueExplanation,
    title: `Nhiệm vụ theo văn bản ${directive.number}: ${a.task}`,
    assignee: { body: 'COMMITTEE', departmentId: a.departmentId },
    raisedBy: RAISED_BY[a.sourceType],
    field: a.field,
  };
}


/**
 * The assignment as a tracked item: the date the directive set, moved past a day off. The
 * directive's date and issue day are the ones stored in the explanation when it was made.
 */
export const trackedAssignment: TrackedItem<Assignment> = {
  name: 'Assignment',
  input(_m, a) {
    const e = a.dueExplanation as DeadlineExplanation;
    return { kind: 'ASSIGNMENT', start: e.start, explicitDue: e.explicitDue ?? a.dueDate };
  },
  storedDue: (a) => a.dueDate,
  setDue(a, result) {
    Object.assign(a, { dueDate: result.due!, dueRule: ruleRef(result), dueExplanation: result.explanation });
  },
  async change(m, a) {
    const directive = await m.getRepository(Directive).findOneByOrFail({ id: a.directiveId });
    return assignmentDeadlineChange(a, directive, directive.issuedOn);
  },
  save: (m, a) => m.getRepository(Assignment).save(a),
  ...openRows(Assignment, { alias: 'a', open: 'a.status IN (:...open)', params: { open: OPEN_ASSIGNMENT }, start: `(a.due_explanation->>'start')::date`, due: 'a.due_date' }),
};
