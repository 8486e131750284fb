import { badInput, isIsoDate, nfc, readCalendar, REFERENCE_SCHEMA, referenceData, writeAudit, type CalendarDay, type GraphContext } from '@phoihop/core';
import { requestRecompute } from '@phoihop/workflow';
import type { EntityManager } from 'typeorm';

const MAX_DAYS = 1000;

/** The working calendar: read by everyone, its exceptions edited by admins. */
export class CalendarService {
  constructor(private readonly ctx: GraphContext) {}

  async year(year: number): Promise<CalendarDay[]> {
    if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badInput('year', 'Năm phải trong khoảng 1990–2100.');
    return (await referenceData.loadCalendar(this.ctx.db)).days(year);
  }

  async addWorkingDays(from: string, days: number): Promise<string> {
    if (!Number.isInteger(days) || Math.abs(days) > MAX_DAYS) throw badInput('days', `Số ngày phải trong khoảng −${MAX_DAYS}…${MAX_DAYS}.`);
    return (await referenceData.loadCalendar(this.ctx.db)).addWorkingDays(from, days);
  }

  /**
   * Adds or replaces the exception of a date. The trigger on the table tells every process to
   * drop its cached calendar; the outbox row has the workers recompute the due dates the day
   * touches, in every owning service, and re-plan the open deadlines.
   */
  async set(input: { date: string; kind: 'DAY_OFF' | 'WORKING_DAY'; reason: string; source: string }): Promise<CalendarDay> {
    const user = this.requireAdmin();
    if (!isIsoDate(input.date)) throw badInput('input.date', 'Ngày không hợp lệ.');
    const reason = nfc(input.reason.trim());
    const source = nfc(input.source.trim());
    if (!reason) throw badInput('input.reason', 'Cần nêu lý do.');
    if (!source) throw badInput('input.source', 'Cần nêu văn bản quyết định.');
    await this.ctx.db.transaction(async (m) => {
      const before = await this.lockException(m, input.date);
      await m.query(
        `INSERT INTO "${REFERENCE_SCHEMA}"."calendar_exceptions" ("date", "kind", "reason", "source", "period", "updated_at", "updated_by")
         VALUES ($1, $2, $3, $4, NULL, $5, $6)
         ON CONFLICT ("date") DO UPDATE SET "kind" = $2, "reason" = $3, "source" = $4, "updated_at" = $5, "updated_by" = $6`,
        [input.date, input.kind, reason, source, this.ctx.clock.now(), user],
      );
      await readCalendar(m); // refuses data the calendar cannot be built from, before commit
      await requestRecompute(m, { cause: 'CALENDAR', from: input.date });
      await writeAudit(m, this.ctx, { operation: 'setCalendarException', entityType: 'CalendarException', entityId: input.date, before, after: { kind: input.kind, reason, source } });
    });
    referenceData.invalidate();
    return this.day(input.date);
  }

  async remove(date: string): Promise<CalendarDay> {
    this.requireAdmin();
    if (!isIsoDate(date)) throw badInput('date', 'Ngày không hợp lệ.');
    const removed = await this.ctx.db.transaction(async (m) => {
      const before = await this.lockException(m, date);
      const rows: unknown[] = await m.query(`DELETE FROM "${REFERENCE_SCHEMA}"."calendar_exceptions" WHERE "date" = $1 RETURNING "date"`, [date]);
      if (rows.length) await requestRecompute(m, { cause: 'CALENDAR', from: date });
      if (before) await writeAudit(m, this.ctx, { operation: 'removeCalendarException', entityType: 'CalendarException', entityId: date, before, after: {} });
      return rows.length > 0;
    });
    if (!removed) throw badInput('date', `Ngày ${date} không có ngoại lệ nào.`);
    referenceData.invalidate();
    return this.day(date);
  }

  /** The exception as it stands, locked for the change (the audit row's `before`). */
  private async lockException(m: EntityManager, date: string): Promise<Record<string, unknown> | null> {
    const rows: Array<Record<string, unknown>> = await m.query(
      `SELECT "kind", "reason", "source" FROM "${REFERENCE_SCHEMA}"."calendar_exceptions" WHERE "date" = $1 FOR UPDATE`,
      [date],
    );
    return rows[0] ?? null;
  }

  private requireAdmin(): string {
    this.ctx.access.require(['ADMIN']);
    return this.ctx.user!.userId;
  }

  private async day(date: string): Promise<CalendarDay> {
    const info = (await referenceData.loadCalendar(this.ctx.db)).dayInfo(date);
    return { date, working: info.working, reason: info.reason ?? 'Ngày làm việc' };
  }
}
