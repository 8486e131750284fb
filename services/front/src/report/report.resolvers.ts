import { sumOverJurisdictions } from '@phoihop/core';
import type { Resolvers } from '../generated/graphql';
import { FiguresService } from './figures.service';

/** Aggregate figures are public: no sign-in needed, nothing personal is counted out. */
export const reportResolvers: Resolvers = {
  CoordinationReport: {
    __resolveReference: (ref) => ({ jurisdictionId: ref.jurisdictionId, year: ref.year }),
    front: (report, _, ctx) => new FiguresService(ctx).figures(report),
  },
  CoordinationTotal: {
    // The committee subgraph put the jurisdictions to sum in the key (withCommunes).
    __resolveReference: (ref) => ({ jurisdictionId: ref.jurisdictionId, year: ref.year, jurisdictionIds: ref.jurisdictionIds }),
    front: (total, _, ctx) => sumOverJurisdictions(total, (key) => new FiguresService(ctx).figures(key)),
  },
};
