import { notAfter, optionalText, requiredText, TEXT_LIMIT, type GraphContext } from '@phoihop/core';
import { Column } from 'typeorm';
import type { PetitionRecipientKind } from './generated/graphql';

/** The answer columns voter petitions and Front recommendations share (each in its own table). */
export abstract class AnswerColumns {
  @Column({ name: 'answer_text', type: 'text', nullable: true })
  answerText!: string | null;

  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn!: string | null;

  @Column({ name: 'answered_by_official_id', type: 'uuid', nullable: true })
  answeredByOfficialId!: string | null;

  @Column({ name: 'answered_by_name', type: 'text', nullable: true })
  answeredByName!: string | null;

  @Column({ name: 'answer_document', type: 'text', nullable: true })
  answerDocument!: string | null;
}

type Answered = Pick<AnswerColumns, keyof AnswerColumns>;

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

export const recipientOf = (row: { recipientKind: PetitionRecipientKind; recipientName: string | null; recipientDepartmentId: string | null }) => ({
  kind: row.recipientKind,
  name: row.recipientName ?? '',
  department: row.recipientDepartmentId ? { id: row.recipientDepartmentId } : null,
});

/** An answer as given (`answerVoterPetition`, `answerFrontRecommendation`), checked before the row is read. */
export function givenAnswer(ctx: GraphContext, input: { text: string; answeredOn: string; documentNumber?: string | null }): Answered & { answeredOn: string } {
  return {
    answerText: requiredText('input.text', input.text, { what: 'nội dung trả lời', max: TEXT_LIMIT.text }),
    answeredOn: notAfter('input.answeredOn', input.answeredOn, ctx.today(), 'Ngày trả lời không được sau hôm nay.'),
    answeredByOfficialId: ctx.user?.officialId ?? null,
    answeredByName: ctx.user?.name ?? null,
    answerDocument: optionalText('input.documentNumber', input.documentNumber, { max: TEXT_LIMIT.code }) ?? null,
  };
}

