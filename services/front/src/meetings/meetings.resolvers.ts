import type { Resolvers } from '../generated/graphql';
import { PetitionsService } from '../petitions/petitions.service';
import { RoundsService } from '../rounds/rounds.service';
import { MeetingCorrectionsService } from './meeting-corrections.service';
import { MeetingsService } from './meetings.service';

export const meetingResolvers: Resolvers = {
  Query: {
    voterContactMeeting: (_, { id }, ctx) => new MeetingsService(ctx).get(id),
  },
  Mutation: {
    recordVoterContactMeeting: (_, { input }, ctx) => new MeetingsService(ctx).record(input),
    updateVoterContactMeeting: (_, { input }, ctx) => new MeetingCorrectionsService(ctx).update(input),
  },
  VoterContactMeeting: {
    __resolveReference: (ref, ctx) => new MeetingsService(ctx).get(ref.id),
    round: async (m, _, ctx) => (await new RoundsService(ctx).byId(m.roundId))!,
    jurisdiction: (m) => ({ id: m.jurisdictionId }),
    locality: (m) => (m.localityId ? { id: m.localityId } : null),
    delegates: (m, args, ctx) => new MeetingsService(ctx).delegates(m.id, args),
    officials: (m, args, ctx) => new MeetingsService(ctx).officials(m.id, args),
    petitions: (m, args, ctx) => new PetitionsService(ctx).byParent('meeting_id', m.id, args),
    reportedBackPetitions: (m, args, ctx) => new PetitionsService(ctx).byParent('reported_back_meeting_id', m.id, args),
  },
  Delegate: {
    __resolveReference: (ref) => ({ id: ref.id }),
    voterContactMeetings: (d, args, ctx) => new MeetingsService(ctx).forDelegate(d.id, args),
  },
};
