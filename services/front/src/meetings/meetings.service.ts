import { byKeys, foldDiacritics, forbidden, notFound, paginateGroups, uuid, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { VOTER_CONTACT_READERS, FRONT_RECORDERS } from '../access';
import type { RecordVoterContactMeetingInput } from '../generated/graphql';
import type { EntityRef } from '../references';
import { VoterContactRound } from '../rounds/voter-contact-round.entity';
import { delegateList, heldWithin, officialList, placeText, voterCount } from './meeting-input';
import { MeetingDelegate, MeetingOfficial, VoterContactMeeting } from './voter-contact-meeting.entity';

/** Voter-contact meetings: recorded by Front staff, read by the three bodies. */
export class MeetingsService {
  constructor(private readonly ctx: GraphContext) {}

  private get repo() {
    return this.ctx.db.getRepository(VoterContactMeeting);
  }

  private canRead(m: VoterContactMeeting): boolean {
    return this.ctx.access.has(VOTER_CONTACT_READERS, { jurisdictionId: m.jurisdictionId });
  }

  /** Batched; meetings outside the user's jurisdictions come back as null. */
  async byId(id: string): Promise<VoterContactMeeting | null> {
    const meeting = await this.ctx.loaders
      .get<string, VoterContactMeeting>('VoterContactMeeting.byId', async (ids) => byKeys(ids, await this.load([...ids]), (m) => m.id))
      .load(id);
    return meeting && this.canRead(meeting) ? meeting : null;
  }

  async get(id: string): Promise<VoterContactMeeting | null> {
    this.ctx.access.requireSignedIn();
    uuid('id', id);
    const meeting = await this.byId(id);
    if (!meeting && (await this.repo.existsBy({ id }))) throw forbidden();
    return meeting;
  }

  private load(ids: string[]): Promise<VoterContactMeeting[]> {
    return this.repo.createQueryBuilder('m').where('m.id = ANY(:ids)', { ids }).getMany();
  }

  private visibleOnly(qb: SelectQueryBuilder<never>): void {
    const visible = this.ctx.access.jurisdictions(VOTER_CONTACT_READERS);
    if (visible) qb.andWhere('m.jurisdiction_id = ANY(:visible)', { visible });
  }

  /** `VoterContactRound.meetings` for a batch of rounds. */
  forRound(roundId: string, page: PageArgs): Promise<Connection<VoterContactMeeting>> {
    return this.grouped(`VoterContactRound.meetings:${page.first ?? ''}:${page.after ?? ''}`, roundId, page, (parents) =>
      this.repo
        .createQueryBuilder('m')
        .select('m.round_id', 'parent')
        .where('m.round_id = ANY(:parents)', { parents }),
    );
  }

  /** `Delegate.voterContactMeetings` for a batch of delegates, newest first. */
  forDelegate(delegateId: string, page: PageArgs): Promise<Connection<VoterContactMeeting>> {
    return this.grouped(`Delegate.voterContactMeetings:${page.first ?? ''}:${page.after ?? ''}`, delegateId, page, (parents) =>
      this.repo
        .createQueryBuilder('m')
        .innerJoin(MeetingDelegate, 'md', 'md.meeting_id = m.id')
        .select('md.delegate_id', 'parent')
        .where('md.delegate_id = ANY(:parents)', { parents }),
    );
  }

  private grouped(
    name: string,
    parent: string,
    page: PageArgs,
    source: (parents: readonly string[]) => SelectQueryBuilder<VoterContactMeeting>,
  ): Promise<Connection<VoterContactMeeting>> {
    return this.ctx.loaders
      .get<string, Connection<VoterContactMeeting>>(name, (parents) => {
        const qb = source(parents).addSelect('m.id', 'id').addSelect('m.held_on', 'sort');
        this.visibleOnly(qb as SelectQueryBuilder<never>);
        return paginateGroups(this.ctx.db, parents, page, {
          source: qb,
          direction: 'DESC',
          load: (ids) => this.load(ids),
          sortOf: (m) => m.heldOn,
        });
      })
      .load(parent) as Promise<Connection<VoterContactMeeting>>;
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
    this.ctx.access.require(FRONT_RECORDERS);
    uuid('input.roundId', input.roundId);
    const round = await this.ctx.db.getRepository(VoterContactRound).findOneBy({ id: input.roundId });
    if (!round) throw notFound('VoterContactRound', input.roundId, 'input.roundId');
    this.ctx.access.require(FRONT_RECORDERS, { jurisdictionId: round.jurisdictionId });

    const heldOn = heldWithin(round, input.heldOn);
    const place = placeText('input.place', input.place);
    const localityName = placeText('input.localityName', input.localityName);
    if (input.localityId) uuid('input.localityId', input.localityId);
    const delegateIds = delegateList(input.delegateIds);
    const officialIds = officialList(input.officialIds ?? []);
    const voters = voterCount(input.voterCount);

    return this.ctx.db.transaction(async (m) => {
      const meeting = await m.getRepository(VoterContactMeeting).save(
        m.getRepository(VoterContactMeeting).create({
          roundId: round.id,
          jurisdictionId: round.jurisdictionId,
          heldOn,
          place,
          localityName,
          localityId: input.localityId ?? null,
          pointKey: meetingPointKey(localityName, place),
          voterCount: voters,
          createdAt: this.ctx.clock.now(),
          correctedAt: null,
        }),
      );
      await m.getRepository(MeetingDelegate).insert(delegateIds.map((delegateId) => ({ meetingId: meeting.id, delegateId })));
      if (officialIds.length) await m.getRepository(MeetingOfficial).insert(officialIds.map((officialId) => ({ meetingId: meeting.id, officialId })));
      return meeting;
    });
  }
}

/** "Nhà văn hóa TDP 5" in "Phường Bắc Hồng" is one meeting point however it is typed. */
export function meetingPointKey(localityName: string, place: string): string {
  return `${foldDiacritics(localityName)}|${foldDiacritics(place)}`;
}
