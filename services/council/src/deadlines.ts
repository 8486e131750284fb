import { computeDeadlineFromReference, ruleRef, type DeadlineInput, type DeadlineResult, type GraphContext } from '@phoihop/core';

/** The rules in force and the calendar as admins edit them (the `reference` schema). */
const compute = (ctx: Pick<GraphContext, 'db'>, input: DeadlineInput) => computeDeadlineFromReference(ctx.db, input);

export interface ComputedDue {
  due: string;
  rule: string;
  explanation: DeadlineResult['explanation'];
}

function settled(result: DeadlineResult): ComputedDue {
  // Neither council rule can be suspended, so a due date is always there.
  return { due: result.due!, rule: ruleRef(result), explanation: result.explanation };
}

/** Hạn gửi tài liệu kỳ họp: N days before the session opens (rule SESSION_DOCUMENTS). */
export async function sessionDocumentsDue(ctx: Pick<GraphContext, 'db'>, sessionStart: string): Promise<ComputedDue> {
  return settled(await compute(ctx, { kind: 'SESSION_DOCUMENTS', start: sessionStart }));
}

/** A recommendation's due date: the conclusion's date, moved past a day off (Civil Code Art. 148). */
export async function recommendationDue(ctx: Pick<GraphContext, 'db'>, issuedOn: string, dateInConclusion: string): Promise<ComputedDue> {
  return settled(await compute(ctx, { kind: 'RECOMMENDATION_FOLLOW_UP', start: issuedOn, explicitDue: dateInConclusion }));
}
