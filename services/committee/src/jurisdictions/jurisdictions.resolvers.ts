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
  // A jurisdiction's name, code, level and place in the tree are public: anonymous readers of a
  // session schedule or a resolution reach it through a reference. Searching the list is not.
  Jurisdiction: {
    __resolveReference: async (ref, ctx) => new JurisdictionsService(ctx, { publicRead: true }).byId(ref.id),
    parent: (j, _, ctx) => (j.parentId ? new JurisdictionsService(ctx, { publicRead: true }).byId(j.parentId) : null),
    children: (j, args, ctx) => new JurisdictionsService(ctx, { publicRead: true }).children(j.id, args),
    active: (j, _, ctx) => new JurisdictionsService(ctx, { publicRead: true }).isActive(j),
  },
};
