import { explainedRule, openOrCleared, openRows, type TrackedItem } from '@phoihop/core';
import { Recommendation } from './recommendation.entity';

/**
 * The RECOMMENDATION deadline: the date in the supervision conclusion, moved past a day off
 * (Civil Code Art. 148). The ledger knows the due date, the department that owes the work
 * (the first one named), the field of responsibility and the text notifications quote.
 */
export const recommendationDeadline: TrackedItem<Recommendation> = {
  name: 'Recommendation',
  input: (_m, r) => ({ kind: 'RECOMMENDATION_FOLLOW_UP', start: r.issuedOn, explicitDue: r.requestedDueDate }),
  storedDue: (r) => r.dueDate,
  setDue(r, result) {
    // Neither council rule can be suspended, so a due date is always there.
    Object.assign(r, { dueDate: result.due!, dueExplanation: result.explanation });
  },
  change(_m, r) {
    return {
      itemKind: 'RECOMMENDATION',
      itemId: r.id,
      jurisdictionId: r.jurisdictionId,
      ...openOrCleared(r.status === 'OPEN', r.dueDate),
      startDate: r.issuedOn,
      rule: explainedRule(r.dueExplanation, 'RECOMMENDATION_FOLLOW_UP@1'),
      explanation: r.dueExplanation,
      title: `Kiến nghị sau giám sát${r.externalAddresseeName ? ` gửi ${r.externalAddresseeName}` : ''}: ${r.content.length > 120 ? `${r.content.slice(0, 117)}…` : r.content}`,
      assignee: { body: r.addressedTo, departmentId: r.departmentIds[0] ?? null },
      raisedBy: 'COUNCIL',
      field: r.field,
    };
  },
  // A recomputed date is a new version of the deadline.
  save: (m, r) => m.getRepository(Recommendation).save(Object.assign(r, { version: r.version + 1 })),
  ...openRows(Recommendation, { alias: 'r', open: `r.status = 'OPEN'`, start: 'r.issued_on', due: 'r.due_date' }),
};
