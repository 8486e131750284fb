import { explainedRule, openOrCleared, openRows, type TrackedItem } from '@phoihop/core';
import { QuestioningCommitment } from './questioning-commitment.entity';

/**
 * The QUESTIONING_COMMITMENT deadline: the date the answerer committed to, moved past a day off
 * (Civil Code Art. 148). Owed by the committee: the official who answered, else the department,
 * else the committee's leadership (the chair answered); raised by the council, whose Standing
 * Committee follows it up and is the ladder's last rung.
 */
export const commitmentDeadline: TrackedItem<QuestioningCommitment> = {
  name: 'QuestioningCommitment',
  input: (_m, c) => ({ kind: 'QUESTIONING_COMMITMENT', start: c.madeOn, explicitDue: c.requestedDueDate }),
  storedDue: (c) => c.dueDate,
  setDue(c, result) {
    // The rule cannot be suspended, so a due date is always there.
    Object.assign(c, { dueDate: result.due!, dueExplanation: result.explanation });
  },
  change(_m, c) {
    return {
      itemKind: 'QUESTIONING_COMMITMENT',
      itemId: c.id,
      jurisdictionId: c.jurisdictionId,
      ...openOrCleared(c.status === 'OPEN', c.dueDate),
      startDate: c.madeOn,
      rule: explainedRule(c.dueExplanation, 'QUESTIONING_COMMITMENT@1'),
      explanation: c.dueExplanation,
      title: `Cam kết khi trả lời chất vấn, giải trình: ${c.content.length > 120 ? `${c.content.slice(0, 117)}…` : c.content}`,
      assignee: { body: 'COMMITTEE', departmentId: c.departmentId, officialId: c.officialId },
      raisedBy: 'COUNCIL',
      field: c.field,
    };
  },
  // A recomputed date is a new version of the deadline.
  save: (m, c) => m.getRepository(QuestioningCommitment).save(Object.assign(c, { version: c.version + 1 })),
  ...openRows(QuestioningCommitment, { alias: 'c', open: `c.status = 'OPEN'`, start: 'c.made_on', due: 'c.due_date' }),
};
