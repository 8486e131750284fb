import { badInput, conflict, notFound, type GraphContext } from '@phoihop/core';
import { COUNCIL_WRITERS } from '../access';
import type { CouncilCommitteeMemberInput, CreateCouncilCommitteeInput } from '../generated/graphql';
import { TermsService } from '../terms/terms.service';
import { isUniqueViolation, text, uuid } from '../validate';
import { CouncilCommittee, CouncilCommitteeMember } from './council-committee.entity';
import { Delegate } from './delegate.entity';
import { DelegatesService } from './delegates.service';

/** The council's committees (Ban Pháp chế, Ban Kinh tế – Xã hội…) and who sits on them. */
export class CouncilCommitteeAdminService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.requireSignedIn();
  }

  async create(input: CreateCouncilCommitteeInput): Promise<CouncilCommittee> {
    const term = await new TermsService(this.ctx).byId(uuid('input.termId', input.termId));
    if (!term) throw notFound('CouncilTerm', input.termId, 'input.termId');
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: term.jurisdictionId });
    const name = text('input.name', input.name);
    const repo = this.ctx.db.getRepository(CouncilCommittee);
    try {
      return await repo.save(repo.create({ termId: term.id, jurisdictionId: term.jurisdictionId, name }));
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`Nhiệm kỳ này đã có ${name}.`, 'input.name');
      throw error;
    }
  }

  async setMembers(committeeId: string, members: readonly CouncilCommitteeMemberInput[]): Promise<CouncilCommittee> {
    const committee = await new DelegatesService(this.ctx).committee(uuid('committeeId', committeeId));
    if (!committee) throw notFound('CouncilCommittee', committeeId, 'committeeId');
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: committee.jurisdictionId });
    const seen = new Set<string>();
    members.forEach((member, i) => {
      uuid(`members.${i}.delegateId`, member.delegateId);
      if (seen.has(member.delegateId)) throw badInput(`members.${i}.delegateId`, 'Đại biểu bị lặp lại.');
      seen.add(member.delegateId);
    });
    const heads = members.map((member, i) => [member, i] as const).filter(([member]) => member.role === 'HEAD');
    if (heads.length > 1) throw badInput(`members.${heads[1][1]}.role`, 'Mỗi ban chỉ có một Trưởng ban.');
    const delegates = members.length
      ? await this.ctx.db.getRepository(Delegate).createQueryBuilder('d').where('d.id = ANY(:ids)', { ids: [...seen] }).getMany()
      : [];
    members.forEach((member, i) => {
      const d = delegates.find((x) => x.id === member.delegateId);
      if (!d || d.termId !== committee.termId) throw notFound('Delegate', member.delegateId, `members.${i}.delegateId`);
      if (d.mandateEndedOn) throw conflict(`${d.fullName} đã thôi làm nhiệm vụ đại biểu.`, `members.${i}.delegateId`);
    });
    await this.ctx.db.transaction(async (m) => {
      const repo = m.getRepository(CouncilCommitteeMember);
      await repo.delete({ committeeId: committee.id });
      if (members.length) await repo.insert(members.map((member) => ({ committeeId: committee.id, delegateId: member.delegateId, role: member.role })));
    });
    return committee;
  }
}
