import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { CASE_RULE } from '../access';
import { loadCitizenCase } from '../cases/citizen-cases.service';
import { checkReceptionMinimum } from './reception-minimum';
import { ReceptionVisitsService } from './reception-visits.service';
import { ReceptionService } from './reception.service';

export const receptionResolvers: Resolvers = {
  Query: {
    receptionDay: (_, { id }, ctx) => new ReceptionService(ctx).byId(id),
    receptionDays: (_, args, ctx) => new ReceptionService(ctx).list(args, args),
    receptionVisits: (_, args, ctx) => new ReceptionVisitsService(ctx).list(args, args),
    receptionMinimum: (_, { jurisdictionId, year, minimumDays }, ctx) => checkReceptionMinimum(ctx, jurisdictionId, year, minimumDays),
  },
  Mutation: {
    scheduleReceptionDay: (_, { input }, ctx) => new ReceptionService(ctx).schedule(input),
    recordReceptionVisit: (_, { input }, ctx) => new ReceptionVisitsService(ctx).record(input),
  },
  ReceptionDay: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new ReceptionService(ctx).byId(ref.id),
    jurisdiction: (r, _, ctx) => new JurisdictionsService(ctx, { publicRead: true }).require(r.jurisdictionId),
    hosts: (r, _, ctx) => new ReceptionService(ctx).hosts(r),
    delegates: (r) => r.delegateIds.map((id) => ({ id })),
    visits: (r, args, ctx) => new ReceptionVisitsService(ctx).ofDay(r, args),
    // `cases` is resolved with the cases (cases.resolvers.ts).
  },
  ReceptionVisit: {
    jurisdiction: (v, _, ctx) => new JurisdictionsService(ctx).require(v.jurisdictionId),
    receptionDay: (v, _, ctx) => (v.receptionDayId ? new ReceptionService(ctx).byId(v.receptionDayId) : null),
    // A reader of the book who may not read the case sees the visit without it.
    case: async (v, _, ctx) => {
      const c = v.caseId ? await loadCitizenCase(ctx, v.caseId) : null;
      return c && ctx.access.canRead(CASE_RULE, c) ? c : null;
    },
  },
};
