import { sumOverJurisdictions } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { ReportNarrativeService } from './narrative.service';
import { overdueByDepartment } from './overdue-by-department';
import { ReportService } from './report.service';

export const reportResolvers: Resolvers = {
  Query: {
    coordinationReport: (_, { jurisdictionId, year }, ctx) => new ReportService(ctx).key(jurisdictionId, year),
  },
  CoordinationReport: {
    // Keeps the council's and the Front's figures the planner sends for `summary` and `sections`.
    __resolveReference: (ref) => ({
      jurisdictionId: ref.jurisdictionId,
      year: ref.year,
      ...('council' in ref && ref.council && ref.front ? { council: ref.council, front: ref.front } : {}),
    }),
    jurisdiction: (r, _, ctx) => new JurisdictionsService(ctx, { publicRead: true }).require(r.jurisdictionId),
    committee: (r, _, ctx) => new ReportService(ctx).figures(r),
    overdueByDepartment: (r, _, ctx) => overdueByDepartment(ctx, r),
    summary: (r, _, ctx) => new ReportNarrativeService(ctx).summary(r),
    sections: (r, _, ctx) => new ReportNarrativeService(ctx).sections(r),
    // The jurisdictions to sum go in the total's key, for the council and the Front to sum theirs.
    withCommunes: async (r, _, ctx) => ({ ...r, jurisdictionIds: await new JurisdictionsService(ctx, { publicRead: true }).withDescendants(r.jurisdictionId) }),
  },
  CoordinationTotal: {
    // This subgraph owns the tree: it sums over the jurisdictions it finds, whatever a key says.
    __resolveReference: async (ref, ctx) => ({
      jurisdictionId: ref.jurisdictionId,
      year: ref.year,
      jurisdictionIds: await new JurisdictionsService(ctx, { publicRead: true }).withDescendants(ref.jurisdictionId),
    }),
    committee: (t, _, ctx) => sumOverJurisdictions(t, (key) => new ReportService(ctx).figures(key)),
  },
};
