import {
  badInput,
  changeRow,
  computeDue,
  createRow,
  deadlineCalculator,
  inOrder,
  intBetween,
  notAfter,
  notFound,
  optionalText,
  publishDeadline,
  requiredText,
  TEXT_LIMIT,
  type GraphContext,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { publishedRule } from '../access';
import { publishSessionMoved } from './session-moved';
import type { AgendaItemInput, CancelSessionInput, RescheduleSessionInput, ScheduleSessionInput } from '../generated/graphql';
import { TermsService } from '../terms/terms.service';
import { sessionDocumentsDeadline } from './session-documents-deadline';
import { AgendaItem, Session } from './session.entity';
import { SessionsService } from './sessions.service';

const NOT_PLANNED = (doing: string) => ({ states: ['PLANNED'], message: doing });

/**
 * Scheduling, convening and closing sessions, and tracking their documents. Written by the
 * Standing Committee through the command path; every change to the document deadline goes to
 * the outbox in the same transaction (sessionDocumentsDeadline).
 */
export class SessionLifecycleService {
  constructor(private readonly ctx: GraphContext) {}

  async schedule(input: ScheduleSessionInput): Promise<Session> {
    const term = await new TermsService(this.ctx).byId(input.termId);
    if (!term) throw notFound('CouncilTerm', input.termId, 'input.termId');
    intBetween('input.number', input.number, 1, 1000);
    const title = requiredText('input.title', input.title, { max: TEXT_LIMIT.title });
    const location = optionalText('input.location', input.location, { max: TEXT_LIMIT.name }) ?? null;
    checkDates(input, term);
    const items = (input.agendaItems ?? []).map((a, i) => agendaItem(a, `input.agendaItems.${i}`));
    const calculate = await deadlineCalculator(this.ctx.db, { 'input.start': 'input.plannedStartDate' });
    return this.remembered(
      await createRow(this.ctx, {
        operation: 'scheduleSession',
        entity: Session,
        authorize: () => this.ctx.access.requireWrite(publishedRule, term),
        build: async (m) => {
          const session = m.getRepository(Session).create({
            termId: term.id,
            jurisdictionId: term.jurisdictionId,
            number: input.number,
            kind: input.kind,
            title,
            location,
            status: 'PLANNED',
            plannedStartDate: input.plannedStartDate,
            plannedEndDate: input.plannedEndDate,
            actualStartDate: null,
            actualEndDate: null,
            cancelledOn: null,
            cancellationReason: null,
            version: 1,
          });
          await computeDue(m, sessionDocumentsDeadline, session, calculate);
          return session;
        },
        after: async (m, s) => {
          if (items.length) await m.getRepository(AgendaItem).insert(items.map((a, i) => ({ ...a, sessionId: s.id, position: i + 1 })));
        },
        publish: (m, s) => publishDeadline(m, sessionDocumentsDeadline, s),
        unique: { field: 'input.number', message: `Kỳ họp thứ ${input.number} của nhiệm kỳ này đã có.` },
      }),
    );
  }

  async reschedule(id: string, input: RescheduleSessionInput): Promise<Session> {
    const calculate = await deadlineCalculator(this.ctx.db, { 'input.start': 'input.plannedStartDate' });
    return this.change('rescheduleSession', id, 'id', NOT_PLANNED('Chỉ dời được kỳ họp chưa khai mạc.'), async (m, s) => {
      checkDates(input, (await new TermsService(this.ctx).byId(s.termId))!);
      Object.assign(s, { plannedStartDate: input.plannedStartDate, plannedEndDate: input.plannedEndDate, version: s.version + 1 });
      await computeDue(m, sessionDocumentsDeadline, s, calculate);
      // Voter petitions are answered before this session's documents deadline: the Front follows the move.
      await publishSessionMoved(m, s);
    });
  }

  convene(id: string, actualStartDate: string): Promise<Session> {
    notAfter('actualStartDate', actualStartDate, this.ctx.today(), 'Ngày khai mạc không được sau hôm nay.');
    // Once the session opens, missing documents are late, not pending: the reminder clock stops.
    return this.change('conveneSession', id, 'id', { states: ['PLANNED'], message: 'Chỉ khai mạc được kỳ họp chưa khai mạc.' }, (_m, s) => {
      Object.assign(s, { status: 'CONVENED', actualStartDate });
    });
  }

  close(id: string, actualEndDate: string): Promise<Session> {
    notAfter('actualEndDate', actualEndDate, this.ctx.today(), 'Ngày bế mạc không được sau hôm nay.');
    const from = { states: ['CONVENED'], message: 'Chỉ bế mạc được kỳ họp đã khai mạc.' };
    return this.change('closeSession', id, 'id', from, (_m, s) => {
      inOrder('actualEndDate', s.actualStartDate, actualEndDate, 'Ngày bế mạc không được trước ngày khai mạc.');
      Object.assign(s, { status: 'CLOSED', actualEndDate });
    }, false);
  }

  /** A planned session that will not be held. Its documents are no longer owed: the deadline is cleared. */
  cancel(id: string, input: CancelSessionInput): Promise<Session> {
    const reason = requiredText('input.reason', input.reason, { max: TEXT_LIMIT.text });
    notAfter('input.cancelledOn', input.cancelledOn, this.ctx.today(), 'Ngày quyết định không tổ chức không được sau hôm nay.');
    return this.change('cancelSession', id, 'id', NOT_PLANNED('Chỉ hủy được kỳ họp chưa khai mạc.'), (_m, s) => {
      Object.assign(s, { status: 'CANCELLED', cancelledOn: input.cancelledOn, cancellationReason: reason, version: s.version + 1 });
    });
  }

  addAgendaItem(sessionId: string, input: AgendaItemInput): Promise<Session> {
    const item = agendaItem(input, 'input');
    return this.change('addAgendaItem', sessionId, 'sessionId', NOT_PLANNED('Chỉ bổ sung nội dung cho kỳ họp chưa khai mạc.'), async (m, s) => {
      const [{ next }] = await m.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM "council"."agenda_item" WHERE session_id = $1`, [s.id]);
      await m.getRepository(AgendaItem).insert({ ...item, sessionId: s.id, position: Number(next) });
    });
  }

  /** Documents are recorded for a session that is planned or in progress; the deadline clears with the last of them. */
  async recordDocuments(agendaItemId: string, receivedOn: string): Promise<AgendaItem> {
    const item = await this.ctx.db.getRepository(AgendaItem).findOneBy({ id: agendaItemId });
    if (!item) throw notFound('AgendaItem', agendaItemId, 'agendaItemId');
    notAfter('receivedOn', receivedOn, this.ctx.today(), 'Ngày nhận tài liệu không được sau hôm nay.');
    const from = { states: ['PLANNED', 'CONVENED'], message: 'Kỳ họp đã bế mạc hoặc không tổ chức.' };
    let owedBefore: string | undefined;
    await this.change('recordAgendaDocuments', item.sessionId, 'agendaItemId', from, async (m, s) => {
      owedBefore = s.status === 'PLANNED' ? (await sessionDocumentsDeadline.change(m, s)).assignee.body : undefined;
      item.documentsReceivedOn = receivedOn;
      await m.getRepository(AgendaItem).save(item);
    }, async (m, s) => {
      if (s.status !== 'PLANNED') return false;
      // Published when it clears, and when the documents still owed are now another body's.
      const after = await sessionDocumentsDeadline.change(m, s);
      return after.state === 'CLEARED' || after.assignee.body !== owedBefore;
    });
    return item;
  }

  /**
   * One change of a session through the command path: locked, the Standing Committee of its
   * jurisdiction, the state guard, then the deadline as the change leaves it published
   * (`publish` false for changes that leave it alone).
   */
  private async change(
    operation: string,
    id: string,
    field: string,
    from: { states: string[]; message: string },
    apply: (m: EntityManager, s: Session) => Promise<void> | void,
    publish: boolean | ((m: EntityManager, s: Session) => Promise<boolean>) = true,
  ): Promise<Session> {
    return this.remembered(
      await changeRow(this.ctx, {
        operation,
        entity: Session,
        rule: publishedRule,
        id,
        field,
        from,
        apply,
        publish: async (m, s) => {
          if (publish === true || (publish !== false && (await publish(m, s)))) await publishDeadline(m, sessionDocumentsDeadline, s);
        },
      }),
    );
  }

  /** Later look-ups of this request (nested fields) see the row as written. */
  private remembered(session: Session): Session {
    new SessionsService(this.ctx).remember(session);
    return session;
  }
}

function checkDates(input: { plannedStartDate: string; plannedEndDate: string }, term: { startYear: number; endYear: number }) {
  inOrder('input.plannedEndDate', input.plannedStartDate, input.plannedEndDate, 'Ngày bế mạc dự kiến không được trước ngày khai mạc.');
  const year = Number(input.plannedStartDate.slice(0, 4));
  if (year < term.startYear || year > term.endYear) {
    throw badInput('input.plannedStartDate', `Ngày khai mạc phải trong nhiệm kỳ ${term.startYear}–${term.endYear}.`);
  }
}

function agendaItem(a: AgendaItemInput, at: string) {
  return {
    title: requiredText(`${at}.title`, a.title, { max: TEXT_LIMIT.title }),
    presentingBody: a.presentingBody,
    presenter: optionalText(`${at}.presenter`, a.presenter, { max: TEXT_LIMIT.name }) ?? null,
    documentsReceivedOn: null,
  };
}
