import { SHARED_SDL, auditResolvers, loadTypeDefs, mergeResolvers, scalarResolvers, type ServiceDefinition, auditLogMigration } from '@phoihop/core';
import { CaseExtension } from './cases/case-extension.entity';
import { CaseSuspension } from './cases/case-suspension.entity';
import { CaseTransfer } from './cases/case-transfer.entity';
import { CaseComplexityDecision } from './cases/case-complexity-decision.entity';
import { CaseContestedDecision, CaseLetterHandling, ComplaintDialogue } from './cases/case-letter.entities';
import { caseResolvers } from './cases/cases.resolvers';
import { CitizenCase } from './cases/citizen-case.entity';
import { SealedDenouncer } from './denouncers/denouncer.entity';
import { DenouncerRead } from './denouncers/denouncer-read.entity';
import { denouncerResolvers } from './denouncers/denouncers.resolvers';
import { AssignmentChange } from './directives/assignment-change.entity';
import { Assignment } from './directives/assignment.entity';
import { Directive } from './directives/directive.entity';
import { directiveResolvers } from './directives/directives.resolvers';
import { ProgressReport } from './directives/progress-report.entity';
import { Department } from './directory/department.entity';
import { directoryResolvers } from './directory/directory.resolvers';
import { Official } from './directory/official.entity';
import { Jurisdiction } from './jurisdictions/jurisdiction.entity';
import { jurisdictionResolvers } from './jurisdictions/jurisdictions.resolvers';
import { Jurisdictions1764000000000 } from './migrations/1764000000000-Jurisdictions';
import { Directory1764300000000 } from './migrations/1764300000000-Directory';
import { Directives1764300000001 } from './migrations/1764300000001-Directives';
import { CitizenCases1764300000002 } from './migrations/1764300000002-CitizenCases';
import { Corrections1764700000100 } from './migrations/1764700000100-Corrections';
import { SealedDenouncers1764800000000 } from './migrations/1764800000000-SealedDenouncers';
import { FieldOfResponsibility1765000000000 } from './migrations/1765000000000-FieldOfResponsibility';
import { DirectoryFields1765100000000 } from './migrations/1765100000000-DirectoryFields';
import { ExtensionsAsDecided1765300000000 } from './migrations/1765300000000-ExtensionsAsDecided';
import { LettersAndDialogues1765300000001 } from './migrations/1765300000001-LettersAndDialogues';
import { CommitteeSearchIndexes1765200000000 } from './migrations/1765200000000-CommitteeSearchIndexes';
import { InspectorAssignment1765200000000 } from './migrations/1765200000000-InspectorAssignment';
import { InspectorAssignment } from './cases/inspector-assignment.entity';
import { ProvinceIndexes1765100000000 } from './migrations/1765100000000-ProvinceIndexes';
import { ReportIndexes1766300000000 } from './migrations/1766300000000-ReportIndexes';
import { ReceptionDay } from './reception/reception-day.entity';
import { ReceptionVisit } from './reception/reception-visit.entity';
import { CasePartialWithdrawal } from './cases/case-partial-withdrawal.entity';
import { Law1361766100000000 } from './migrations/1766100000000-Law136';
import { receptionResolvers } from './reception/reception.resolvers';
import { recomputeResolvers } from './recompute/recompute.resolvers';
import { reportResolvers } from './report/report.resolvers';
import { scorecardResolvers } from './scorecards/scorecards.resolvers';
import { searchResolvers } from './search/search.resolvers';

/** Ủy ban nhân dân — the People's Committee subgraph. */
export const committee: ServiceDefinition = {
  name: 'committee',
  schema: 'committee',
  typeDefs: loadTypeDefs(__dirname, SHARED_SDL.deadlineRules, SHARED_SDL.vocabulary, SHARED_SDL.search, SHARED_SDL.audit),
  resolvers: mergeResolvers(
    auditResolvers('committee', ['CitizenCase', 'Assignment', 'Directive', 'Official']),
    scalarResolvers,
    jurisdictionResolvers,
    directoryResolvers,
    directiveResolvers,
    caseResolvers,
    denouncerResolvers,
    receptionResolvers,
    reportResolvers,
    recomputeResolvers,
    searchResolvers,
    scorecardResolvers,
  ),
  entities: [Jurisdiction, Department, Official, Directive, Assignment, ProgressReport, CitizenCase, CaseExtension, CaseSuspension, SealedDenouncer, DenouncerRead, ReceptionDay, AssignmentChange, CaseTransfer, CaseComplexityDecision, CaseLetterHandling, CaseContestedDecision, ComplaintDialogue, InspectorAssignment, CasePartialWithdrawal, ReceptionVisit],
  migrations: [Jurisdictions1764000000000, Directory1764300000000, Directives1764300000001, CitizenCases1764300000002, Corrections1764700000100, SealedDenouncers1764800000000, FieldOfResponsibility1765000000000, DirectoryFields1765100000000, ProvinceIndexes1765100000000, CommitteeSearchIndexes1765200000000, InspectorAssignment1765200000000, ExtensionsAsDecided1765300000000, LettersAndDialogues1765300000001, auditLogMigration('committee', 1765400000000), Law1361766100000000, ReportIndexes1766300000000],
};
