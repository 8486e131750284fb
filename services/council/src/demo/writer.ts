import { recordDeadlineChange, stableId, type Body } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { recommendationDue, sessionDocumentsDue } from '../deadlines';
import { JointMeeting } from '../joint-meetings/joint-meeting.entity';
import { Recommendation } from '../recommendations/recommendation.entity';
import { Resolution } from '../resolutions/resolution.entity';
import { AgendaItem, Session, type SessionKind } from '../sessions/session.entity';
import { Supervision } from '../supervisions/supervision.entity';

/** Writes demo records the way the services would, deadlines and outbox rows included. */
export class DemoWriter {
  constructor(private readonly m: EntityManager) {}

  async session(s: {
    id: string;
    termId: string;
    jurisdictionId: string;
    number: number;
    kind: SessionKind;
    title: string;
    start: string;
    end: string;
    held: boolean;
    /** A planned session the Standing Committee decided not to hold. */
    cancelled?: { on: string; reason: string };
    agenda: Array<[string, Body, string | null]>;
  }): Promise<Session> {
    const due = await sessionDocumentsDue({ db: this.m.connection }, s.start);
    const session = await this.m.getRepository(Session).save({
      id: s.id,
      termId: s.termId,
      jurisdictionId: s.jurisdictionId,
      number: s.number,
      kind: s.kind,
      title: s.title,
      location: 'Hội trường Hội đồng nhân dân',
      status: s.held ? 'CLOSED' : s.cancelled ? 'CANCELLED' : 'PLANNED',
      plannedStartDate: s.start,
      plannedEndDate: s.end,
      actualStartDate: s.held ? s.start : null,
      actualEndDate: s.held ? s.end : null,
      cancelledOn: s.cancelled?.on ?? null,
      cancellationReason: s.cancelled?.reason ?? null,
      documentsDueOn: due.due,
      documentsRule: due.rule,
      documentsExplanation: due.explanation,
      version: 1,
    });
    await this.m.getRepository(AgendaItem).insert(
      s.agenda.map(([title, presentingBody, receivedOn], i) => ({
        id: stableId('agenda-item', s.id, String(i + 1)),
        sessionId: s.id,
        position: i + 1,
        title,
        presentingBody,
        presenter: null,
        documentsReceivedOn: receivedOn,
      })),
    );
    if (!s.held && !s.cancelled && s.agenda.some(([, , received]) => received === null)) {
      await recordDeadlineChange(this.m, {
        itemKind: 'SESSION_DOCUMENTS',
        itemId: s.id,
        jurisdictionId: s.jurisdictionId,
        state: 'OPEN',
        dueDate: due.due,
        startDate: s.start,
        rule: due.rule,
        explanation: due.explanation,
        title: `Tài liệu trình Kỳ họp thứ ${s.number}: ${s.title}`,
        assignee: { body: 'COMMITTEE' },
        raisedBy: 'COUNCIL',
      });
    }
    return session;
  }

  preSession(session: Session, heldOn: string, attendees: JointMeeting['attendees'], conclusions: string[]) {
    return this.m.getRepository(JointMeeting).insert({
      id: stableId('joint-meeting', session.id),
      jurisdictionId: session.jurisdictionId,
      kind: 'PRE_SESSION',
      sessionId: session.id,
      title: `Hội nghị liên tịch chuẩn bị Kỳ họp thứ ${session.number}`,
      heldOn,
      location: 'Phòng họp Thường trực HĐND',
      attendees,
      conclusions,
    });
  }

  resolution(session: Session, seq: number, title: string, field: string | null, thematic: boolean) {
    const number = `${String(seq).padStart(2, '0')}/NQ-HĐND`;
    const year = Number(session.plannedEndDate.slice(0, 4));
    return this.m.getRepository(Resolution).insert({
      id: stableId('resolution', session.jurisdictionId, String(year), number),
      jurisdictionId: session.jurisdictionId,
      sessionId: session.id,
      number,
      year,
      title,
      field,
      thematic,
      adoptedOn: session.plannedEndDate,
      effectiveFrom: session.plannedEndDate,
      repealedOn: null,
    });
  }

  supervision(s: Omit<Supervision, 'status' | 'conclusion'> & { conclusion: string }) {
    return this.m.getRepository(Supervision).insert({ ...s, status: 'CONCLUDED' });
  }

  async recommendation(r: {
    id: string;
    supervision: Pick<Supervision, 'id' | 'jurisdictionId' | 'conclusionDate'>;
    content: string;
    field: string | null;
    departmentIds: string[];
    dueDate: string;
    closedOn?: string;
    closingNote?: string;
  }): Promise<void> {
    const issuedOn = r.supervision.conclusionDate!;
    const due = await recommendationDue({ db: this.m.connection }, issuedOn, r.dueDate);
    const closed = r.closedOn !== undefined;
    await this.m.getRepository(Recommendation).insert({
      id: r.id,
      supervisionId: r.supervision.id,
      jurisdictionId: r.supervision.jurisdictionId,
      content: r.content,
      field: r.field,
      addressedTo: 'COMMITTEE',
      departmentIds: r.departmentIds,
      issuedOn,
      dueDate: due.due,
      requestedDueDate: r.dueDate,
      dueExplanation: due.explanation,
      status: closed ? 'RESOLVED' : 'OPEN',
      closedOn: r.closedOn ?? null,
      closingNote: r.closingNote ?? null,
      version: 1,
    });
    if (!closed) {
      await recordDeadlineChange(this.m, {
        itemKind: 'RECOMMENDATION',
        itemId: r.id,
        jurisdictionId: r.supervision.jurisdictionId,
        state: 'OPEN',
        dueDate: due.due,
        startDate: issuedOn,
        rule: due.rule,
        explanation: due.explanation,
        title: `Kiến nghị sau giám sát: ${r.content}`,
        assignee: { body: 'COMMITTEE', departmentId: r.departmentIds[0] },
        raisedBy: 'COUNCIL',
        field: r.field,
      });
    }
  }
}
