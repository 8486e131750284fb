import type { GraphContext } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { finalFailure } from '@phoihop/workflow';
import { DeadlinesService } from './deadlines.service';

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Every tracked entity: a reference resolved to itself, and its ledger through one loader. */
const tracked = {
  __resolveReference: (r: { id: string }, ctx: GraphContext) => {
    ctx.access.requireSignedIn();
    return { id: r.id };
  },
  deadline: (entity: { id: string }, _: unknown, ctx: GraphContext) => new DeadlinesService(ctx).forItem(entity.id),
};

export const deadlineResolvers: Resolvers = {
  Query: {
    deadline: (_, { itemKind, itemId }, ctx) => new DeadlinesService(ctx).byKindAndItem(itemKind, itemId),
    deadlines: (_, { filter, first, after }, ctx) => new DeadlinesService(ctx).list(filter ?? {}, { first, after }),
  },
  Deadline: {
    jurisdiction: (d) => ({ id: d.jurisdictionId }),
    assigneeDepartment: (d) => (d.assigneeDepartmentId ? { id: d.assigneeDepartmentId } : null),
    version: (d) => d.version,
    nextStageAt: (d) => d.nextAt,
    failure: (d) => {
      const f = finalFailure(d);
      return f && { stage: f.stage, at: f.at, detail: `Bước ${f.stage} không thể gửi: ${f.reason}`.normalize('NFC') };
    },
    workingDaysLeft: (d, _, ctx) => new DeadlinesService(ctx).workingDaysLeft(d),
    overdue: (d, _, ctx) => new DeadlinesService(ctx).overdue(d),
    history: (d, args, ctx) => new DeadlinesService(ctx).history(d, args),
  },
  DeadlineExplanation: {
    summary: (e) => str(e.summary),
    legalBasis: (e) => str((e.rule as Record<string, unknown> | undefined)?.legalBasis),
    ruleCode: (e) => str((e.rule as Record<string, unknown> | undefined)?.code),
    counting: (e) => str(e.counting),
    start: (e) => str(e.start),
    baseDays: (e) => int(e.baseDays),
    daysCounted: (e) => int(e.daysCounted),
    explicitDue: (e) => str(e.explicitDue),
    cappedBy: (e) => str(e.cappedBy),
    skipped: (e) =>
      (Array.isArray(e.skipped) ? (e.skipped as Array<Record<string, unknown>>) : []).map((s) => ({
        date: String(s.date),
        reason: String(s.reason ?? ''),
      })),
  },
  CitizenCase: tracked,
  Assignment: tracked,
  Recommendation: tracked,
  VoterPetition: tracked,
  Session: tracked,
  FrontRecommendation: tracked,
  QuestioningCommitment: tracked,
  Jurisdiction: {},
  Department: {},
};
