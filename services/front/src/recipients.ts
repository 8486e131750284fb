import { badInput, openOrCleared, requiredText, TEXT_LIMIT, type Body, type DeadlineChange, type Role, type TrackedItemKind } from '@phoihop/core';
import { FRONT_BOARD } from './access';
import type { PetitionRecipientKind } from './generated/graphql';

export interface RecipientInput {
  recipientKind: PetitionRecipientKind;
  departmentId?: string | null;
  recipientName: string;
}

/** A recipient names a department exactly when it is the committee. */
export function validRecipient(input: RecipientInput) {
  if (input.recipientKind === 'COMMITTEE' && !input.departmentId) {
    throw badInput('input.departmentId', 'Gửi đến UBND phải chỉ rõ phòng, ban trả lời.');
  }
  if (input.recipientKind !== 'COMMITTEE' && input.departmentId) {
    throw badInput('input.departmentId', 'Chỉ chỉ định phòng, ban khi gửi đến UBND.');
  }
  return {
    recipientKind: input.recipientKind,
    recipientDepartmentId: input.departmentId ?? null,
    recipientName: requiredText('input.recipientName', input.recipientName, { what: 'tên cơ quan nhận', max: TEXT_LIMIT.name }),
  };
}

/** The body that owes the answer, as the deadline ledger and the escalation ladder see it. */
export function assigneeBody(kind: PetitionRecipientKind): Body {
  if (kind === 'COMMITTEE') return 'COMMITTEE';
  if (kind === 'COUNCIL') return 'COUNCIL';
  // Agencies outside this deployment: the Front itself follows them up.
  return 'FRONT';
}

/** Who records an answer: the side that gave it (a committee department or its leaders, …). */
export function answerers(kind: PetitionRecipientKind | null): readonly Role[] {
  if (kind === 'COMMITTEE') return ['COMMITTEE_LEADER', 'DEPARTMENT_STAFF'];
  if (kind === 'COUNCIL') return ['COUNCIL_STANDING'];
  return FRONT_BOARD;
}

/** What a sent item (voter petition, Front recommendation) publishes about its answer deadline, as it stands. */
export function answerDeadline(
  itemKind: TrackedItemKind,
  item: { id: string; jurisdictionId: string; recipientKind: PetitionRecipientKind; recipientDepartmentId: string | null; field: string },
  d: { open: boolean; due: string | null; start: string; rule: string; explanation: unknown; title: string },
): DeadlineChange {
  return {
    itemKind,
    itemId: item.id,
    jurisdictionId: item.jurisdictionId,
    ...openOrCleared(d.open, d.due),
    startDate: d.start,
    rule: d.rule,
    ...(d.open ? { explanation: d.explanation } : {}),
    title: d.title,
    assignee: { body: assigneeBody(item.recipientKind), departmentId: item.recipientDepartmentId },
    raisedBy: 'FRONT',
    field: item.field,
  };
}
