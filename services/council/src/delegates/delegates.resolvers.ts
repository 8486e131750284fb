import { TermsService } from '../terms/terms.service';
import type { Resolvers } from '../generated/graphql';
import { CouncilCommitteeAdminService } from './council-committee-admin.service';
import { DelegateAdminService } from './delegate-admin.service';
import { DelegatesService } from './delegates.service';

export const delegateResolvers: Resolvers = {
  Query: {
    delegate: (_, { id }, ctx) => new DelegatesService(ctx).byId(id),
    delegates: (_, args, ctx) => new DelegatesService(ctx).list(args, args),
    councilCommittees: (_, args, ctx) => new DelegatesService(ctx).committees(args.termId, args),
  },
  Mutation: {
    createDelegate: (_, { input }, ctx) => new DelegateAdminService(ctx).create(input),
    updateDelegate: (_, { id, input }, ctx) => new DelegateAdminService(ctx).update(id, input),
    endDelegateMandate: (_, { id, input }, ctx) => new DelegateAdminService(ctx).endMandate(id, input),
    createCouncilCommittee: (_, { input }, ctx) => new CouncilCommitteeAdminService(ctx).create(input),
    setCouncilCommitteeMembers: (_, { committeeId, members }, ctx) => new CouncilCommitteeAdminService(ctx).setMembers(committeeId, members),
  },
  Delegate: {
    // async: a refusal fails this reference only, not the whole `_entities` batch it came in.
    __resolveReference: async (ref, ctx) => new DelegatesService(ctx).byId(ref.id),
    jurisdiction: (d) => ({ id: d.jurisdictionId }),
    term: async (d, _, ctx) => (await new TermsService(ctx).byId(d.termId))!,
    committees: (d, _, ctx) => new DelegatesService(ctx).membershipsOf(d.id),
    active: (d) => d.mandateEndedOn === null,
  },
  CouncilCommittee: {
    jurisdiction: (c) => ({ id: c.jurisdictionId }),
    term: async (c, _, ctx) => (await new TermsService(ctx).byId(c.termId))!,
    members: (c, _, ctx) => new DelegatesService(ctx).members(c.id),
  },
  CouncilCommitteeMember: {
    delegate: async (m, _, ctx) => (await new DelegatesService(ctx).byId(m.delegateId))!,
  },
  CouncilCommitteeMembership: {
    committee: async (m, _, ctx) => (await new DelegatesService(ctx).committee(m.committeeId))!,
  },
};
