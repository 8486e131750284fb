import { lockRow, recomputeWhere, ruleRef, type TrackedItem } from '@phoihop/core';
import { answerDeadline } from '../recipients';
import { VoterPetition } from './voter-petition.entity';

export const petitionTitle = (p: VoterPetition) => `Kiến nghị cử tri: ${p.content.length > 80 ? `${p.content.slice(0, 77)}…` : p.content}`;

/**
 * A voter petition as a tracked item: its answer is due once forwarded (the next regular
 * session it was forwarded for caps the date), and the deadline clears when it is answered or
 * merged into an earlier one.
 */
export const petitionDeadline: TrackedItem<VoterPetition> = {
  name: 'VoterPetition',
  input: (_m, p) => ({ kind: 'VOTER_PETITION_ANSWER', start: p.forwardedOn!, cap: p.nextSessionOn }),
  storedDue: (p) => p.answerDue,
  setDue(p, result) {
    p.answerDue = result.due;
    p.answerDueRule = ruleRef(result);
    p.answerDueExplanation = result.explanation;
  },
  change: (_m, p) =>
    answerDeadline('VOTER_PETITION', { ...p, recipientKind: p.recipientKind! }, {
      open: p.status === 'FORWARDED',
      due: p.answerDue,
      start: p.forwardedOn!,
      rule: p.answerDueRule!,
      explanation: p.answerDueExplanation,
      title: petitionTitle(p),
    }),
  save: (m, p) => m.getRepository(VoterPetition).save(p),
  candidates(m, scope) {
    const w = recomputeWhere(scope, 'p.forwarded_on', 'p.answer_due');
    return m.getRepository(VoterPetition).createQueryBuilder('p').where(`p.status = 'FORWARDED'`).andWhere(w.where, w.params).orderBy('p.id').getMany();
  },
  async lock(m, p) {
    const fresh = await lockRow(m, VoterPetition, p.id, 'VoterPetition', 'id');
    return fresh.status === 'FORWARDED' ? fresh : null;
  },
};
