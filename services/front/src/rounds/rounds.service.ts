import { badInput, byKeys, forbidden, nfc, notFound, paginate, paginateGroups, uuid, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { FRONT_BOARD, VOTER_CONTACT_READERS } from '../access';
import type { CreateVoterContactRoundInput, UpdateVoterContactRoundInput, VoterContactRoundKind } from '../generated/graphql';
import { VoterContactMeeting } from '../meetings/voter-contact-meeting.entity';
import { VoterContactRound } from './voter-contact-round.entity';

export interface RoundTotals {
  meetingCount: number;
  meetingPointCount: number;
  voterCount: number;
}

const byStart = { column: 'r.starts_on', direction: 'DESC' as const, value: (r: VoterContactRound) => r.startsOn };

/** Voter-contact rounds: planned by the Front Standing Board, read by the three bodies. */
export class RoundsService {
  constructor(private readonly ctx: GraphContext) {}

  private get repo() {
    return this.ctx.db.getRepository(VoterContactRound);
  }

  /** Batched; rounds outside the user's jurisdictions come back as null. */
  async byId(id: string): Promise<VoterContactRound | null> {
    const round = await this.ctx.loaders
      .get<string, VoterContactRound>('VoterContactRound.byId', async (ids) =>
        byKeys(ids, await this.repo.createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany(), (r) => r.id),
      )
      .load(id);
    return round && this.ctx.access.has(VOTER_CONTACT_READERS, { jurisdictionId: round.jurisdictionId }) ? round : null;
  }

  /** A round the caller asked for by id: NOT_FOUND and FORBIDDEN are told apart. */
  async get(id: string): Promise<VoterContactRound | null> {
    this.ctx.access.requireSignedIn();
    uuid('id', id);
    const round = await this.byId(id);
    if (!round && (await this.repo.existsBy({ id }))) throw forbidden();
    return round;
  }

  list(filter: { jurisdictionId: string; year?: number | null; kind?: VoterContactRoundKind | null }, page: PageArgs) {
    this.ctx.access.require(VOTER_CONTACT_READERS, { jurisdictionId: filter.jurisdictionId });
    uuid('jurisdictionId', filter.jurisdictionId);
    const qb = this.repo.createQueryBuilder('r').where('r.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.year != null) qb.andWhere('extract(year FROM r.starts_on) = :year', { year: filter.year });
    if (filter.kind) qb.andWhere('r.kind = :kind', { kind: filter.kind });
    return paginate(qb, page, byStart);
  }

  /** `Session.voterContactRounds` for a batch of sessions: two statements whatever the batch. */
  forSession(sessionId: string, page: PageArgs) {
    const visible = this.ctx.access.jurisdictions(VOTER_CONTACT_READERS);
    return this.ctx.loaders
      .get<string, Connection<VoterContactRound>>(`Session.voterContactRounds:${page.first ?? ''}:${page.after ?? ''}`, (sessionIds) => {
        const source = this.repo
          .createQueryBuilder('r')
          .select('r.session_id', 'parent')
          .addSelect('r.id', 'id')
          .addSelect('r.starts_on', 'sort')
          .where('r.session_id = ANY(:sessionIds)', { sessionIds });
        if (visible) source.andWhere('r.jurisdiction_id = ANY(:visible)', { visible });
        return paginateGroups(this.ctx.db, sessionIds, page, {
          source,
          direction: 'DESC',
          load: (ids) => this.repo.createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (r) => r.startsOn,
        });
      })
      .load(sessionId) as Promise<Connection<VoterContactRound>>;
  }

  /** Meetings, distinct meeting points and voters of a batch of rounds, in one statement. */
  totals(roundId: string): Promise<RoundTotals> {
    return this.ctx.loaders
      .get<string, RoundTotals>('VoterContactRound.totals', async (roundIds) => {
        const rows: Array<{ round_id: string; meetings: string; points: string; voters: string }> = await this.ctx.db
          .getRepository(VoterContactMeeting)
          .createQueryBuilder('m')
          .select('m.round_id', 'round_id')
          .addSelect('count(*)', 'meetings')
          .addSelect('count(DISTINCT m.point_key)', 'points')
          .addSelect('coalesce(sum(m.voter_count), 0)', 'voters')
          .where('m.round_id = ANY(:roundIds)', { roundIds })
          .groupBy('m.round_id')
          .getRawMany();
        const index = new Map(rows.map((r) => [r.round_id, r]));
        return roundIds.map((id) => {
          const r = index.get(id);
          return { meetingCount: Number(r?.meetings ?? 0), meetingPointCount: Number(r?.points ?? 0), voterCount: Number(r?.voters ?? 0) };
        });
      })
      .load(roundId) as Promise<RoundTotals>;
  }

  async create(input: CreateVoterContactRoundInput): Promise<VoterContactRound> {
    this.ctx.access.require(FRONT_BOARD, { jurisdictionId: input.jurisdictionId });
    uuid('input.jurisdictionId', input.jurisdictionId);
    if (input.sessionId) uuid('input.sessionId', input.sessionId);
    const title = nfc(input.title.trim());
    const topic = input.topic?.trim() ? nfc(input.topic.trim()) : null;
    if (!title) throw badInput('input.title', 'Tên đợt tiếp xúc không được để trống.');
    if (input.endsOn < input.startsOn) throw badInput('input.endsOn', 'Ngày kết thúc phải sau ngày bắt đầu.');
    if (input.kind !== 'THEMATIC' && !input.sessionId) {
      throw badInput('input.sessionId', 'Đợt tiếp xúc trước hoặc sau kỳ họp phải gắn với một kỳ họp.');
    }
    if (input.kind === 'THEMATIC' && !topic) throw badInput('input.topic', 'Đợt tiếp xúc chuyên đề phải có chuyên đề.');
    if (input.kind !== 'THEMATIC' && topic) throw badInput('input.topic', 'Chỉ đợt tiếp xúc chuyên đề mới có chuyên đề.');
    const round = this.repo.create({
      jurisdictionId: input.jurisdictionId,
      kind: input.kind,
      sessionId: input.sessionId ?? null,
      delegationLevel: input.delegationLevel,
      title,
      topic,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      createdAt: this.ctx.clock.now(),
    });
    return this.repo.save(round);
  }

  /** Corrects a round: only the given fields change; the period must still hold its meetings. */
  async update(input: UpdateVoterContactRoundInput): Promise<VoterContactRound> {
    this.ctx.access.require(FRONT_BOARD);
    uuid('input.roundId', input.roundId);
    const round = await this.repo.findOneBy({ id: input.roundId });
    if (!round) throw notFound('VoterContactRound', input.roundId, 'input.roundId');
    this.ctx.access.require(FRONT_BOARD, { jurisdictionId: round.jurisdictionId });

    const change: Partial<VoterContactRound> = {};
    if (input.title != null) {
      change.title = nfc(input.title.trim());
      if (!change.title) throw badInput('input.title', 'Tên đợt tiếp xúc không được để trống.');
    }
    if (input.topic != null) {
      if (round.kind !== 'THEMATIC') throw badInput('input.topic', 'Chỉ đợt tiếp xúc chuyên đề mới có chuyên đề.');
      change.topic = nfc(input.topic.trim());
      if (!change.topic) throw badInput('input.topic', 'Đợt tiếp xúc chuyên đề phải có chuyên đề.');
    }
    if (input.sessionId != null) {
      if (round.kind === 'THEMATIC') throw badInput('input.sessionId', 'Đợt tiếp xúc chuyên đề không gắn với kỳ họp.');
      change.sessionId = uuid('input.sessionId', input.sessionId);
    }
    if (input.delegationLevel != null) change.delegationLevel = input.delegationLevel;
    const startsOn = input.startsOn ?? round.startsOn;
    const endsOn = input.endsOn ?? round.endsOn;
    if (endsOn < startsOn) throw badInput(input.endsOn ? 'input.endsOn' : 'input.startsOn', 'Ngày kết thúc phải sau ngày bắt đầu.');
    const [held] = await this.ctx.db.query(
      `SELECT min(held_on)::text AS first, max(held_on)::text AS last FROM "front"."voter_contact_meeting" WHERE round_id = $1`,
      [round.id],
    );
    if (held.first && startsOn > held.first) throw badInput('input.startsOn', `Đợt đã có cuộc tiếp xúc ngày ${held.first}, trước ngày bắt đầu mới.`);
    if (held.last && endsOn < held.last) throw badInput('input.endsOn', `Đợt đã có cuộc tiếp xúc ngày ${held.last}, sau ngày kết thúc mới.`);
    Object.assign(change, { startsOn, endsOn, correctedAt: this.ctx.clock.now() });

    await this.repo.update({ id: round.id }, change);
    return { ...round, ...change };
  }
}
