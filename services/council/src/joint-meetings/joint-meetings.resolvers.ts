import type { Resolvers } from '../generated/graphql';
import { SessionsService } from '../sessions/sessions.service';
import { JointMeetingsService } from './joint-meetings.service';

export const jointMeetingResolvers: Resolvers = {
  Query: {
    jointMeeting: (_, { id }, ctx) => new JointMeetingsService(ctx).byId(id),
    jointMeetings: (_, args, ctx) => new JointMeetingsService(ctx).list(args, args),
    sessionsWithoutPreSessionMeeting: (_, args, ctx) => new JointMeetingsService(ctx).sessionsWithoutPreSessionMeeting(args.jurisdictionId, args),
  },
  Mutation: {
    recordJointMeeting: (_, { input }, ctx) => new JointMeetingsService(ctx).record(input),
    updateJointMeeting: (_, { id, input }, ctx) => new JointMeetingsService(ctx).update(id, input),
  },
  JointMeeting: {
    jurisdiction: (m) => ({ id: m.jurisdictionId }),
    session: (m, _, ctx) => (m.sessionId ? new SessionsService(ctx).byId(m.sessionId) : null),
    attendeesOf: (m, { body }) => m.attendees.filter((a) => a.body === body),
  },
};
