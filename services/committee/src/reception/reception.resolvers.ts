import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { ReceptionService } from './reception.service';

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
    // `cases` is resolved with the cases (cases.resolvers.ts).
  },
};
