import { badInput, conflict, notFound, recordDeadlineChange, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { COUNCIL_WRITERS } from '../access';
import { sessionDocumentsDue } from '../deadlines';
import type { AgendaItemInput, CancelSessionInput, RescheduleSessionInput, ScheduleSessionInput } from '../generated/graphql';
import { TermsService } from '../terms/terms.service';
import { inOrder, isUniqueViolation, optionalText, text, uuid } from '../validate';
import { AgendaItem, Session } from './session.entity';
import { SessionsService } from './sessions.service';

/**
 * Scheduling, convening and closing sessions, and tracking their documents. Written by the
 * Standing Committee; every change to the document deadline goes to the outbox in the same
 * transaction (item SESSION_DOCUMENTS, owed by the committee).
 */
export class SessionLifecycleService {
  private readonly sessions: SessionsService;

  constructor(private readonly ctx: GraphContext) {
    ctx.access.requireSignedIn();
    this.sessions = new SessionsService(ctx);
  }

  async schedule(input: ScheduleSessionInput): Promise<Session> {
    const term = await new TermsService(this.ctx).byId(uuid('input.termId', input.termId));
    if (!term) throw notFound('CouncilTerm', input.termId, 'input.termId');
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: term.jurisdictionId });
    if (!Number.isInteger(input.number) || input.number < 1) throw badInput('input.number', 'Số kỳ họp phải là số nguyên dương.');
    const title = text('input.title', input.title);
    this.checkDates(input, term, 'input');
    const items = (input.agendaItems ?? []).map((a, i) => this.agendaItem(a, `input.agendaItems.${i}`));
    const due = await sessionDocumentsDue(this.ctx, input.plannedStartDate);
    try {
      return await this.ctx.db.transaction(async (m) => {
        const session = await m.getRepository(Session).save(
          m.getRepository(Session).create({
            termId: term.id,
            jurisdictionId: term.jurisdictionId,
            number: input.number,
            kind: input.kind,
            title,
            location: optionalText(input.location),
            status: 'PLANNED',
            plannedStartDate: input.plannedStartDate,
            plannedEndDate: input.plannedEndDate,
            actualStartDate: null,
            actualEndDate: null,
            cancelledOn: null,
            cancellationReason: null,
            documentsDueOn: due.due,
            documentsRule: due.rule,
            documentsExplanation: due.explanation,
            version: 1,
          }),
        );
        if (items.length) await m.getRepository(AgendaItem).insert(items.map((a, i) => ({ ...a, sessionId: session.id, position: i + 1 })));
        await this.recordDocumentsDeadline(m, session, 'OPEN');
        return session;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`Kỳ họp thứ ${input.number} của nhiệm kỳ này đã có.`, 'input.number');
      throw error;
    }
  }

  async reschedule(id: string, input: RescheduleSessionInput): Promise<Session> {
    const session = await this.writable(id);
    if (session.status !== 'PLANNED') throw conflict('Chỉ dời được kỳ họp chưa khai mạc.', 'id');
    const term = (await new TermsService(this.ctx).byId(session.termId))!;
    this.checkDates(input, term, 'input');
    const due = await sessionDocumentsDue(this.ctx, input.plannedStartDate);
    return this.locked(session.id, 'id', planned('Chỉ dời được kỳ họp chưa khai mạc.'), async (m, fresh) => {
      Object.assign(fresh, {
        plannedStartDate: input.plannedStartDate,
        plannedEndDate: input.plannedEndDate,
        documentsDueOn: due.due,
        documentsRule: due.rule,
        documentsExplanation: due.explanation,
        version: fresh.version + 1,
      });
      await m.getRepository(Session).save(fresh);
      await this.recordDocumentsDeadline(m, fresh, (await this.allReceived(m, fresh.id)) ? 'CLEARED' : 'OPEN');
      return fresh;
    });
  }

  async convene(id: string, actualStartDate: string): Promise<Session> {
    const session = await this.writable(id);
    if (session.status !== 'PLANNED') throw conflict(`Kỳ họp đang ở trạng thái ${session.status}, không thể khai mạc.`, 'id');
    if (actualStartDate > this.today()) throw badInput('actualStartDate', 'Ngày khai mạc không được sau hôm nay.');
    return this.locked(session.id, 'id', planned((s) => `Kỳ họp đang ở trạng thái ${s.status}, không thể khai mạc.`), async (m, fresh) => {
      Object.assign(fresh, { status: 'CONVENED', actualStartDate });
      await m.getRepository(Session).save(fresh);
      // Once the session opens, missing documents are late, not pending: the reminder clock stops.
      await this.recordDocumentsDeadline(m, fresh, 'CLEARED');
      return fresh;
    });
  }

  async close(id: string, actualEndDate: string): Promise<Session> {
    const session = await this.writable(id);
    convened(session);
    inOrder('actualEndDate', session.actualStartDate, actualEndDate, 'Ngày bế mạc không được trước ngày khai mạc.');
    if (actualEndDate > this.today()) throw badInput('actualEndDate', 'Ngày bế mạc không được sau hôm nay.');
    return this.locked(session.id, 'id', convened, async (m, fresh) => {
      Object.assign(fresh, { status: 'CLOSED', actualEndDate });
      return m.getRepository(Session).save(fresh);
    });
  }

  /** A planned session that will not be held. Its documents are no longer owed: the deadline is cleared. */
  async cancel(id: string, input: CancelSessionInput): Promise<Session> {
    const session = await this.writable(id);
    if (session.status !== 'PLANNED') throw conflict(`Kỳ họp đang ở trạng thái ${session.status}, chỉ hủy được kỳ họp chưa khai mạc.`, 'id');
    const reason = text('input.reason', input.reason);
    if (input.cancelledOn > this.today()) throw badInput('input.cancelledOn', 'Ngày quyết định không tổ chức không được sau hôm nay.');
    const check = planned((s) => `Kỳ họp đang ở trạng thái ${s.status}, chỉ hủy được kỳ họp chưa khai mạc.`);
    return this.locked(session.id, 'id', check, async (m, fresh) => {
      Object.assign(fresh, { status: 'CANCELLED', cancelledOn: input.cancelledOn, cancellationReason: reason, version: fresh.version + 1 });
      await m.getRepository(Session).save(fresh);
      await this.recordDocumentsDeadline(m, fresh, 'CLEARED');
      return fresh;
    });
  }

  async addAgendaItem(sessionId: string, input: AgendaItemInput): Promise<Session> {
    const session = await this.writable(sessionId, 'sessionId');
    if (session.status !== 'PLANNED') throw conflict('Chỉ bổ sung nội dung cho kỳ họp chưa khai mạc.', 'sessionId');
    const item = this.agendaItem(input, 'input');
    return this.locked(session.id, 'sessionId', planned('Chỉ bổ sung nội dung cho kỳ họp chưa khai mạc.', 'sessionId'), async (m, fresh) => {
      const [{ next }] = await m.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM "council"."agenda_item" WHERE session_id = $1`, [fresh.id]);
      await m.getRepository(AgendaItem).insert({ ...item, sessionId: fresh.id, position: Number(next) });
      await this.recordDocumentsDeadline(m, fresh, 'OPEN');
      return fresh;
    });
  }

  async recordDocuments(agendaItemId: string, receivedOn: string): Promise<AgendaItem> {
    const item = await this.ctx.db.getRepository(AgendaItem).findOneBy({ id: uuid('agendaItemId', agendaItemId) });
    if (!item) throw notFound('AgendaItem', agendaItemId, 'agendaItemId');
    const session = await this.writable(item.sessionId, 'agendaItemId');
    held(session);
    if (receivedOn > this.today()) throw badInput('receivedOn', 'Ngày nhận tài liệu không được sau hôm nay.');
    return this.locked(session.id, 'agendaItemId', held, async (m, fresh) => {
      item.documentsReceivedOn = receivedOn;
      await m.getRepository(AgendaItem).save(item);
      if (fresh.status === 'PLANNED' && (await this.allReceived(m, fresh.id))) await this.recordDocumentsDeadline(m, fresh, 'CLEARED');
      return item;
    });
  }

  private async writable(id: string, field = 'id'): Promise<Session> {
    const session = await this.sessions.get(uuid(field, id), field);
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: session.jurisdictionId });
    return session;
  }

  /**
   * Runs a change in a transaction on the session re-read under FOR UPDATE, re-checking its
   * status there: of two changes racing (reschedule and convene), the second sees the first's
   * result and is refused, instead of writing a stale row or reopening a cleared deadline.
   */
  private locked<T>(id: string, field: string, check: (s: Session) => void, change: (m: EntityManager, s: Session) => Promise<T>): Promise<T> {
    return this.ctx.db.transaction(async (m) => {
      const fresh = await m.getRepository(Session).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!fresh) throw notFound('Session', id, field);
      check(fresh);
      const result = await change(m, fresh);
      this.sessions.remember(fresh);
      return result;
    });
  }

  private checkDates(input: { plannedStartDate: string; plannedEndDate: string }, term: { startYear: number; endYear: number }, at: string) {
    inOrder(`${at}.plannedEndDate`, input.plannedStartDate, input.plannedEndDate, 'Ngày bế mạc dự kiến không được trước ngày khai mạc.');
    const year = Number(input.plannedStartDate.slice(0, 4));
    if (year < term.startYear || year > term.endYear) {
      throw badInput(`${at}.plannedStartDate`, `Ngày khai mạc phải trong nhiệm kỳ ${term.startYear}–${term.endYear}.`);
    }
  }

  private agendaItem(a: AgendaItemInput, at: string) {
    return { title: text(`${at}.title`, a.title), presentingBody: a.presentingBody, presenter: optionalText(a.presenter), documentsReceivedOn: null };
  }

  private async allReceived(m: EntityManager, sessionId: string): Promise<boolean> {
    const [{ missing }] = await m.query(
      `SELECT count(*)::int AS missing FROM "council"."agenda_item" WHERE session_id = $1 AND documents_received_on IS NULL`,
      [sessionId],
    );
    return missing === 0;
  }

  private recordDocumentsDeadline(m: EntityManager, s: Session, state: 'OPEN' | 'CLEARED') {
    return recordDeadlineChange(m, {
      itemKind: 'SESSION_DOCUMENTS',
      itemId: s.id,
      jurisdictionId: s.jurisdictionId,
      state,
      dueDate: state === 'OPEN' ? s.documentsDueOn : null,
      startDate: s.plannedStartDate,
      rule: s.documentsRule,
      explanation: s.documentsExplanation,
      title: `Tài liệu trình Kỳ họp thứ ${s.number}: ${s.title}`,
      assignee: { body: 'COMMITTEE' },
      raisedBy: 'COUNCIL',
    });
  }

  private today(): string {
    return this.ctx.today();
  }
}

/** Refuses a change to a session that is no longer planned (convened, closed or cancelled). */
const planned =
  (message: string | ((s: Session) => string), field = 'id') =>
  (s: Session): void => {
    if (s.status !== 'PLANNED') throw conflict(typeof message === 'string' ? message : message(s), field);
  };

function convened(s: Session): void {
  if (s.status !== 'CONVENED') throw conflict(`Kỳ họp đang ở trạng thái ${s.status}, chỉ bế mạc được kỳ họp đã khai mạc.`, 'id');
}

/** Documents are recorded for a session that is planned or in progress. */
function held(s: Session): void {
  if (s.status === 'CLOSED') throw conflict('Kỳ họp đã bế mạc.', 'agendaItemId');
  if (s.status === 'CANCELLED') throw conflict('Kỳ họp không tổ chức.', 'agendaItemId');
}
