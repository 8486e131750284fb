import type { GraphContext } from '@phoihop/core';
import { CitizenCasesService } from '../cases/citizen-cases.service';
import { explanationSummary } from '../deadlines';
import { DirectoryService } from '../directory/directory.service';
import type { Resolvers } from '../generated/graphql';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import { AssignmentsService } from './assignments.service';
import type { FollowUpSourceType } from './directive.entity';
import { DirectiveCorrectionsService } from './corrections.service';
import { DirectivesService } from './directives.service';
import { SOURCE_TYPENAME } from './source-ref';

/** A directive's or assignment's source: a reference for other subgraphs' types, the case for ours. */
const source = async (type: FollowUpSourceType, id: string, ctx: GraphContext) => {
  if (type === 'CITIZEN_CASE') return new CitizenCasesService(ctx).require(id);
  return { __typename: SOURCE_TYPENAME[type], id };
};

/** `assignments` and `followUp` on the source types owned elsewhere. */
const followUpFields = (type: FollowUpSourceType) => ({
  __resolveReference: (ref: { id: string }) => ({ __typename: SOURCE_TYPENAME[type as Exclude<FollowUpSourceType, 'CITIZEN_CASE'>], id: ref.id }),
});

export const directiveResolvers: Resolvers = {
  Query: {
    directive: (_, { id }, ctx) => new DirectivesService(ctx).byId(id),
    directives: (_, args, ctx) => new DirectivesService(ctx).list(args, args),
    assignment: (_, { id }, ctx) => new AssignmentsService(ctx).byId(id),
    assignments: (_, args, ctx) => new AssignmentsService(ctx).list(args, args),
  },
  Mutation: {
    issueDirective: (_, { input }, ctx) => new DirectivesService(ctx).issue(input),
    reportAssignmentProgress: (_, { input }, ctx) => new AssignmentsService(ctx).reportProgress(input),
    completeAssignment: (_, { input }, ctx) => new AssignmentsService(ctx).complete(input),
    rescheduleAssignment: (_, { input }, ctx) => new DirectiveCorrectionsService(ctx).reschedule(input),
    cancelAssignment: (_, { input }, ctx) => new DirectiveCorrectionsService(ctx).cancel(input),
    reassignAssignment: (_, { input }, ctx) => new DirectiveCorrectionsService(ctx).reassign(input),
    updateDirective: (_, { input }, ctx) => new DirectiveCorrectionsService(ctx).updateDirective(input),
  },
  FollowUpSource: {
    __resolveType: (s) => ('kind' in s ? 'CitizenCase' : s.__typename),
  },
  Directive: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new DirectivesService(ctx).byId(ref.id),
    signer: async (d, _, ctx) => (await new DirectoryService(ctx).official(d.signerId))!,
    jurisdiction: (d, _, ctx) => new JurisdictionsService(ctx).require(d.jurisdictionId),
    source: (d, _, ctx) => source(d.sourceType, d.sourceId, ctx),
    assignments: (d, args, ctx) => new AssignmentsService(ctx).ofDirective(d.id, args),
  },
  Assignment: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new AssignmentsService(ctx).byId(ref.id),
    directive: (a, _, ctx) => new DirectivesService(ctx).require(a.directiveId),
    jurisdiction: (a, _, ctx) => new JurisdictionsService(ctx).require(a.jurisdictionId),
    department: async (a, _, ctx) => (await new DirectoryService(ctx).department(a.departmentId))!,
    source: (a, _, ctx) => source(a.sourceType, a.sourceId, ctx),
    dueExplanation: (a) => explanationSummary(a.dueExplanation),
    overdue: (a, _, ctx) => new AssignmentsService(ctx).isOverdue(a),
    completedOnTime: (a) => (a.completedOn ? a.completedOn <= a.dueDate : null),
    progressReports: (a, { first }, ctx) => new AssignmentsService(ctx).progressReports(a.id, first),
    changes: (a, _, ctx) => new AssignmentsService(ctx).changes(a.id),
  },
  AssignmentChange: {
    previousDepartment: (c, _, ctx) => (c.previousDepartmentId ? new DirectoryService(ctx).department(c.previousDepartmentId) : null),
    newDepartment: (c, _, ctx) => (c.newDepartmentId ? new DirectoryService(ctx).department(c.newDepartmentId) : null),
  },
  // Work on a case follows the case (the cases folder does not import directives).
  CitizenCase: {
    assignments: (c, args, ctx) => new AssignmentsService(ctx).ofSource('CITIZEN_CASE', c.id, args),
    followUp: (c, _, ctx) => new AssignmentsService(ctx).followUp('CITIZEN_CASE', c.id),
  },
  Recommendation: {
    ...followUpFields('RECOMMENDATION'),
    assignments: (r, args, ctx) => new AssignmentsService(ctx).ofSource('RECOMMENDATION', r.id, args),
    followUp: (r, _, ctx) => new AssignmentsService(ctx).followUp('RECOMMENDATION', r.id),
  },
  VoterPetition: {
    ...followUpFields('VOTER_PETITION'),
    assignments: (r, args, ctx) => new AssignmentsService(ctx).ofSource('VOTER_PETITION', r.id, args),
    followUp: (r, _, ctx) => new AssignmentsService(ctx).followUp('VOTER_PETITION', r.id),
  },
  FrontRecommendation: {
    ...followUpFields('FRONT_RECOMMENDATION'),
    assignments: (r, args, ctx) => new AssignmentsService(ctx).ofSource('FRONT_RECOMMENDATION', r.id, args),
    followUp: (r, _, ctx) => new AssignmentsService(ctx).followUp('FRONT_RECOMMENDATION', r.id),
  },
};
