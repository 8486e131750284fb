import { SHARED_SDL, loadTypeDefs, mergeResolvers, scalarResolvers, type ServiceDefinition } from '@phoihop/core';
import { CaseExtension } from './cases/case-extension.entity';
import { CaseSuspension } from './cases/case-suspension.entity';
import { CaseTransfer } from './cases/case-transfer.entity';
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
import { ProvinceIndexes1765100000000 } from './migrations/1765100000000-ProvinceIndexes';
import { ReceptionDay } from './reception/reception-day.entity';
import { receptionResolvers } from './reception/reception.resolvers';
import { recomputeResolvers } from './recompute/recompute.resolvers';
import { reportResolvers } from './report/report.resolvers';

/** Ủy ban nhân dân — the People's Committee subgraph. */
export const committee: ServiceDefinition = {
  name: 'committee',
  schema: 'committee',
  typeDefs: loadTypeDefs(__dirname, SHARED_SDL.deadlineRules, SHARED_SDL.vocabulary),
  resolvers: mergeResolvers(
    scalarResolvers,
    jurisdictionResolvers,
    directoryResolvers,
    directiveResolvers,
    caseResolvers,
    denouncerResolvers,
    receptionResolvers,
    reportResolvers,
    recomputeResolvers,
  ),
  entities: [Jurisdiction, Department, Official, Directive, Assignment, ProgressReport, CitizenCase, CaseExtension, CaseSuspension, SealedDenouncer, DenouncerRead, ReceptionDay, AssignmentChange, CaseTransfer],
  migrations: [Jurisdictions1764000000000, Directory1764300000000, Directives1764300000001, CitizenCases1764300000002, Corrections1764700000100, SealedDenouncers1764800000000, FieldOfResponsibility1765000000000, ProvinceIndexes1765100000000],
};

export { seedDemo } from './demo';
export { seedDirectory } from './demo-directory';
