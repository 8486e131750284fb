import { SHARED_SDL, auditResolvers, auditLogMigration, loadTypeDefs, mergeResolvers, scalarResolvers, type ServiceDefinition } from '@phoihop/core';
import { CouncilCommittee, CouncilCommitteeMember } from './delegates/council-committee.entity';
import { Delegate } from './delegates/delegate.entity';
import { delegateResolvers } from './delegates/delegates.resolvers';
import { JointMeeting } from './joint-meetings/joint-meeting.entity';
import { jointMeetingResolvers } from './joint-meetings/joint-meetings.resolvers';
import { CouncilTerms1764000000000 } from './migrations/1764000000000-CouncilTerms';
import { DelegatesAndSessions1764100000000 } from './migrations/1764100000000-DelegatesAndSessions';
import { MeetingsAndResolutions1764100000001 } from './migrations/1764100000001-MeetingsAndResolutions';
import { SupervisionsAndPlans1764100000002 } from './migrations/1764100000002-SupervisionsAndPlans';
import { CouncilAdministration1764200000000 } from './migrations/1764200000000-CouncilAdministration';
import { FieldOfResponsibility1764900000000 } from './migrations/1764900000000-FieldOfResponsibility';
import { ExternalAddressees1765300000000 } from './migrations/1765300000000-ExternalAddressees';
import { RecommendationReportIndex1766300000001 } from './migrations/1766300000001-RecommendationReportIndex';
import { SearchIndexes1765200000000 } from './migrations/1765200000000-SearchIndexes';
import { Questioning1766000000000 } from './migrations/1766000000000-Questioning';
import { CoordinationPlan, PlanActivity, PlanSignature } from './plans/coordination-plan.entity';
import { planResolvers } from './plans/plans.resolvers';
import { QuestioningCommitment } from './questioning/questioning-commitment.entity';
import { Question, QuestioningSession } from './questioning/questioning-session.entity';
import { questioningResolvers } from './questioning/questioning.resolvers';
import { RecommendationCorrection } from './recommendations/recommendation-correction.entity';
import { Recommendation } from './recommendations/recommendation.entity';
import { recomputeResolvers } from './recompute/recompute.resolvers';
import { recommendationResolvers } from './recommendations/recommendations.resolvers';
import { reportResolvers } from './report/report.resolvers';
import { Resolution } from './resolutions/resolution.entity';
import { resolutionResolvers } from './resolutions/resolutions.resolvers';
import { scorecardResolvers } from './scorecards/scorecards.resolvers';
import { searchResolvers } from './search/search.resolvers';
import { AgendaItem, Session } from './sessions/session.entity';
import { sessionResolvers } from './sessions/sessions.resolvers';
import { Supervision } from './supervisions/supervision.entity';
import { supervisionResolvers } from './supervisions/supervisions.resolvers';
import { CouncilTerm } from './terms/council-term.entity';
import { termResolvers } from './terms/terms.resolvers';

/** Hội đồng nhân dân — the People's Council subgraph. */
export const council: ServiceDefinition = {
  name: 'council',
  schema: 'council',
  typeDefs: loadTypeDefs(__dirname, SHARED_SDL.deadlineRules, SHARED_SDL.vocabulary, SHARED_SDL.search, SHARED_SDL.audit),
  resolvers: mergeResolvers(
    auditResolvers('council', ['Recommendation', 'Supervision', 'Session', 'QuestioningCommitment']),
    scalarResolvers,
    termResolvers,
    delegateResolvers,
    sessionResolvers,
    jointMeetingResolvers,
    resolutionResolvers,
    supervisionResolvers,
    recommendationResolvers,
    questioningResolvers,
    planResolvers,
    reportResolvers,
    recomputeResolvers,
    searchResolvers,
    scorecardResolvers,
  ),
  entities: [
    CouncilTerm,
    Delegate,
    CouncilCommittee,
    CouncilCommitteeMember,
    Session,
    AgendaItem,
    JointMeeting,
    Resolution,
    Supervision,
    Recommendation,
    RecommendationCorrection,
    CoordinationPlan,
    PlanActivity,
    PlanSignature,
    QuestioningSession,
    Question,
    QuestioningCommitment,
  ],
  migrations: [
    CouncilTerms1764000000000,
    DelegatesAndSessions1764100000000,
    MeetingsAndResolutions1764100000001,
    SupervisionsAndPlans1764100000002,
    CouncilAdministration1764200000000,
    FieldOfResponsibility1764900000000,
    SearchIndexes1765200000000,
    ExternalAddressees1765300000000,
    auditLogMigration('council', 1765400000000),
    Questioning1766000000000,
    RecommendationReportIndex1766300000001,
  ],
};
