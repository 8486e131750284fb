import { ALSO_RAISING, bodyRecipient, type Deadline, type PolicyStage, type Recipient } from '@phoihop/workflow';
import type { Directory } from './directory';

/**
 * Who a stage reaches. When the directory has nobody for a position, the message goes one
 * step up rather than nowhere: the department itself, then the committee's leadership.
 */
export async function recipientsFor(stage: PolicyStage, d: Deadline, directory: Directory): Promise<Recipient[]> {
  const assignee = (): Recipient =>
    d.assigneeOfficialId
      ? { type: 'OFFICIAL', id: d.assigneeOfficialId }
      : d.assigneeDepartmentId
        ? { type: 'DEPARTMENT', id: d.assigneeDepartmentId }
        : bodyRecipient(d.assigneeBody, d.jurisdictionId);
  const leadership = () => bodyRecipient('COMMITTEE', d.jurisdictionId);
  // The committee's ranks (head, vice-chair, chair) are the committee's: work owed by the council
  // or the Front (session documents they present) climbs to that body's standing board instead.
  if (d.assigneeBody !== 'COMMITTEE' && stage.recipient !== 'ASSIGNEE' && stage.recipient !== 'RAISING_BODY') {
    return [bodyRecipient(d.assigneeBody, d.jurisdictionId)];
  }
  switch (stage.recipient) {
    case 'ASSIGNEE':
      return [assignee()];
    case 'DEPARTMENT_HEAD': {
      if (!d.assigneeDepartmentId) return [assignee()];
      return [(await directory.departmentHead(d.jurisdictionId, d.assigneeDepartmentId)) ?? assignee()];
    }
    case 'VICE_CHAIR_IN_CHARGE':
      return [(d.field ? await directory.viceChairInCharge(d.jurisdictionId, d.field) : null) ?? leadership()];
    case 'CHAIR':
      return [(await directory.chair(d.jurisdictionId)) ?? leadership()];
    case 'RAISING_BODY': {
      const also = (ALSO_RAISING[d.itemKind] ?? []).filter((b) => b !== d.raisedBy);
      return [bodyRecipient(d.raisedBy, d.jurisdictionId), ...also.map((b) => bodyRecipient(b, d.jurisdictionId))];
    }
  }
}
