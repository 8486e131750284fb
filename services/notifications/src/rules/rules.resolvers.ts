import type { Resolvers } from '../generated/graphql';
import { RulesService } from './rules.service';

/** The rules are public reference data (the law in force); new versions are admins'. */
export const ruleResolvers: Resolvers = {
  Query: {
    deadlineRules: (_, { itemKind }, ctx) => new RulesService(ctx).list(itemKind),
  },
  Mutation: {
    publishDeadlineRule: (_, { input }, ctx) => new RulesService(ctx).publish(input),
  },
};
