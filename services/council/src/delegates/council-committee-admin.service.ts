import { badInput, changeRow, conflict, createRow, notFound, requiredText, TEXT_LIMIT, type GraphContext } from '@phoihop/core';
import { directoryRule } from '../access';
import type { CouncilCommitteeMemberInput, CreateCouncilCommitteeInput } from '../generated/graphql';
import { TermsService } from '../terms/terms.service';
import { CouncilCommittee, CouncilCommitteeMember } from './council-committee.entity';
import { Delegate } from './delegate.entity';

/** The council's committees (Ban Pháp chế, Ban Kinh tế – Xã hội…) and who sits on them. */
export class CouncilCommitteeAdminService {
  constructor(private readonly ctx: GraphContext) {}

  async create(input: CreateCouncilCommitteeInput): Promise<CouncilCommittee> {
    const term = await new TermsService(this.ctx).byId(input.termId);
    if (!term) throw notFound('CouncilTerm', input.termId, 'input.termId');
    const name = requiredText('input.name', input.name, { max: TEXT_LIMIT.name });
    return createRow(this.ctx, {
      operation: 'createCouncilCommittee',
      entity: CouncilCommittee,
      authorize: () => this.ctx.access.requireWrite(directoryRule, term),
      build: (m) => m.getRepository(CouncilCommittee).create({ termId: term.id, jurisdictionId: term.jurisdictionId, name }),
      unique: { field: 'input.name', message: `Nhiệm kỳ này đã có ${name}.` },
    });
  }

  setMembers(committeeId: string, members: readonly CouncilCommitteeMemberInput[]): Promise<CouncilCommittee> {
    const seen = new Set<string>();
    members.forEach((member, i) => {
      if (seen.has(member.delegateId)) throw badInput(`members.${i}.delegateId`, 'Đại biểu bị lặp lại.');
      seen.add(member.delegateId);
    });
    const heads = members.map((member, i) => [member, i] as const).filter(([member]) => member.role === 'HEAD');
    if (heads.length > 1) throw badInput(`members.${heads[1][1]}.role`, 'Mỗi ban chỉ có một Trưởng ban.');
    return changeRow(this.ctx, {
      operation: 'setCouncilCommitteeMembers',
      entity: CouncilCommittee,
      rule: directoryRule,
      id: committeeId,
      field: 'committeeId',
      apply: async (m, committee) => {
        const delegates = members.length ? await m.getRepository(Delegate).createQueryBuilder('d').where('d.id = ANY(:ids)', { ids: [...seen] }).getMany() : [];
        members.forEach((member, i) => {
          const d = delegates.find((x) => x.id === member.delegateId);
          if (!d || d.termId !== committee.termId) throw notFound('Delegate', member.delegateId, `members.${i}.delegateId`);
          if (d.mandateEndedOn) throw conflict(`${d.fullName} đã thôi làm nhiệm vụ đại biểu.`, `members.${i}.delegateId`);
        });
        const repo = m.getRepository(CouncilCommitteeMember);
        await repo.delete({ committeeId: committee.id });
        if (members.length) await repo.insert(members.map((member) => ({ committeeId: committee.id, delegateId: member.delegateId, role: member.role })));
      },
    });
  }
}
