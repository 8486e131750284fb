import { TEXT_LIMIT, badInput, createRow, inOrder, intBetween, nfc, notAfter, notFound, optionalText, paginate, requiredText, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { RECEPTION_VISIT_RULE } from '../access';
import { CitizenCase } from '../cases/citizen-case.entity';
import type { RecordReceptionVisitInput } from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
import { ReceptionDay } from './reception-day.entity';
import { ReceptionVisit, type ReceptionVisitOutcome } from './reception-visit.entity';

export interface ReceptionVisitFilter {
  jurisdictionId: string;
  from?: string | null;
  to?: string | null;
  outcome?: ReceptionVisitOutcome | null;
}

const EMPTY: Connection<ReceptionVisit> = { nodes: [], edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/**
 * The reception book (sổ tiếp công dân, Law on Citizen Reception Art. 26): one row per citizen
 * or group received, with what came of it. Its entries name citizens: readers of the book only.
 */
export class ReceptionVisitsService {
  constructor(private readonly ctx: GraphContext) {}

  list(filter: ReceptionVisitFilter, page: PageArgs): Promise<Connection<ReceptionVisit>> {
    this.ctx.access.require(RECEPTION_VISIT_RULE.readers, RECEPTION_VISIT_RULE.scope(filter));
    inOrder('to', filter.from, filter.to, 'Khoảng ngày không hợp lệ.');
    const qb = this.ctx.db.getRepository(ReceptionVisit).createQueryBuilder('v').where('v.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.from) qb.andWhere('v.visited_on >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('v.visited_on <= :to', { to: filter.to });
    if (filter.outcome) qb.andWhere('v.outcome = :outcome', { outcome: filter.outcome });
    return paginate(qb, page, { column: 'v.visited_on', direction: 'DESC', value: (v) => v.visitedOn });
  }

  /** The visits of one reception day; a reader outside the book sees none (the schedule is public, the book is not). */
  ofDay(day: ReceptionDay, page: PageArgs): Promise<Connection<ReceptionVisit>> {
    if (!this.ctx.access.has(RECEPTION_VISIT_RULE.readers, RECEPTION_VISIT_RULE.scope(day))) return Promise.resolve(EMPTY);
    const qb = this.ctx.db.getRepository(ReceptionVisit).createQueryBuilder('v').where('v.reception_day_id = :d', { d: day.id });
    return paginate(qb, page, { column: 'v.created_at', direction: 'ASC', value: (v) => v.createdAt });
  }

  async record(input: RecordReceptionVisitInput): Promise<ReceptionVisit> {
    this.ctx.access.require(RECEPTION_VISIT_RULE.writers, RECEPTION_VISIT_RULE.scope(input));
    notAfter('input.visitedOn', input.visitedOn, this.ctx.today(), 'Ngày tiếp công dân không được sau hôm nay.');
    const citizenName = nfc(requiredText('input.citizenName', input.citizenName, { what: 'họ tên công dân', max: TEXT_LIMIT.name }));
    const citizenAddress = optionalText('input.citizenAddress', input.citizenAddress, { max: TEXT_LIMIT.name }) ?? null;
    const subject = requiredText('input.subject', input.subject, { what: 'nội dung công dân trình bày', max: TEXT_LIMIT.title });
    const visitorCount = intBetween('input.visitorCount', input.visitorCount ?? 1, 1, 500);
    const guidance = optionalText('input.guidance', input.guidance, { max: TEXT_LIMIT.title }) ?? null;
    const refusalGround = optionalText('input.refusalGround', input.refusalGround, { max: TEXT_LIMIT.title }) ?? null;
    const { outcome } = input;
    if (outcome === 'CASE_OPENED' && !input.caseId) throw badInput('input.caseId', 'Cần chọn vụ việc được mở từ lượt tiếp này.');
    if (outcome !== 'CASE_OPENED' && input.caseId) throw badInput('input.caseId', 'Chỉ lượt tiếp có mở hồ sơ vụ việc mới gắn với vụ việc.');
    if (outcome === 'GUIDED' && !guidance) throw badInput('input.guidance', 'Cần ghi nội dung hướng dẫn, giải thích.');
    if (outcome === 'REFUSED' && !refusalGround) throw badInput('input.refusalGround', 'Cần ghi lý do từ chối tiếp công dân.');
    if (outcome !== 'REFUSED' && refusalGround) throw badInput('input.refusalGround', 'Chỉ ghi lý do từ chối khi từ chối tiếp.');
    return createRow(this.ctx, {
      operation: 'recordReceptionVisit',
      entity: ReceptionVisit,
      authorize: () => undefined, // checked above, on the jurisdiction the input names
      build: async (m) => {
        if (!(await m.getRepository(Jurisdiction).exists({ where: { id: input.jurisdictionId } }))) throw notFound('Jurisdiction', input.jurisdictionId, 'input.jurisdictionId');
        if (input.receptionDayId) {
          const day = await m.getRepository(ReceptionDay).findOneBy({ id: input.receptionDayId });
          if (!day || day.jurisdictionId !== input.jurisdictionId) throw notFound('ReceptionDay', input.receptionDayId, 'input.receptionDayId');
          if (day.date !== input.visitedOn) throw badInput('input.visitedOn', `Buổi tiếp công dân này diễn ra ngày ${day.date}.`);
        }
        if (input.caseId) {
          const c = await m.getRepository(CitizenCase).findOneBy({ id: input.caseId });
          if (!c || c.jurisdictionId !== input.jurisdictionId) throw notFound('CitizenCase', input.caseId, 'input.caseId');
        }
        return m.getRepository(ReceptionVisit).create({
          jurisdictionId: input.jurisdictionId,
          receptionDayId: input.receptionDayId ?? null,
          visitedOn: input.visitedOn,
          citizenName,
          citizenAddress,
          visitorCount,
          subject,
          outcome,
          caseId: input.caseId ?? null,
          guidance,
          refusalGround,
          receivedByName: nfc(this.ctx.user!.name),
          createdAt: this.ctx.clock.now(),
        });
      },
    });
  }
}
