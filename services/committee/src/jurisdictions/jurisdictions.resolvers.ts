import type { Resolvers } from '../generated/graphql';
import { JurisdictionsAdminService } from './jurisdictions-admin.service';
import { JurisdictionsService } from './jurisdictions.service';

export const jurisdictionResolvers: Resolvers = {
  Query: {
    jurisdiction: (_, { id }, ctx) => new JurisdictionsService(ctx).byId(id),
    jurisdictions: (_, args, ctx) => new JurisdictionsService(ctx).list(args, args),
  },
  Mutation: {
    createJurisdiction: (_, { input }, ctx) => new JurisdictionsAdminService(ctx).create(input),
    updateJurisdiction: (_, { input }, ctx) => new JurisdictionsAdminService(ctx).update(input),
  },
  Jurisdiction: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new JurisdictionsService(ctx).byId(ref.id),
    parent: (j, _, ctx) => (j.parentId ? new JurisdictionsService(ctx).byId(j.parentId) : null),
    children: (j, args, ctx) => new JurisdictionsService(ctx).list({ parentId: j.id }, args),
    // The row is in hand already: whether it operates today is as public as its name.
    active: (j, _, ctx) => new JurisdictionsService(ctx, { publicRead: true }).isActive(j),
  },
};
