import { badInput, changeRow, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { MEETING } from '../access';
import type { UpdateVoterContactMeetingInput } from '../generated/graphql';
import { VoterPetition } from '../petitions/voter-petition.entity';
import { RoundsService } from '../rounds/rounds.service';
import { attendeeList, heldWithin, placeText, voterCount } from './meeting-input';
import { meetingPointKey, replaceAttendees } from './meetings.service';
import { type VoterContactMeeting } from './voter-contact-meeting.entity';

/** Corrections to a recorded meeting by Front staff; round totals are computed, so they follow. */
export class MeetingCorrectionsService {
  constructor(private readonly ctx: GraphContext) {}

  update(input: UpdateVoterContactMeetingInput): Promise<VoterContactMeeting> {
    // Input that needs no data is checked before anything is read.
    const place = input.place != null ? placeText('input.place', input.place) : undefined;
    const localityName = input.localityName != null ? placeText('input.localityName', input.localityName) : undefined;
    const delegateIds = input.delegateIds ? attendeeList('input.delegateIds', input.delegateIds) : undefined;
    const officialIds = input.officialIds ? attendeeList('input.officialIds', input.officialIds) : undefined;
    const voters = input.voterCount != null ? voterCount(input.voterCount) : undefined;

    return changeRow(this.ctx, {
      operation: 'updateVoterContactMeeting',
      rule: MEETING,
      id: input.meetingId,
      field: 'input.meetingId',
      apply: async (m, meeting) => {
        const round = await new RoundsService(this.ctx).found(meeting.roundId, 'input.meetingId', m);
        const heldOn = input.heldOn != null ? heldWithin(round, input.heldOn) : meeting.heldOn;
        if (heldOn !== meeting.heldOn) {
          await checkPetitionDates(m, meeting.id, heldOn);
          // A petition's raised_on copies its meeting's day.
          await m.getRepository(VoterPetition).update({ meetingId: meeting.id }, { raisedOn: heldOn });
        }
        Object.assign(meeting, {
          heldOn,
          place: place ?? meeting.place,
          localityName: localityName ?? meeting.localityName,
          localityId: input.localityId !== undefined ? (input.localityId ?? null) : meeting.localityId,
          voterCount: voters ?? meeting.voterCount,
          correctedAt: this.ctx.clock.now(),
        });
        meeting.pointKey = meetingPointKey(meeting.localityName, meeting.place);
        await replaceAttendees(m, meeting.id, delegateIds, officialIds);
      },
    });
  }
}

/** Moving the day must keep petitions raised before they were forwarded, and answers read out after they came. */
async function checkPetitionDates(m: EntityManager, meetingId: string, heldOn: string): Promise<void> {
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
