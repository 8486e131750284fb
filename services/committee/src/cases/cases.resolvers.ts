import { CASE_RULE } from '../access';
import { explanationSummary } from '../deadlines';
import { DenouncersService } from '../denouncers/denouncers.service';
import { DirectoryService } from '../directory/directory.service';
import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { ReceptionService } from '../reception/reception.service';
import { CaseComplexityService } from './case-complexity.service';
import { CaseCorrectionsService } from './case-corrections.service';
import { CaseLettersService } from './case-letters.service';
import { CaseLifecycleService } from './case-lifecycle.service';
import { CitizenCasesService } from './citizen-cases.service';

const EMPTY = { nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

export const caseResolvers: Resolvers = {
  Query: {
    citizenCase: (_, { id }, ctx) => new CitizenCasesService(ctx).byId(id),
    citizenCases: (_, args, ctx) => new CitizenCasesService(ctx).list(args, args),
  },
  Mutation: {
    receiveCitizenCase: (_, { input }, ctx) => new CaseLifecycleService(ctx).receive(input),
    acceptCitizenCase: (_, { input }, ctx) => new CaseLifecycleService(ctx).accept(input),
    declineCitizenCase: (_, { input }, ctx) => new CaseLifecycleService(ctx).decline(input),
    extendCitizenCase: (_, { input }, ctx) => new CaseLifecycleService(ctx).extend(input),
    raiseCitizenCaseComplexity: (_, { input }, ctx) => new CaseComplexityService(ctx).raise(input),
    handleLetterOutsideCompetence: (_, { input }, ctx) => new CaseLettersService(ctx).handleOutsideCompetence(input),
    recordComplaintDialogue: (_, { input }, ctx) => new CaseLettersService(ctx).recordDialogue(input),
    suspendCitizenCase: (_, { input }, ctx) => new CaseLifecycleService(ctx).suspend(input),
    resumeCitizenCase: (_, { input }, ctx) => new CaseLifecycleService(ctx).resume(input),
    resolveCitizenCase: (_, { input }, ctx) => new CaseLifecycleService(ctx).resolve(input),
    transferCitizenCase: (_, { input }, ctx) => new CaseCorrectionsService(ctx).transfer(input),
    withdrawCitizenCase: (_, { input }, ctx) => new CaseCorrectionsService(ctx).withdraw(input),
    withdrawCitizenCaseContents: (_, { input }, ctx) => new CaseCorrectionsService(ctx).withdrawContents(input),
  },
  CitizenCase: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new CitizenCasesService(ctx).byId(ref.id),
    jurisdiction: (c, _, ctx) => new JurisdictionsService(ctx).require(c.jurisdictionId),
    receptionDay: (c, _, ctx) => (c.receptionDayId ? new ReceptionService(ctx).byId(c.receptionDayId) : null),
    handlingDepartment: async (c, _, ctx) => (await new DirectoryService(ctx).department(c.handlingDepartmentId))!,
    handlingInspector: (c, _, ctx) => (c.handlingInspectorId ? new DirectoryService(ctx).official(c.handlingInspectorId) : null),
    dueExplanation: (c) => explanationSummary(c.dueExplanation),
    overdue: (c, _, ctx) => new CitizenCasesService(ctx).isOverdue(c),
    closedOnTime: (c, _, ctx) => new CitizenCasesService(ctx).closedOnTime(c),
    extensions: (c, _, ctx) => new CitizenCasesService(ctx).extensions(c.id),
    complexityDecisions: (c, _, ctx) => new CaseComplexityService(ctx).decisions(c.id),
    letterHandling: (c, _, ctx) => new CaseLettersService(ctx).letterHandling(c.id),
    contestedDecision: (c, _, ctx) => new CaseLettersService(ctx).contested(c.id),
    dialogues: (c, _, ctx) => new CaseLettersService(ctx).dialogues(c.id),
    suspensions: (c, _, ctx) => new CitizenCasesService(ctx).suspensions(c.id),
    denouncer: (c, _, ctx) => new DenouncersService(ctx).identity(c),
    denouncerReads: (c, args, ctx) => new DenouncersService(ctx).reads(c, args),
    transfers: (c, _, ctx) => new CitizenCasesService(ctx).transfers(c.id),
    partialWithdrawals: (c, _, ctx) => new CitizenCasesService(ctx).partialWithdrawals(c.id),
  },
  ReceptionDay: {
    // Readers without access to cases see the day, not what was brought to it.
    cases: (r, args, ctx) => (ctx.access.has(CASE_RULE.readers) ? new CitizenCasesService(ctx).ofReceptionDay(r.id, args) : EMPTY),
  },
  LetterHandling: {
    addressee: (h) => (h.addresseeName && h.addresseeLevel ? { name: h.addresseeName, level: h.addresseeLevel } : null),
  },
  ContestedDecision: {
    case: (d, _, ctx) => (d.contestedCaseId ? new CitizenCasesService(ctx).byId(d.contestedCaseId) : null),
  },
  CaseTransfer: {
    fromDepartment: async (t, _, ctx) => (await new DirectoryService(ctx).department(t.fromDepartmentId))!,
    toDepartment: async (t, _, ctx) => (await new DirectoryService(ctx).department(t.toDepartmentId))!,
    fromInspector: (t, _, ctx) => (t.fromInspectorId ? new DirectoryService(ctx).official(t.fromInspectorId) : null),
    toInspector: (t, _, ctx) => (t.toInspectorId ? new DirectoryService(ctx).official(t.toInspectorId) : null),
  },
};
