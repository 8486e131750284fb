import { badInput, changeRow, changedText, createRow, inOrder, optionalText, paginate, requiredText, TEXT_LIMIT, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { ROUND } from '../access';
import type { CreateVoterContactRoundInput, UpdateVoterContactRoundInput, VoterContactRoundKind } from '../generated/graphql';
import { ItemsService } from '../items.service';
import { VoterContactMeeting } from '../meetings/voter-contact-meeting.entity';
import { VoterContactRound } from './voter-contact-round.entity';

export interface RoundTotals {
  meetingCount: number;
  meetingPointCount: number;
  voterCount: number;
}

const TITLE = { what: 'tên đợt tiếp xúc', max: TEXT_LIMIT.title };
const TOPIC = { what: 'chuyên đề của đợt tiếp xúc chuyên đề', max: TEXT_LIMIT.title };
const ENDS_AFTER_START = 'Ngày kết thúc phải sau ngày bắt đầu.';

/** Voter-contact rounds: planned by the Front Standing Board, read by the three bodies. */
export class RoundsService extends ItemsService<VoterContactRound> {
  constructor(ctx: GraphContext) {
    super(ctx, ROUND, 'r');
  }

  list(filter: { jurisdictionId: string; year?: number | null; kind?: VoterContactRoundKind | null }, page: PageArgs) {
    const qb = this.inJurisdiction(filter.jurisdictionId);
    if (filter.year != null) qb.andWhere('extract(year FROM r.starts_on) = :year', { year: filter.year });
    if (filter.kind) qb.andWhere('r.kind = :kind', { kind: filter.kind });
    return paginate(qb, page, { column: 'r.starts_on', direction: 'DESC', value: (r) => r.startsOn });
  }

  /** `Session.voterContactRounds` for a batch of sessions. */
  forSession(sessionId: string, page: PageArgs): Promise<Connection<VoterContactRound>> {
    const list = {
      name: 'Session.voterContactRounds',
      source: (parents: readonly string[]) => this.query().select('r.session_id', 'parent').where('r.session_id = ANY(:parents)', { parents }),
      sort: 'r.starts_on',
      direction: 'DESC' as const,
      sortOf: (r: VoterContactRound) => r.startsOn,
    };
    return this.grouped(list, sessionId, page);
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

  create(input: CreateVoterContactRoundInput): Promise<VoterContactRound> {
    const title = requiredText('input.title', input.title, TITLE);
    const topic = optionalText('input.topic', input.topic, TOPIC) ?? null;
    inOrder('input.endsOn', input.startsOn, input.endsOn, ENDS_AFTER_START);
    if (input.kind !== 'THEMATIC' && !input.sessionId) {
      throw badInput('input.sessionId', 'Đợt tiếp xúc trước hoặc sau kỳ họp phải gắn với một kỳ họp.');
    }
    if (input.kind === 'THEMATIC' && !topic) throw badInput('input.topic', 'Đợt tiếp xúc chuyên đề phải có chuyên đề.');
    if (input.kind !== 'THEMATIC' && topic) throw badInput('input.topic', 'Chỉ đợt tiếp xúc chuyên đề mới có chuyên đề.');
    return createRow(this.ctx, {
      operation: 'createVoterContactRound',
      entity: VoterContactRound,
      authorize: () => this.ctx.access.requireWrite(ROUND, input),
      build: (m) =>
        m.getRepository(VoterContactRound).create({
          jurisdictionId: input.jurisdictionId,
          kind: input.kind,
          sessionId: input.sessionId ?? null,
          delegationLevel: input.delegationLevel,
          title,
          topic,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          createdAt: this.ctx.clock.now(),
        }),
    });
  }

  /** Corrects a round: only the given fields change; the period must still hold its meetings. */
  update(input: UpdateVoterContactRoundInput): Promise<VoterContactRound> {
    const title = changedText('input.title', input.title ?? undefined, TITLE);
    const topic = changedText('input.topic', input.topic ?? undefined, TOPIC);
    return changeRow(this.ctx, {
      operation: 'updateVoterContactRound',
      rule: ROUND,
      id: input.roundId,
      field: 'input.roundId',
      apply: async (m, round) => {
        if (topic !== undefined && round.kind !== 'THEMATIC') throw badInput('input.topic', 'Chỉ đợt tiếp xúc chuyên đề mới có chuyên đề.');
        if (input.sessionId != null && round.kind === 'THEMATIC') throw badInput('input.sessionId', 'Đợt tiếp xúc chuyên đề không gắn với kỳ họp.');
        const startsOn = input.startsOn ?? round.startsOn;
        const endsOn = input.endsOn ?? round.endsOn;
        inOrder(input.endsOn ? 'input.endsOn' : 'input.startsOn', startsOn, endsOn, ENDS_AFTER_START);
        const [held]: Array<{ first: string | null; last: string | null }> = await m.query(
          `SELECT min(held_on)::text AS first, max(held_on)::text AS last FROM "front"."voter_contact_meeting" WHERE round_id = $1`,
          [round.id],
        );
        if (held.first && startsOn > held.first) throw badInput('input.startsOn', `Đợt đã có cuộc tiếp xúc ngày ${held.first}, trước ngày bắt đầu mới.`);
        if (held.last && endsOn < held.last) throw badInput('input.endsOn', `Đợt đã có cuộc tiếp xúc ngày ${held.last}, sau ngày kết thúc mới.`);
        Object.assign(round, {
          title: title ?? round.title,
          topic: topic ?? round.topic,
          sessionId: input.sessionId ?? round.sessionId,
          delegationLevel: input.delegationLevel ?? round.delegationLevel,
          startsOn,
          endsOn,
          correctedAt: this.ctx.clock.now(),
        });
      },
    });
  }
}
