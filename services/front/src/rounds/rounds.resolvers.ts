import type { Resolvers } from '../generated/graphql';
import { MeetingsService } from '../meetings/meetings.service';
import { RoundsService } from './rounds.service';

export const roundResolvers: Resolvers = {
  Query: {
    voterContactRound: (_, { id }, ctx) => new RoundsService(ctx).get(id),
    voterContactRounds: (_, args, ctx) => new RoundsService(ctx).list(args, args),
  },
  Mutation: {
    createVoterContactRound: (_, { input }, ctx) => new RoundsService(ctx).create(input),
    updateVoterContactRound: (_, { input }, ctx) => new RoundsService(ctx).update(input),
  },
  VoterContactRound: {
    __resolveReference: (ref, ctx) => new RoundsService(ctx).get(ref.id),
    jurisdiction: (r) => ({ id: r.jurisdictionId }),
    session: (r) => (r.sessionId ? { id: r.sessionId } : null),
    meetings: (r, args, ctx) => new MeetingsService(ctx).forRound(r.id, args),
    meetingCount: async (r, _, ctx) => (await new RoundsService(ctx).totals(r.id)).meetingCount,
    meetingPointCount: async (r, _, ctx) => (await new RoundsService(ctx).totals(r.id)).meetingPointCount,
    voterCount: async (r, _, ctx) => (await new RoundsService(ctx).totals(r.id)).voterCount,
  },
  Session: {
    __resolveReference: (ref) => ({ id: ref.id }),
    voterContactRounds: (s, args, ctx) => new RoundsService(ctx).forSession(s.id, args),
  },
};
