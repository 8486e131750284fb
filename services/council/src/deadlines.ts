import { computeDeadline, DEFAULT_DEADLINE_RULES, WorkingCalendar, type DeadlineInput, type DeadlineResult, type GraphContext } from '@phoihop/core';

const officialCalendar = WorkingCalendar.official();

/**
 * The one place the council asks core for a due date. It uses the shipped rules and the
 * official calendar; switching to the admin-edited reference data is this one line:
 * `computeDeadline(input, await referenceData.loadRules(ctx.db), await referenceData.loadCalendar(ctx.db))`.
 */
async function compute(_ctx: Pick<GraphContext, 'db'>, input: DeadlineInput): Promise<DeadlineResult> {
  return computeDeadline(input, DEFAULT_DEADLINE_RULES, officialCalendar);
}

export interface ComputedDue {
  due: string;
  rule: string;
  explanation: DeadlineResult['explanation'];
}

function settled(result: DeadlineResult): ComputedDue {
  // Neither council rule can be suspended, so a due date is always there.
  return { due: result.due!, rule: `${result.rule.code}@${result.rule.version}`, explanation: result.explanation };
}

/** Hạn gửi tài liệu kỳ họp: N days before the session opens (rule SESSION_DOCUMENTS). */
export async function sessionDocumentsDue(ctx: Pick<GraphContext, 'db'>, sessionStart: string): Promise<ComputedDue> {
  return settled(await compute(ctx, { kind: 'SESSION_DOCUMENTS', start: sessionStart }));
}

/** A recommendation's due date: the conclusion's date, moved past a day off (Civil Code Art. 148). */
export async function recommendationDue(ctx: Pick<GraphContext, 'db'>, issuedOn: string, dateInConclusion: string): Promise<ComputedDue> {
  return settled(await compute(ctx, { kind: 'RECOMMENDATION_FOLLOW_UP', start: issuedOn, explicitDue: dateInConclusion }));
}
