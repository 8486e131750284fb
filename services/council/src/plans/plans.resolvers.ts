import type { Resolvers } from '../generated/graphql';
import { PlansService } from './plans.service';

export const planResolvers: Resolvers = {
  Query: {
    coordinationPlan: (_, { jurisdictionId, year }, ctx) => new PlansService(ctx).byYear(jurisdictionId, year),
  },
  Mutation: {
    draftCoordinationPlan: (_, { input }, ctx) => new PlansService(ctx).draft(input),
    addPlanActivity: (_, { planId, input }, ctx) => new PlansService(ctx).addActivity(planId, input),
    markPlanActivityDone: (_, { id, doneOn }, ctx) => new PlansService(ctx).markDone(id, doneOn),
    signCoordinationPlan: (_, { planId, input }, ctx) => new PlansService(ctx).sign(planId, input),
  },
  CoordinationPlan: {
    jurisdiction: (p) => ({ id: p.jurisdictionId }),
    activities: (p, args, ctx) => new PlansService(ctx).activities(p.id, args, args),
    signatures: (p, _, ctx) => new PlansService(ctx).signatures(p.id),
    fullySigned: async (p, _, ctx) => (await new PlansService(ctx).signatures(p.id)).length === 3,
  },
  PlanActivity: {
    status: (a, _, ctx) => new PlansService(ctx).activityStatus(a),
  },
};
