import { sumOverJurisdictions } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { PlansService } from '../plans/plans.service';
import { CouncilReportService } from './report.service';

export const reportResolvers: Resolvers = {
  CoordinationReport: {
    __resolveReference: (ref) => ({ jurisdictionId: ref.jurisdictionId, year: ref.year }),
    council: (key, _, ctx) => new CouncilReportService(ctx).figures(key),
    nextYearPlan: (key, _, ctx) => new PlansService(ctx).byYear(key.jurisdictionId, key.year + 1),
  },
  CoordinationTotal: {
    // The committee subgraph put the jurisdictions to sum in the key (withCommunes).
    __resolveReference: (ref) => ({ jurisdictionId: ref.jurisdictionId, year: ref.year, jurisdictionIds: ref.jurisdictionIds }),
    council: (total, _, ctx) => sumOverJurisdictions(total, (key) => new CouncilReportService(ctx).figures(key)),
  },
};
