import type { Resolvers } from '../generated/graphql';
import { voterContactOf } from './voter-contact-figures';

export const scorecardResolvers: Resolvers = {
  DelegateScorecard: {
    __resolveReference: (ref) => ({ delegateId: ref.delegateId, year: ref.year }),
    meetingsAttended: async (card, _, ctx) => (await voterContactOf(ctx, card)).meetingsAttended,
    petitionsCollected: async (card, _, ctx) => (await voterContactOf(ctx, card)).petitionsCollected,
    petitionsAnswered: async (card, _, ctx) => (await voterContactOf(ctx, card)).petitionsAnswered,
    petitionsReportedBack: async (card, _, ctx) => (await voterContactOf(ctx, card)).petitionsReportedBack,
  },
};
