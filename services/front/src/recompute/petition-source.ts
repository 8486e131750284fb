import { recomputeWhere, republishDeadline, ruleRef, type RecomputeSource } from '@phoihop/core';
import { VoterPetition } from '../petitions/voter-petition.entity';

/** Forwarded voter petitions awaiting an answer, still capped by the next regular session they were forwarded for. */
export const petitionSource: RecomputeSource<VoterPetition> = {
  name: 'VoterPetition',
  candidates(m, scope) {
    const w = recomputeWhere(scope, 'p.forwarded_on', 'p.answer_due');
    return m.getRepository(VoterPetition).createQueryBuilder('p').where(`p.status = 'FORWARDED'`).andWhere(w.where, w.params).orderBy('p.id').getMany();
  },
  async lock(m, p) {
    const fresh = await m.getRepository(VoterPetition).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: p.id }).getOne();
    return fresh?.status === 'FORWARDED' ? fresh : null;
  },
  input: (_m, p) => ({
    kind: 'VOTER_PETITION_ANSWER',
    start: p.forwardedOn!,
    cap: p.nextSessionOn,
  }),
  storedDue: (p) => p.answerDue,
  async apply(m, p, result) {
    Object.assign(p, { answerDue: result.due, answerDueRule: ruleRef(result), answerDueExplanation: result.explanation });
    await m.getRepository(VoterPetition).save(p);
    await republishDeadline(m, 'VOTER_PETITION', p.id, result);
  },
};
