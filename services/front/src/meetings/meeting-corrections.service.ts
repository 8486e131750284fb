import { badInput, notFound, uuid, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { FRONT_RECORDERS } from '../access';
import type { UpdateVoterContactMeetingInput } from '../generated/graphql';
import { VoterPetition } from '../petitions/voter-petition.entity';
import { VoterContactRound } from '../rounds/voter-contact-round.entity';
import { delegateList, heldWithin, officialList, placeText, voterCount } from './meeting-input';
import { meetingPointKey } from './meetings.service';
import { MeetingDelegate, MeetingOfficial, VoterContactMeeting } from './voter-contact-meeting.entity';

/** Corrections to a recorded meeting by Front staff; round totals are computed, so they follow. */
export class MeetingCorrections {
  constructor(private readonly ctx: GraphContext) {}

  async update(input: UpdateVoterContactMeetingInput): Promise<VoterContactMeeting> {
    this.ctx.access.require(FRONT_RECORDERS);
    uuid('input.meetingId', input.meetingId);
    // Input that needs no data is checked before anything is read.
    const place = input.place != null ? placeText('input.place', input.place) : undefined;
    const localityName = input.localityName != null ? placeText('input.localityName', input.localityName) : undefined;
    if (input.localityId) uuid('input.localityId', input.localityId);
    const delegateIds = input.delegateIds ? delegateList(input.delegateIds) : undefined;
    const officialIds = input.officialIds ? officialList(input.officialIds) : undefined;
    const voters = input.voterCount != null ? voterCount(input.voterCount) : undefined;

    return this.ctx.db.transaction(async (m) => {
      const meeting = await m.getRepository(VoterContactMeeting).findOne({ where: { id: input.meetingId }, lock: { mode: 'pessimistic_write' } });
      if (!meeting) throw notFound('VoterContactMeeting', input.meetingId, 'input.meetingId');
      this.ctx.access.require(FRONT_RECORDERS, { jurisdictionId: meeting.jurisdictionId });
      const round = await m.getRepository(VoterContactRound).findOneByOrFail({ id: meeting.roundId });

      const heldOn = input.heldOn != null ? heldWithin(round, input.heldOn) : meeting.heldOn;
      if (heldOn !== meeting.heldOn) await this.checkPetitionDates(m, meeting.id, heldOn);
      const change: Partial<VoterContactMeeting> = {
        heldOn,
        place: place ?? meeting.place,
        localityName: localityName ?? meeting.localityName,
        localityId: input.localityId !== undefined ? (input.localityId ?? null) : meeting.localityId,
        voterCount: voters ?? meeting.voterCount,
        correctedAt: this.ctx.clock.now(),
      };
      change.pointKey = meetingPointKey(change.localityName!, change.place!);
      await m.getRepository(VoterContactMeeting).update({ id: meeting.id }, change);
      // A petition's raised_on copies its meeting's day.
      if (heldOn !== meeting.heldOn) await m.getRepository(VoterPetition).update({ meetingId: meeting.id }, { raisedOn: heldOn });
      if (delegateIds) {
        await m.getRepository(MeetingDelegate).delete({ meetingId: meeting.id });
        await m.getRepository(MeetingDelegate).insert(delegateIds.map((delegateId) => ({ meetingId: meeting.id, delegateId })));
      }
      if (officialIds) {
        await m.getRepository(MeetingOfficial).delete({ meetingId: meeting.id });
        if (officialIds.length) await m.getRepository(MeetingOfficial).insert(officialIds.map((officialId) => ({ meetingId: meeting.id, officialId })));
      }
      return { ...meeting, ...change };
    });
  }

  /** Moving the day must keep petitions raised before they were forwarded, and answers read out after they came. */
  private async checkPetitionDates(m: EntityManager, meetingId: string, heldOn: string): Promise<void> {
    const [bounds]: Array<{ forwarded: string | null; answered: string | null }> = await m.query(
      `SELECT min(forwarded_on) FILTER (WHERE meeting_id = $1)::text AS forwarded,
              max(answered_on) FILTER (WHERE reported_back_meeting_id = $1)::text AS answered
         FROM "front"."voter_petition" WHERE meeting_id = $1 OR reported_back_meeting_id = $1`,
      [meetingId],
    );
    if (bounds.forwarded && heldOn > bounds.forwarded) {
      throw badInput('input.heldOn', `Kiến nghị nêu tại cuộc tiếp xúc này đã được chuyển ngày ${bounds.forwarded}; ngày tiếp xúc không được sau ngày đó.`);
    }
    if (bounds.answered && heldOn < bounds.answered) {
      throw badInput('input.heldOn', `Cuộc tiếp xúc đã thông báo kết quả trả lời ngày ${bounds.answered}; ngày tiếp xúc không được trước ngày đó.`);
    }
  }
}
