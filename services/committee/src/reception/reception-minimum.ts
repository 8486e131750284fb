import { addDays, badInput, intBetween, isoDate, procedureRuleOn, type GraphContext } from '@phoihop/core';
import type { DataSource, EntityManager } from 'typeorm';
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
 * Days of each month at which the committee chair received citizens: a day hosted by the chair
 * (alone or with the council Standing Committee) with an official in the CHAIR position among
 * its hosts; two sittings on one date are one day.
 */
const CHAIR_DAYS_SQL = `
  WITH k AS (SELECT * FROM unnest($1::uuid[], $2::int[]) AS k(j, y))
  SELECT k.j::text AS j, k.y AS y, extract(month FROM r.date)::int AS month, count(DISTINCT r.date)::int AS days
    FROM k JOIN "committee"."reception_day" r ON r.jurisdiction_id = k.j AND r.date >= make_date(k.y, 1, 1) AND r.date < make_date(k.y + 1, 1, 1)
   WHERE r.hosting_body IN ('COMMITTEE_CHAIR', 'JOINT')
     AND EXISTS (SELECT 1 FROM "committee"."official" o WHERE o.id = ANY(r.host_official_ids) AND o.position = 'CHAIR')
   GROUP BY k.j, k.y, extract(month FROM r.date)`;

/**
 * The commune chair's monthly minimum (Law on Citizen Reception Art. 15, as amended by Law
 * 136/2025/QH15), month by month for each (commune, year): every month that has ended by today
 * and in which the commune was active, against the minimum in force on the month's first day.
 * Other levels have no such minimum here: no months.
 */
export async function receptionMonths(db: DataSource | EntityManager, jurisdictions: readonly Jurisdiction[], year: number, today: string, minimumDays?: number | null): Promise<Map<string, ReceptionMonthCheck[]>> {
  const communes = jurisdictions.filter((j) => j.level === 'COMMUNE');
  const rows: Array<{ j: string; month: number; days: number }> = communes.length
    ? await db.query(CHAIR_DAYS_SQL, [communes.map((j) => j.id), communes.map(() => year)])
    : [];
  const result = new Map<string, ReceptionMonthCheck[]>(jurisdictions.map((j) => [j.id, []]));
  for (const j of communes) {
    for (let month = 1; month <= 12; month++) {
      const first = isoDate(year, month, 1);
      const last = addDays(month === 12 ? isoDate(year + 1, 1, 1) : isoDate(year, month + 1, 1), -1);
      if (last >= today || first < j.activeFrom || (j.activeTo !== null && last > j.activeTo)) continue;
      const rule = procedureRuleOn('COMMUNE_CHAIR_RECEPTION_DAYS', first);
      const required = minimumDays ?? rule.value;
      const chairDays = rows.find((r) => r.j === j.id && r.month === month)?.days ?? 0;
      result.get(j.id)!.push({ month, chairDays, required, met: chairDays >= required, legalBasis: rule.legalBasis });
    }
  }
  return result;
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
  const months = (await receptionMonths(ctx.db, [jurisdiction], year, ctx.today(), required)).get(jurisdiction.id)!;
  return { jurisdiction, year, months, shortfalls: months.filter((m) => !m.met) };
}
