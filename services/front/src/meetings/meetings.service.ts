import { createRow, foldDiacritics, paginateGroups, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { MEETING } from '../access';
import type { RecordVoterContactMeetingInput } from '../generated/graphql';
import { ItemsService } from '../items.service';
import type { EntityRef } from '../references';
import { RoundsService } from '../rounds/rounds.service';
import { attendeeList, heldWithin, placeText, voterCount } from './meeting-input';
import { MeetingDelegate, MeetingOfficial, VoterContactMeeting } from './voter-contact-meeting.entity';

const byHeldOn = { sort: 'm.held_on', direction: 'DESC' as const, sortOf: (m: VoterContactMeeting) => m.heldOn };

/** Voter-contact meetings: recorded by Front staff, read by the three bodies. */
export class MeetingsService extends ItemsService<VoterContactMeeting> {
  constructor(ctx: GraphContext) {
    super(ctx, MEETING, 'm');
  }

  /** `VoterContactRound.meetings` for a batch of rounds. */
  forRound(roundId: string, page: PageArgs): Promise<Connection<VoterContactMeeting>> {
    const source = (parents: readonly string[]) => this.query().select('m.round_id', 'parent').where('m.round_id = ANY(:parents)', { parents });
    return this.grouped({ name: 'VoterContactRound.meetings', source, ...byHeldOn }, roundId, page);
  }

  /** `Delegate.voterContactMeetings` for a batch of delegates, newest first. */
  forDelegate(delegateId: string, page: PageArgs): Promise<Connection<VoterContactMeeting>> {
    const source = (parents: readonly string[]) =>
      this.query().innerJoin(MeetingDelegate, 'md', 'md.meeting_id = m.id').select('md.delegate_id', 'parent').where('md.delegate_id = ANY(:parents)', { parents });
    return this.grouped({ name: 'Delegate.voterContactMeetings', source, ...byHeldOn }, delegateId, page);
  }

  /** `VoterContactMeeting.delegates` for a batch of meetings: one page each, in one statement. */
  delegates(meetingId: string, page: PageArgs): Promise<Connection<EntityRef>> {
    return this.attendees('delegates', MeetingDelegate, 'delegate_id', meetingId, page);
  }

  /** `VoterContactMeeting.officials`, likewise. */
  officials(meetingId: string, page: PageArgs): Promise<Connection<EntityRef>> {
    return this.attendees('officials', MeetingOfficial, 'official_id', meetingId, page);
  }

  // The attendees are other subgraphs' entities: the page carries their keys only, so the
  // second statement of paginateGroups (loading rows) is not needed. Ordered by id, stably.
  private attendees(
    name: string,
    entity: typeof MeetingDelegate | typeof MeetingOfficial,
    column: 'delegate_id' | 'official_id',
    meetingId: string,
    page: PageArgs,
  ): Promise<Connection<EntityRef>> {
    return this.ctx.loaders
      .get<string, Connection<EntityRef>>(`VoterContactMeeting.${name}:${page.first ?? ''}:${page.after ?? ''}`, (meetingIds) => {
        const source = this.ctx.db
          .getRepository<ObjectLiteral>(entity)
          .createQueryBuilder('a')
          .select('a.meeting_id', 'parent')
          .addSelect(`a.${column}`, 'id')
          .addSelect(`a.${column}`, 'sort')
          .where('a.meeting_id = ANY(:meetingIds)', { meetingIds });
        return paginateGroups(this.ctx.db, meetingIds, page, {
          source,
          direction: 'ASC',
          load: async (ids) => ids.map((id) => ({ id })),
          sortOf: (ref) => ref.id,
        });
      })
      .load(meetingId) as Promise<Connection<EntityRef>>;
  }

  async record(input: RecordVoterContactMeetingInput): Promise<VoterContactMeeting> {
    const place = placeText('input.place', input.place);
    const localityName = placeText('input.localityName', input.localityName);
    const delegateIds = attendeeList('input.delegateIds', input.delegateIds);
    const officialIds = attendeeList('input.officialIds', input.officialIds ?? []);
    const voters = voterCount(input.voterCount);
    const round = await new RoundsService(this.ctx).found(input.roundId, 'input.roundId');
    return createRow(this.ctx, {
      operation: 'recordVoterContactMeeting',
      entity: VoterContactMeeting,
      authorize: () => this.ctx.access.requireWrite(MEETING, round),
      build: (m) =>
        m.getRepository(VoterContactMeeting).create({
          roundId: round.id,
          jurisdictionId: round.jurisdictionId,
          heldOn: heldWithin(round, input.heldOn),
          place,
          localityName,
          localityId: input.localityId ?? null,
          pointKey: meetingPointKey(localityName, place),
          voterCount: voters,
          createdAt: this.ctx.clock.now(),
          correctedAt: null,
        }),
      after: (m, meeting) => replaceAttendees(m, meeting.id, delegateIds, officialIds),
    });
  }
}

/** Writes a meeting's attendee lists, replacing those it had. */
export async function replaceAttendees(m: EntityManager, meetingId: string, delegateIds?: string[], officialIds?: string[]): Promise<void> {
  if (delegateIds) {
    await m.getRepository(MeetingDelegate).delete({ meetingId });
    await m.getRepository(MeetingDelegate).insert(delegateIds.map((delegateId) => ({ meetingId, delegateId })));
  }
  if (officialIds) {
    await m.getRepository(MeetingOfficial).delete({ meetingId });
    if (officialIds.length) await m.getRepository(MeetingOfficial).insert(officialIds.map((officialId) => ({ meetingId, officialId })));
  }
}

/** "Nhà văn hóa TDP 5" in "Phường Bắc Hồng" is one meeting point however it is typed. */
export function meetingPointKey(localityName: string, place: string): string {
  return `${foldDiacritics(localityName)}|${foldDiacritics(place)}`;
}
