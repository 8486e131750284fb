import { computeDue, deadlineCalculator, recordDeadlineChange, stableId, type Body, type DeadlineCalculator, type TrackedItem } from '@phoihop/core';
import type { FieldOfResponsibility } from '../src/generated/graphql';
import type { EntityManager } from 'typeorm';
import { recommendationDeadline } from '../src/recommendations/recommendation-deadline';
import { sessionDocumentsDeadline } from '../src/sessions/session-documents-deadline';
import { JointMeeting } from '../src/joint-meetings/joint-meeting.entity';
import { commitmentDeadline } from '../src/questioning/commitment-deadline';
import { madeInAnswer, QuestioningCommitment } from '../src/questioning/questioning-commitment.entity';
import type { Question } from '../src/questioning/questioning-session.entity';
import { Recommendation } from '../src/recommendations/recommendation.entity';
import { Resolution } from '../src/resolutions/resolution.entity';
import { AgendaItem, Session, type SessionKind } from '../src/sessions/session.entity';
import { Supervision } from '../src/supervisions/supervision.entity';

/** Writes demo records the way the services would, deadlines and outbox rows included. */
export class DemoWriter {
  private calculate?: Promise<DeadlineCalculator>;

  constructor(private readonly m: EntityManager) {}

  /** The item's due date, as its lifecycle computes it; its deadline published while open. */
  private async tracked<T>(tracked: TrackedItem<T>, item: T, save: (item: T) => Promise<unknown>): Promise<void> {
    this.calculate ??= deadlineCalculator(this.m.connection);
    await computeDue(this.m, tracked, item, await this.calculate);
    await save(item);
    const change = await tracked.change(this.m, item);
    if (change.state === 'OPEN') await recordDeadlineChange(this.m, change);
  }

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
    const session = this.m.getRepository(Session).create({
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
      version: 1,
    });
    await this.tracked(sessionDocumentsDeadline, session, async (row) => {
      await this.m.getRepository(Session).save(row);
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
    });
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

  resolution(session: Session, seq: number, title: string, field: FieldOfResponsibility | null, thematic: boolean) {
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
    field: FieldOfResponsibility | null;
    departmentIds: string[];
    dueDate: string;
    closedOn?: string;
    closingNote?: string;
    /** A body outside the three (police, a school, a provincial department): followed up within the council. */
    externalAddressee?: { name: string; level: 'CENTRAL' | 'PROVINCE' | 'COMMUNE' };
  }): Promise<void> {
    const closed = r.closedOn !== undefined;
    const recommendation = this.m.getRepository(Recommendation).create({
      id: r.id,
      supervisionId: r.supervision.id,
      jurisdictionId: r.supervision.jurisdictionId,
      content: r.content,
      field: r.field,
      addressedTo: r.externalAddressee ? 'COUNCIL' : 'COMMITTEE',
      departmentIds: r.departmentIds,
      externalAddresseeName: r.externalAddressee?.name ?? null,
      externalAddresseeLevel: r.externalAddressee?.level ?? null,
      issuedOn: r.supervision.conclusionDate!,
      requestedDueDate: r.dueDate,
      status: closed ? 'RESOLVED' : 'OPEN',
      closedOn: r.closedOn ?? null,
      closingNote: r.closingNote ?? null,
      version: 1,
    });
    await this.tracked(recommendationDeadline, recommendation, (row) => this.m.getRepository(Recommendation).insert(row));
  }

  /** A commitment made in answer to a question, on the session's day; fulfilled when `fulfilledOn` is given. */
  async commitment(q: Question, c: { n: number; madeOn: string; content: string; dueDate: string; fulfilledOn?: string; report?: string }): Promise<void> {
    const commitment = this.m.getRepository(QuestioningCommitment).create({
      ...madeInAnswer(q, c.madeOn, c.content, c.dueDate),
      id: stableId('questioning-commitment', q.id, String(c.n)),
      ...(c.fulfilledOn ? { status: 'FULFILLED' as const, fulfilledOn: c.fulfilledOn, fulfilmentReport: c.report ?? null } : {}),
    });
    await this.tracked(commitmentDeadline, commitment, (row) => this.m.getRepository(QuestioningCommitment).insert(row));
  }
}
