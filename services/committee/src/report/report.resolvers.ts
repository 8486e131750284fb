import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { ReportService } from './report.service';

export const reportResolvers: Resolvers = {
  Query: {
    coordinationReport: (_, { jurisdictionId, year }, ctx) => new ReportService(ctx).key(jurisdictionId, year),
  },
  CoordinationReport: {
    __resolveReference: (ref) => ({ jurisdictionId: ref.jurisdictionId, year: ref.year }),
    jurisdiction: (r, _, ctx) => new JurisdictionsService(ctx, { publicRead: true }).require(r.jurisdictionId),
    committee: (r, _, ctx) => new ReportService(ctx).figures(r),
  },
};
