import { addDays, badInput, intBetween, isoDate, procedureRuleOn, type GraphContext } from '@phoihop/core';
import { RECEPTION_VISIT_RULE } from '../access';
import { JurisdictionsService } from '../jurisdictions/jurisdictions.service';
import type { Jurisdiction } from '../jurisdictions/jurisdiction.entity';

export interface ReceptionMonthCheck {
  month: number;
  chairDays: number;
  required: number;
  met: boolean;
  legalBasis: string;
}

/**
 * Days of each month of year `year` at which the committee chair of jurisdiction `j` received
 * citizens, as an int[12]: a day hosted by the chair (alone or with the council Standing
 * Committee) with an official in the CHAIR position among its hosts; two sittings on one date
 * are one day. An SQL expression over the columns the caller names (the report's keys, or the
 * check's parameters).
 */
export function chairDaysByMonthSql(j: string, year: string): string {
  return `(SELECT array_agg(coalesce(d.n, 0) ORDER BY mo) FROM generate_series(1, 12) AS mo LEFT JOIN (
             SELECT extract(month FROM r.date)::int AS mo, count(DISTINCT r.date)::int AS n FROM "committee"."reception_day" r
              WHERE r.jurisdiction_id = ${j} AND r.date >= make_date(${year}, 1, 1) AND r.date < make_date(${year} + 1, 1, 1)
                AND r.hosting_body IN ('COMMITTEE_CHAIR', 'JOINT')
                AND EXISTS (SELECT 1 FROM "committee"."official" o WHERE o.id = ANY(r.host_official_ids) AND o.position = 'CHAIR')
              GROUP BY 1) d USING (mo))`;
}

/**
 * The commune chair's monthly minimum (Law on Citizen Reception Art. 15, as amended by Law
 * 136/2025/QH15) for one year: every month that has ended by today and in which the commune
 * was active, against the minimum in force on the month's first day (or the locality's own).
 * Other levels have no such minimum here: no months.
 */
export function receptionMonths(j: Pick<Jurisdiction, 'level' | 'activeFrom' | 'activeTo'>, year: number, today: string, chairDays: readonly number[], minimumDays?: number | null): ReceptionMonthCheck[] {
  if (j.level !== 'COMMUNE') return [];
  const months: ReceptionMonthCheck[] = [];
  for (let month = 1; month <= 12; month++) {
    const first = isoDate(year, month, 1);
    const last = addDays(month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1), -1);
    if (last >= today || first < j.activeFrom || (j.activeTo !== null && last > j.activeTo)) continue;
    const rule = procedureRuleOn('COMMUNE_CHAIR_RECEPTION_DAYS', first);
    const required = minimumDays ?? rule.value;
    const days = chairDays[month - 1] ?? 0;
    months.push({ month, chairDays: days, required, met: days >= required, legalBasis: rule.legalBasis });
  }
  return months;
}

export interface ReceptionMinimum {
  jurisdiction: Jurisdiction;
  year: number;
  months: ReceptionMonthCheck[];
  shortfalls: ReceptionMonthCheck[];
}

/** `receptionMinimum`: for the readers of the reception book of that commune. */
export async function checkReceptionMinimum(ctx: GraphContext, jurisdictionId: string, year: number, minimumDays?: number | null): Promise<ReceptionMinimum> {
  ctx.access.require(RECEPTION_VISIT_RULE.readers, { jurisdictionId });
  const jurisdiction = await new JurisdictionsService(ctx).require(jurisdictionId);
  if (jurisdiction.level !== 'COMMUNE') throw badInput('jurisdictionId', `${jurisdiction.name} không phải cấp xã; mức tối thiểu này dành cho Chủ tịch UBND cấp xã.`);
  if (!Number.isInteger(year) || year < 2014 || year > Number(ctx.today().slice(0, 4))) throw badInput('year', 'Năm kiểm tra không hợp lệ.');
  const required = minimumDays === null || minimumDays === undefined ? null : intBetween('minimumDays', minimumDays, 1, 31);
  const [{ days }]: Array<{ days: number[] }> = await ctx.db.query(`SELECT ${chairDaysByMonthSql('$1::uuid', '$2::int')} AS days`, [jurisdiction.id, year]);
  const months = receptionMonths(jurisdiction, year, ctx.today(), days, required);
  return { jurisdiction, year, months, shortfalls: months.filter((m) => !m.met) };
}
