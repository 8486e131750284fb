import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { DirectoryService } from './directory.service';

export const directoryResolvers: Resolvers = {
  Query: {
    department: (_, { id }, ctx) => new DirectoryService(ctx).department(id),
    departments: (_, args, ctx) => new DirectoryService(ctx).departments(args, args),
    official: (_, { id }, ctx) => new DirectoryService(ctx).official(id),
    officials: (_, args, ctx) => new DirectoryService(ctx).officials(args, args),
  },
  Department: {
    __resolveReference: (ref, ctx) => new DirectoryService(ctx).department(ref.id),
    jurisdiction: (d, _, ctx) => new JurisdictionsService(ctx).require(d.jurisdictionId),
    head: (d, _, ctx) => new DirectoryService(ctx).headOf(d.id),
  },
  Official: {
    __resolveReference: (ref, ctx) => new DirectoryService(ctx).official(ref.id),
    jurisdiction: (o, _, ctx) => new JurisdictionsService(ctx).require(o.jurisdictionId),
    department: (o, _, ctx) => (o.departmentId ? new DirectoryService(ctx).department(o.departmentId) : null),
  },
};
