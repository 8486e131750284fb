import { notFound } from '@phoihop/core';
import { DirectoryService } from '../directory/directory.service';
import type { Resolvers } from '../generated/graphql';
import { DepartmentScorecardsService, averageDaysLate, onTimeRate, totalOf, type WorkFigures } from './department-scorecards.service';

const work = (w: WorkFigures) => ({ ...w, onTimeRate: onTimeRate(w), averageDaysLate: averageDaysLate(w) });

export const scorecardResolvers: Resolvers = {
  Query: {
    departmentScorecards: (_, { jurisdictionId, year, orderBy, first, after }, ctx) => new DepartmentScorecardsService(ctx).list(jurisdictionId, year, orderBy, { first, after }),
  },
  CoordinationReport: {
    departmentScorecards: (r, { orderBy, first, after }, ctx) => new DepartmentScorecardsService(ctx).list(r.jurisdictionId, r.year, orderBy, { first, after }),
  },
  DepartmentScorecard: {
    __resolveReference: (ref, ctx) => new DepartmentScorecardsService(ctx).one(ref.departmentId, ref.year),
    department: async (r, _, ctx) => {
      const department = await new DirectoryService(ctx).department(r.departmentId);
      if (!department) throw notFound('Department', r.departmentId);
      return department;
    },
    assignments: (r) => work(r.assignments),
    cases: (r) => work(r.cases),
    total: (r) => work(totalOf(r)),
  },
};
