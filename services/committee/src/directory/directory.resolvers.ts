import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { DepartmentsAdminService } from './departments-admin.service';
import { DirectoryService } from './directory.service';
import { OfficialsAdminService } from './officials-admin.service';

export const directoryResolvers: Resolvers = {
  Query: {
    department: (_, { id }, ctx) => new DirectoryService(ctx).department(id),
    departments: (_, args, ctx) => new DirectoryService(ctx).departments(args, args),
    official: (_, { id }, ctx) => new DirectoryService(ctx).official(id),
    officials: (_, args, ctx) => new DirectoryService(ctx).officials(args, args),
  },
  Mutation: {
    createDepartment: (_, { input }, ctx) => new DepartmentsAdminService(ctx).create(input),
    updateDepartment: (_, { input }, ctx) => new DepartmentsAdminService(ctx).update(input),
    createOfficial: (_, { input }, ctx) => new OfficialsAdminService(ctx).create(input),
    updateOfficial: (_, { input }, ctx) => new OfficialsAdminService(ctx).update(input),
  },
  Department: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new DirectoryService(ctx).department(ref.id),
    jurisdiction: (d, _, ctx) => new JurisdictionsService(ctx).require(d.jurisdictionId),
    head: (d, _, ctx) => new DirectoryService(ctx).headOf(d.id),
  },
  Official: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new DirectoryService(ctx).official(ref.id),
    jurisdiction: (o, _, ctx) => new JurisdictionsService(ctx).require(o.jurisdictionId),
    department: (o, _, ctx) => (o.departmentId ? new DirectoryService(ctx).department(o.departmentId) : null),
  },
};
