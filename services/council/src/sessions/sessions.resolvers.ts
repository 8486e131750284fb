import type { Resolvers } from '../generated/graphql';
import { JointMeetingsService } from '../joint-meetings/joint-meetings.service';
import { ResolutionsService } from '../resolutions/resolutions.service';
import { TermsService } from '../terms/terms.service';
import { SessionLifecycleService } from './session-lifecycle.service';
import { SessionsService } from './sessions.service';

export const sessionResolvers: Resolvers = {
  Query: {
    session: (_, { id }, ctx) => new SessionsService(ctx).byId(id),
    sessions: (_, args, ctx) => new SessionsService(ctx).list(args, args),
  },
  Mutation: {
    scheduleSession: (_, { input }, ctx) => new SessionLifecycleService(ctx).schedule(input),
    rescheduleSession: (_, { id, input }, ctx) => new SessionLifecycleService(ctx).reschedule(id, input),
    conveneSession: (_, { id, actualStartDate }, ctx) => new SessionLifecycleService(ctx).convene(id, actualStartDate),
    closeSession: (_, { id, actualEndDate }, ctx) => new SessionLifecycleService(ctx).close(id, actualEndDate),
    cancelSession: (_, { id, input }, ctx) => new SessionLifecycleService(ctx).cancel(id, input),
    addAgendaItem: (_, { sessionId, input }, ctx) => new SessionLifecycleService(ctx).addAgendaItem(sessionId, input),
    recordAgendaDocuments: (_, { agendaItemId, receivedOn }, ctx) => new SessionLifecycleService(ctx).recordDocuments(agendaItemId, receivedOn),
  },
  Session: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new SessionsService(ctx).byId(ref.id),
    jurisdiction: (s) => ({ id: s.jurisdictionId }),
    // Term names are part of the published schedule.
    term: async (s, _, ctx) => (await new TermsService(ctx).published(s.termId))!,
    documentDeadline: (s) => s.documentsDueOn,
    documentDeadlineExplanation: (s) => s.documentsExplanation?.summary ?? null,
    agendaItems: (s, _, ctx) => new SessionsService(ctx).agendaItems(s.id),
    hasLateDocuments: (s, _, ctx) => new SessionsService(ctx).hasLateDocuments(s),
    preSessionMeeting: (s, _, ctx) => new JointMeetingsService(ctx).preSessionMeetingOf(s),
    resolutions: (s, args, ctx) => new ResolutionsService(ctx).ofSession(s.id, args),
  },
  AgendaItem: {
    documentsReceivedOn: (a, _, ctx) => new SessionsService(ctx).documentsReceivedOn(a),
    documentsLate: (a, _, ctx) => new SessionsService(ctx).documentsLate(a),
  },
};
