import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from './jurisdictions.service';

export const jurisdictionResolvers: Resolvers = {
  Query: {
    jurisdiction: (_, { id }, ctx) => new JurisdictionsService(ctx).byId(id),
    jurisdictions: (_, args, ctx) => new JurisdictionsService(ctx).list(args, args),
  },
  Jurisdiction: {
    __resolveReference: (ref, ctx) => new JurisdictionsService(ctx).byId(ref.id),
    parent: (j, _, ctx) => (j.parentId ? new JurisdictionsService(ctx).byId(j.parentId) : null),
    children: (j, args, ctx) => new JurisdictionsService(ctx).list({ parentId: j.id }, args),
    active: (j, _, ctx) => new JurisdictionsService(ctx).isActive(j),
  },
};
