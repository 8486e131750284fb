import { DelegatesService } from '../delegates/delegates.service';
import type { Resolvers } from '../generated/graphql';
import { SessionsService } from '../sessions/sessions.service';
import { CommitmentsService } from './commitments.service';
import { QuestioningService } from './questioning.service';

export const questioningResolvers: Resolvers = {
  Query: {
    questioningSession: (_, { id }, ctx) => new QuestioningService(ctx).byId(id),
    questioningSessions: (_, args, ctx) => new QuestioningService(ctx).list(args, args),
    questioningCommitment: (_, { id }, ctx) => new CommitmentsService(ctx).byId(id),
    questioningCommitments: (_, args, ctx) => new CommitmentsService(ctx).list(args, args),
  },
  Mutation: {
    recordQuestioningSession: (_, { input }, ctx) => new QuestioningService(ctx).record(input),
    askQuestion: (_, { input }, ctx) => new QuestioningService(ctx).ask(input),
    answerQuestion: (_, { id, input }, ctx) => new QuestioningService(ctx).answer(id, input),
    fulfilCommitment: (_, { id, input }, ctx) => new CommitmentsService(ctx).fulfil(id, input),
  },
  QuestioningSession: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new QuestioningService(ctx).byId(ref.id),
    jurisdiction: (s) => ({ id: s.jurisdictionId }),
    session: (s, _, ctx) => (s.sessionId ? new SessionsService(ctx).byId(s.sessionId) : null),
    questions: (s, args, ctx) => new QuestioningService(ctx).questionsOf(s, args),
  },
  Question: {
    questioningSession: async (q, _, ctx) => (await new QuestioningService(ctx).byId(q.questioningSessionId))!,
    askedBy: async (q, _, ctx) => (await new DelegatesService(ctx).byId(q.askedById))!,
    answeringDepartment: (q) => (q.answeringDepartmentId ? { id: q.answeringDepartmentId } : null),
    answeringOfficial: (q) => (q.answeringOfficialId ? { id: q.answeringOfficialId } : null),
    commitments: (q, _, ctx) => new CommitmentsService(ctx).ofQuestion(q.id),
  },
  QuestioningCommitment: {
    __resolveReference: async (ref, ctx) => new CommitmentsService(ctx).byId(ref.id),
    question: (c, _, ctx) => new QuestioningService(ctx).question(c.questionId),
    jurisdiction: (c) => ({ id: c.jurisdictionId }),
    dueDateExplanation: (c) => c.dueExplanation?.summary ?? null,
    overdue: (c, _, ctx) => new CommitmentsService(ctx).overdue(c),
    fulfilledOnTime: (c, _, ctx) => new CommitmentsService(ctx).fulfilledOnTime(c),
  },
};
