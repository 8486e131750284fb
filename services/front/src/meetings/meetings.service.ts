import {
  badInput,
  byKeys,
  foldDiacritics,
  forbidden,
  groupByKeys,
  nfc,
  notFound,
  paginateGroups,
  type Connection,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import type { SelectQueryBuilder } from 'typeorm';
import { VOTER_CONTACT_READERS, FRONT_RECORDERS } from '../access';
import type { RecordVoterContactMeetingInput } from '../generated/graphql';
import { requireUuid } from '../ids';
import { VoterContactRound } from '../rounds/voter-contact-round.entity';
import { MeetingDelegate, MeetingOfficial, VoterContactMeeting } from './voter-contact-meeting.entity';

const MAX_ATTENDEES = 50;

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
    requireUuid('id', id);
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

  delegateIds(meetingId: string): Promise<string[]> {
    return this.ctx.loaders
      .get<string, string[]>('VoterContactMeeting.delegates', async (ids) => {
        const rows = await this.ctx.db.getRepository(MeetingDelegate).createQueryBuilder('md').where('md.meeting_id = ANY(:ids)', { ids }).getMany();
        return groupByKeys(ids, rows, (r) => r.meetingId).map((group) => group.map((r) => r.delegateId));
      })
      .load(meetingId) as Promise<string[]>;
  }

  officialIds(meetingId: string): Promise<string[]> {
    return this.ctx.loaders
      .get<string, string[]>('VoterContactMeeting.officials', async (ids) => {
        const rows = await this.ctx.db.getRepository(MeetingOfficial).createQueryBuilder('mo').where('mo.meeting_id = ANY(:ids)', { ids }).getMany();
        return groupByKeys(ids, rows, (r) => r.meetingId).map((group) => group.map((r) => r.officialId));
      })
      .load(meetingId) as Promise<string[]>;
  }

  async record(input: RecordVoterContactMeetingInput): Promise<VoterContactMeeting> {
    this.ctx.access.require(FRONT_RECORDERS);
    requireUuid('input.roundId', input.roundId);
    const round = await this.ctx.db.getRepository(VoterContactRound).findOneBy({ id: input.roundId });
    if (!round) throw notFound('VoterContactRound', input.roundId, 'input.roundId');
    this.ctx.access.require(FRONT_RECORDERS, { jurisdictionId: round.jurisdictionId });

    const place = nfc(input.place.trim());
    const localityName = nfc(input.localityName.trim());
    const delegateIds = [...new Set(input.delegateIds)];
    const officialIds = [...new Set(input.officialIds ?? [])];
    if (input.heldOn < round.startsOn || input.heldOn > round.endsOn) {
      throw badInput('input.heldOn', `Ngày tiếp xúc phải trong thời gian của đợt (${round.startsOn} – ${round.endsOn}).`);
    }
    if (!place) throw badInput('input.place', 'Điểm tiếp xúc không được để trống.');
    if (!localityName) throw badInput('input.localityName', 'Xã, phường của điểm tiếp xúc không được để trống.');
    if (input.localityId) requireUuid('input.localityId', input.localityId);
    if (delegateIds.length === 0) throw badInput('input.delegateIds', 'Cuộc tiếp xúc phải có ít nhất một đại biểu.');
    if (delegateIds.length > MAX_ATTENDEES) throw badInput('input.delegateIds', `Tối đa ${MAX_ATTENDEES} đại biểu.`);
    delegateIds.forEach((id, i) => requireUuid(`input.delegateIds.${i}`, id));
    if (officialIds.length > MAX_ATTENDEES) throw badInput('input.officialIds', `Tối đa ${MAX_ATTENDEES} đại biểu.`);
    officialIds.forEach((id, i) => requireUuid(`input.officialIds.${i}`, id));
    if (!Number.isInteger(input.voterCount) || input.voterCount < 0 || input.voterCount > 100_000) {
      throw badInput('input.voterCount', 'Số cử tri tham dự không hợp lệ.');
    }

    return this.ctx.db.transaction(async (m) => {
      const meeting = await m.getRepository(VoterContactMeeting).save(
        m.getRepository(VoterContactMeeting).create({
          roundId: round.id,
          jurisdictionId: round.jurisdictionId,
          heldOn: input.heldOn,
          place,
          localityName,
          localityId: input.localityId ?? null,
          pointKey: meetingPointKey(localityName, place),
          voterCount: input.voterCount,
          createdAt: this.ctx.clock.now(),
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
