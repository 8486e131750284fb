import type { Resolvers } from '../generated/graphql';
import { PoliciesService } from './policies.service';
import { stageCode } from '@phoihop/workflow';

export const policyResolvers: Resolvers = {
  Query: {
    escalationPolicies: (_, __, ctx) => new PoliciesService(ctx).list(),
    escalationPolicy: (_, { itemKind }, ctx) => new PoliciesService(ctx).get(itemKind),
  },
  Mutation: {
    updateEscalationPolicy: (_, { input }, ctx) => new PoliciesService(ctx).update(input),
  },
  EscalationStage: {
    code: (s) => stageCode(s),
  },
};
