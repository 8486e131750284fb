import { rowLoader, groupByKeys, isOverdue, notFound, paginate, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { AgendaItem, Session, type SessionKind, type SessionStatus } from './session.entity';

export interface SessionFilter {
  jurisdictionId?: string | null;
  termId?: string | null;
  year?: number | null;
  kind?: SessionKind | null;
  status?: SessionStatus | null;
}

/**
 * Session schedules are published: anyone, signed in or not, reads dates, kinds and agenda
 * titles. Document tracking (received dates, lateness) is for signed-in users.
 */
export class SessionsService {
  constructor(private readonly ctx: GraphContext) {}

  private loader() {
    return rowLoader(this.ctx, Session);
  }

  byId(id: string): Promise<Session | null> {
    return this.loader().load(id);
  }

  /** Later look-ups of a listed session (agenda items, resolutions) need no statement of their own. */
  private primed(page: Promise<Connection<Session>>): Promise<Connection<Session>> {
    return page.then((c) => {
      for (const s of c.nodes) this.loader().prime(s.id, s);
      return c;
    });
  }

  /** After a write, later look-ups of this request (nested fields) see the row as written. */
  remember(session: Session): void {
    this.loader().clear(session.id).prime(session.id, session);
  }

  async get(id: string, field = 'id'): Promise<Session> {
    const session = await this.byId(id);
    if (!session) throw notFound('Session', id, field);
    return session;
  }

  list(filter: SessionFilter, page: PageArgs) {
    const qb = this.ctx.db.getRepository(Session).createQueryBuilder('s');
    if (filter.jurisdictionId) qb.andWhere('s.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.termId) qb.andWhere('s.term_id = :t', { t: filter.termId });
    if (filter.year) qb.andWhere('extract(year FROM s.planned_start_date) = :y', { y: filter.year });
    if (filter.kind) qb.andWhere('s.kind = :k', { k: filter.kind });
    if (filter.status) qb.andWhere('s.status = :st', { st: filter.status });
    return this.primed(paginate(qb, page, { column: 's.planned_start_date', direction: 'DESC', value: (s) => s.plannedStartDate }));
  }

  /** Planned sessions from today on with no pre-session joint meeting. */
  withoutPreSessionMeeting(jurisdictionId: string, page: PageArgs) {
    const qb = this.ctx.db
      .getRepository(Session)
      .createQueryBuilder('s')
      .where('s.jurisdiction_id = :j', { j: jurisdictionId })
      .andWhere(`s.status = 'PLANNED'`)
      .andWhere('s.planned_start_date >= :today', { today: this.today() })
      .andWhere(`NOT EXISTS (SELECT 1 FROM "council"."joint_meeting" m WHERE m.session_id = s.id AND m.kind = 'PRE_SESSION')`);
    return this.primed(paginate(qb, page, { column: 's.planned_start_date', direction: 'ASC', value: (s) => s.plannedStartDate }));
  }

  /** Agenda items of a whole batch of sessions in one statement. */
  async agendaItems(sessionId: string): Promise<AgendaItem[]> {
    const items = await this.ctx.loaders
      .get<string, AgendaItem[]>('AgendaItem.bySession', async (ids) =>
        groupByKeys(
          ids,
          await this.ctx.db.getRepository(AgendaItem).createQueryBuilder('a').where('a.session_id = ANY(:ids)', { ids }).orderBy('a.position').getMany(),
          (a) => a.sessionId,
        ),
      )
      .load(sessionId);
    return items ?? [];
  }

  documentsReceivedOn(item: AgendaItem): string | null {
    this.ctx.access.requireSignedIn();
    return item.documentsReceivedOn;
  }

  async documentsLate(item: AgendaItem): Promise<boolean> {
    this.ctx.access.requireSignedIn();
    const session = await this.get(item.sessionId);
    return session.status !== 'CANCELLED' && isLate(item, session.documentsDueOn, this.today());
  }

  async hasLateDocuments(session: Session): Promise<boolean> {
    this.ctx.access.requireSignedIn();
    // Documents for a session that will not be held are owed by no one.
    if (session.status === 'CANCELLED') return false;
    const today = this.today();
    return (await this.agendaItems(session.id)).some((i) => isLate(i, session.documentsDueOn, today));
  }

  private today(): string {
    return this.ctx.today();
  }
}

/** Came after the deadline, or has not come and the deadline has passed. */
const isLate = (item: AgendaItem, due: string, today: string): boolean =>
  isOverdue({ open: item.documentsReceivedOn === null, due, doneOn: item.documentsReceivedOn }, today);
