import { isOverdue } from '@phoihop/core';
import { answerOf, recipientOf } from '../answers';
import type { Resolvers } from '../generated/graphql';
import { MeetingsService } from '../meetings/meetings.service';
import { PetitionCorrectionsService } from './petition-corrections.service';
import { PetitionLifecycleService } from './petition-lifecycle.service';
import { petitionOverdue, PetitionsService } from './petitions.service';
import { SessionFollowService } from './session-follow.service';

export const petitionResolvers: Resolvers = {
  Query: {
    voterPetition: (_, { id }, ctx) => new PetitionsService(ctx).get(id),
    voterPetitions: (_, { filter, ...page }, ctx) => new PetitionsService(ctx).list(filter, page),
  },
  Mutation: {
    recordVoterPetition: (_, { input }, ctx) => new PetitionLifecycleService(ctx).record(input),
    forwardVoterPetition: (_, { input }, ctx) => new PetitionLifecycleService(ctx).forward(input),
    answerVoterPetition: (_, { input }, ctx) => new PetitionLifecycleService(ctx).answer(input),
    reportBackVoterPetition: (_, { input }, ctx) => new PetitionLifecycleService(ctx).reportBack(input),
    updateVoterPetition: (_, { input }, ctx) => new PetitionCorrectionsService(ctx).update(input),
    markVoterPetitionDuplicate: (_, { input }, ctx) => new PetitionCorrectionsService(ctx).markDuplicate(input),
    followSessionDate: (_, { input }, ctx) => new SessionFollowService(ctx).follow(input),
  },
  VoterPetition: {
    __resolveReference: (ref, ctx) => new PetitionsService(ctx).get(ref.id),
    jurisdiction: (p) => ({ id: p.jurisdictionId }),
    meeting: async (p, _, ctx) => (await new MeetingsService(ctx).byId(p.meetingId))!,
    forwardedTo: (p) => (p.recipientKind ? recipientOf({ ...p, recipientKind: p.recipientKind }) : null),
    forwardingDocumentNumber: (p) => p.forwardingDocument,
    // A merged petition is followed up through the one it was merged into: its clock is not open.
    overdue: (p, _, ctx) => isOverdue(petitionOverdue(p), ctx.today()),
    nextRegularSession: (p) => (p.nextSessionId ? { id: p.nextSessionId } : null),
    nextRegularSessionOn: (p) => p.nextSessionOn,
    answer: (p) => answerOf(p, p.answerDue),
    reportedBackAt: (p, _, ctx) => (p.reportedBackMeetingId ? new MeetingsService(ctx).byId(p.reportedBackMeetingId) : null),
    repeatOf: (p, _, ctx) => (p.repeatOfId ? new PetitionsService(ctx).byId(p.repeatOfId) : null),
    repeats: (p, args, ctx) => new PetitionsService(ctx).byParent('repeat_of_id', p.id, args),
  },
};
