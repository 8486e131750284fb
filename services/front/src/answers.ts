import type { PetitionRecipientKind } from './generated/graphql';

/** The answer columns voter petitions and Front recommendations share. */
export interface Answered {
  answerText: string | null;
  answeredOn: string | null;
  answeredByOfficialId: string | null;
  answeredByName: string | null;
  answerDocument: string | null;
}

/** The `PetitionAnswer` of an item, or null while unanswered. */
export function answerOf(row: Answered, due: string | null) {
  if (!row.answeredOn) return null;
  return {
    text: row.answerText!,
    answeredOn: row.answeredOn,
    answeredBy: row.answeredByOfficialId ? { id: row.answeredByOfficialId } : null,
    answeredByName: row.answeredByName ?? '',
    documentNumber: row.answerDocument,
    onTime: !!due && row.answeredOn <= due,
  };
}

/** Not answered by the due date: still open past it, or answered late. */
export function isOverdue(row: Answered, due: string | null, today: string): boolean {
  if (!due) return false;
  if (row.answeredOn) return row.answeredOn > due;
  return today > due;
}

export const recipientOf = (row: { recipientKind: PetitionRecipientKind; recipientName: string | null; recipientDepartmentId: string | null }) => ({
  kind: row.recipientKind,
  name: row.recipientName ?? '',
  department: row.recipientDepartmentId ? { id: row.recipientDepartmentId } : null,
});
