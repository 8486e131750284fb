import { calendarDate, computeDue, deadlineCalculator, publishDeadline, uuid, type GraphContext } from '@phoihop/core';
import { PETITION } from '../access';
import type { FollowSessionDateInput } from '../generated/graphql';
import { changePetition } from './petition-lifecycle.service';
import { petitionDeadline } from './petition-deadline';
import { VoterPetition } from './voter-petition.entity';

/** Who may carry the council's published session move over to the Front's petitions. */
const FOLLOWERS = ['SERVICE', 'ADMIN', 'FRONT_STANDING'] as const;

/**
 * The council publishes a session's new dates (`session.moved` on its outbox); the Front
 * re-reads them here: every petition still awaiting an answer before that session takes the
 * new opening day, and its due date follows, each on the command path with its deadline event.
 */
export class SessionFollowService {
  constructor(private readonly ctx: GraphContext) {}

  async follow(input: FollowSessionDateInput): Promise<VoterPetition[]> {
    this.ctx.access.require(FOLLOWERS);
    const sessionId = uuid('input.sessionId', input.sessionId);
    const plannedStartDate = calendarDate('input.plannedStartDate', input.plannedStartDate);
    const waiting = await this.ctx.db.getRepository(VoterPetition).find({ where: { nextSessionId: sessionId, status: 'FORWARDED' }, order: { id: 'ASC' } });
    const calculate = await deadlineCalculator(this.ctx.db, { 'input.cap': 'input.plannedStartDate' });
    const moved: VoterPetition[] = [];
    for (const { id } of waiting) {
      let changed = false;
      const p = await changePetition(this.ctx, {
          operation: 'followSessionDate',
          id,
          authorize: (p) => this.ctx.access.require(FOLLOWERS, PETITION.scope(p)),
          apply: async (m, p) => {
            if (p.status !== 'FORWARDED' || p.nextSessionId !== sessionId || p.nextSessionOn === plannedStartDate) return;
            p.nextSessionOn = plannedStartDate;
            await computeDue(m, petitionDeadline, p, calculate);
            changed = true;
          },
          publish: async (m, saved) => {
            if (changed) await publishDeadline(m, petitionDeadline, saved);
          },
        });
      if (changed) moved.push(p);
    }
    return moved;
  }
}
