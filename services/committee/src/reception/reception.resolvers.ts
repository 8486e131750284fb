import { CASE_RULE } from '../access';
import { CitizenCasesService } from '../cases/citizen-cases.service';
import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { ReceptionService } from './reception.service';

const EMPTY = { nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

export const receptionResolvers: Resolvers = {
  Query: {
    receptionDay: (_, { id }, ctx) => new ReceptionService(ctx).byId(id),
    receptionDays: (_, args, ctx) => new ReceptionService(ctx).list(args, args),
  },
  Mutation: {
    scheduleReceptionDay: (_, { input }, ctx) => new ReceptionService(ctx).schedule(input),
  },
  ReceptionDay: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new ReceptionService(ctx).byId(ref.id),
    jurisdiction: (r, _, ctx) => new JurisdictionsService(ctx, { publicRead: true }).require(r.jurisdictionId),
    hosts: (r, _, ctx) => new ReceptionService(ctx).hosts(r),
    delegates: (r) => r.delegateIds.map((id) => ({ id })),
    // Readers without access to cases see the day, not what was brought to it.
    cases: (r, args, ctx) => (ctx.access.has(CASE_RULE.readers) ? new CitizenCasesService(ctx).ofReceptionDay(r.id, args) : EMPTY),
  },
};
