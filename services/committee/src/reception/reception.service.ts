import { TEXT_LIMIT, badInput, rowLoader, calendarDate, createRow, inOrder, notFound, optionalText, paginate, requiredText, type GraphContext, type PageArgs } from '@phoihop/core';
import { RECEPTION_HOST_WRITERS, RECEPTION_RULE } from '../access';
import { DirectoryService } from '../directory/directory.service';
import { Official } from '../directory/official.entity';
import type { ScheduleReceptionDayInput } from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
import { ReceptionDay } from './reception-day.entity';

export interface ReceptionDayFilter {
  jurisdictionId?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * Citizen reception days. The schedule is public (citizens must know when to come, Law on
 * Citizen Reception Art. 12); the cases received there are not (see `cases`).
 */
export class ReceptionService {
  constructor(private readonly ctx: GraphContext) {}

  byId(id: string): Promise<ReceptionDay | null> {
    return rowLoader(this.ctx, ReceptionDay).load(id);
  }

  list(filter: ReceptionDayFilter, page: PageArgs) {
    inOrder('to', filter.from, filter.to, 'Khoảng ngày không hợp lệ.');
    const qb = this.ctx.db.getRepository(ReceptionDay).createQueryBuilder('r');
    if (filter.jurisdictionId) qb.andWhere('r.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.from) qb.andWhere('r.date >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('r.date <= :to', { to: filter.to });
    return paginate(qb, page, { column: 'r.date', direction: 'DESC', value: (r) => r.date });
  }

  /** Hosts, batched through the directory's loader; the directory is for signed-in users only. */
  async hosts(day: ReceptionDay): Promise<Official[]> {
    if (!this.ctx.user) return [];
    const found = await Promise.all(day.hostOfficialIds.map((id) => new DirectoryService(this.ctx).official(id)));
    return found.filter((o): o is Official => o !== null);
  }

  async schedule(input: ScheduleReceptionDayInput): Promise<ReceptionDay> {
    const hostingBody = input.hostingBody ?? 'COMMITTEE_CHAIR';
    this.ctx.access.require(RECEPTION_HOST_WRITERS[hostingBody], RECEPTION_RULE.scope(input));
    calendarDate('input.date', input.date);
    const place = requiredText('input.place', input.place, { what: 'địa điểm tiếp công dân', max: TEXT_LIMIT.title });
    const note = optionalText('input.note', input.note) ?? null;
    if (hostingBody !== 'COUNCIL_STANDING' && input.hostOfficialIds.length === 0) throw badInput('input.hostOfficialIds', 'Cần có lãnh đạo UBND tiếp công dân.');
    // The Standing Committee receives citizens through its members, who are council delegates.
    if (hostingBody !== 'COMMITTEE_CHAIR' && !input.delegateIds?.length) throw badInput('input.delegateIds', 'Cần ghi thành viên Thường trực HĐND tiếp công dân.');
    return createRow(this.ctx, {
      operation: 'scheduleReceptionDay',
      entity: ReceptionDay,
      authorize: () => undefined, // checked above, on the jurisdiction the input names
      build: async (m) => {
      if (!(await m.getRepository(Jurisdiction).exists({ where: { id: input.jurisdictionId } }))) {
        throw notFound('Jurisdiction', input.jurisdictionId, 'input.jurisdictionId');
      }
      const hosts = await m.getRepository(Official).findByIds(input.hostOfficialIds);
      input.hostOfficialIds.forEach((id, i) => {
        const o = hosts.find((h) => h.id === id);
        if (!o || o.jurisdictionId !== input.jurisdictionId) throw notFound('Official', id, `input.hostOfficialIds.${i}`);
      });
      return m.getRepository(ReceptionDay).create({
        jurisdictionId: input.jurisdictionId,
        date: input.date,
        place,
        kind: input.kind ?? 'REGULAR',
        hostingBody,
        hostOfficialIds: input.hostOfficialIds,
        delegateIds: input.delegateIds ?? [],
        note,
      });
      },
    });
  }
}
