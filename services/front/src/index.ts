import { SHARED_SDL, auditResolvers, auditLogMigration, loadTypeDefs, mergeResolvers, scalarResolvers, type ServiceDefinition } from '@phoihop/core';
import { meetingResolvers } from './meetings/meetings.resolvers';
import { MeetingDelegate, MeetingOfficial, VoterContactMeeting } from './meetings/voter-contact-meeting.entity';
import { VoterContact1764500000000 } from './migrations/1764500000000-VoterContact';
import { SocialSupervision1764500000001 } from './migrations/1764500000001-SocialSupervision';
import { FrontCorrections1764500000100 } from './migrations/1764500000100-FrontCorrections';
import { FrontSearchIndexes1765200000000 } from './migrations/1765200000000-FrontSearchIndexes';
import { petitionResolvers } from './petitions/petitions.resolvers';
import { VoterPetition } from './petitions/voter-petition.entity';
import { FrontRecommendation } from './recommendations/front-recommendation.entity';
import { recommendationResolvers } from './recommendations/recommendations.resolvers';
import { recomputeResolvers } from './recompute/recompute.resolvers';
import { reportResolvers } from './report/report.resolvers';
import { roundResolvers } from './rounds/rounds.resolvers';
import { scorecardResolvers } from './scorecards/scorecards.resolvers';
import { searchResolvers } from './search/search.resolvers';
import { VoterContactRound } from './rounds/voter-contact-round.entity';
import { SocialSupervision } from './supervisions/social-supervision.entity';
import { supervisionResolvers } from './supervisions/supervisions.resolvers';

/** Mặt trận Tổ quốc — the Fatherland Front subgraph: voter contact, petitions, social supervision. */
export const front: ServiceDefinition = {
  name: 'front',
  schema: 'front',
  typeDefs: loadTypeDefs(__dirname, SHARED_SDL.deadlineRules, SHARED_SDL.vocabulary, SHARED_SDL.search, SHARED_SDL.audit),
  resolvers: mergeResolvers(scalarResolvers, auditResolvers('front', ['VoterPetition', 'FrontRecommendation']), roundResolvers, meetingResolvers, petitionResolvers, supervisionResolvers, recommendationResolvers, reportResolvers, recomputeResolvers, searchResolvers, scorecardResolvers),
  entities: [VoterContactRound, VoterContactMeeting, MeetingDelegate, MeetingOfficial, VoterPetition, SocialSupervision, FrontRecommendation],
  migrations: [VoterContact1764500000000, SocialSupervision1764500000001, FrontCorrections1764500000100, FrontSearchIndexes1765200000000, auditLogMigration('front', 1765400000000)],
};
