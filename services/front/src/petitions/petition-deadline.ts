import { deadlineCalculator, openRows, ruleRef, VOTER_PETITION_DOCUMENTS_CAP_FROM, type TrackedItem } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { answerDeadline } from '../recipients';
import { VoterPetition } from './voter-petition.entity';

export const petitionTitle = (p: VoterPetition) => `Kiến nghị cử tri: ${p.content.length > 80 ? `${p.content.slice(0, 77)}…` : p.content}`;

/**
 * The date the answer must precede: the next regular session's documents deadline (the
 * council's SESSION_DOCUMENTS rule from its opening day), for petitions forwarded under the
 * 2025 rule; before it, the session's opening itself.
 */
export async function answerCap(m: EntityManager, p: VoterPetition): Promise<string | null> {
  if (!p.nextSessionOn) return null;
  if (p.forwardedOn! < VOTER_PETITION_DOCUMENTS_CAP_FROM) return p.nextSessionOn;
  const calculate = await deadlineCalculator(m.connection);
  return calculate({ kind: 'SESSION_DOCUMENTS', start: p.nextSessionOn }).due;
}

/**
 * A voter petition as a tracked item: its answer is due once forwarded (the next regular
 * session it was forwarded for caps the date), and the deadline clears when it is answered or
 * merged into an earlier one.
 */
export const petitionDeadline: TrackedItem<VoterPetition> = {
  name: 'VoterPetition',
  input: async (m, p) => ({ kind: 'VOTER_PETITION_ANSWER', start: p.forwardedOn!, cap: await answerCap(m, p) }),
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
  ...openRows(VoterPetition, { alias: 'p', open: `p.status = 'FORWARDED'`, start: 'p.forwarded_on', due: 'p.answer_due' }),
};
