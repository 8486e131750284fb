import { canSeeTracked, paginate, paginateGroups, referenceData, visibleClause, type Connection, type GraphContext, type PageArgs, type TrackedItemKind } from '@phoihop/core';
import { Brackets } from 'typeorm';
import { Deadline, DeadlineEvent, LEDGER_COLUMNS, WorkflowStore } from '@phoihop/workflow';

export interface DeadlineFilter {
  jurisdictionId?: string | null;
  departmentId?: string | null;
  itemKind?: TrackedItemKind | null;
  state?: Deadline['state'] | null;
  overdue?: boolean | null;
  dueBefore?: string | null;
}

/** Reads of the deadline ledger (the workers write it). */
export class DeadlinesService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.requireSignedIn();
  }

  private get repo() {
    return this.ctx.db.getRepository(Deadline);
  }

  /** Only to those who may read the item itself (core's visibility rule of its kind). */
  canSee(d: Deadline): boolean {
    return canSeeTracked(this.ctx.access, { itemKind: d.itemKind, jurisdictionId: d.jurisdictionId, departmentId: d.assigneeDepartmentId, raisedBy: d.raisedBy });
  }

  /**
   * The ledger of a tracked entity, batched over every entity in the request. An item whose
   * kind changed (a petition reclassified as a complaint) keeps its old, cleared row: the
   * live one wins. Returns null for what the caller may not see.
   */
  async forItem(itemId: string): Promise<Deadline | null> {
    const d = await this.ctx.loaders
      .get<string, Deadline>('Deadline.byItem', async (ids) => {
        const rows = await this.repo
          .createQueryBuilder('d')
          .where('d.item_id = ANY(:ids)', { ids })
          .orderBy("(d.state <> 'CLEARED')", 'ASC')
          .addOrderBy('d.updated_at', 'ASC')
          .getMany();
        const byItem = new Map(rows.map((r) => [r.itemId, r]));
        return ids.map((id) => byItem.get(id) ?? null);
      })
      .load(itemId);
    return d && this.canSee(d) ? d : null;
  }

  async byKindAndItem(itemKind: TrackedItemKind, itemId: string): Promise<Deadline | null> {
    const d = await this.forItem(itemId);
    if (d && d.itemKind === itemKind) return d;
    const exact = await new WorkflowStore(this.ctx.db).deadline(itemKind, itemId);
    return exact && this.canSee(exact) ? exact : null;
  }

  async list(filter: DeadlineFilter, page: PageArgs) {
    const qb = this.repo.createQueryBuilder('d');
    // One branch per kind and grant, as canSee() decides row by row.
    const scope = visibleClause(this.ctx.access, LEDGER_COLUMNS);
    if (scope) qb.andWhere(scope.sql, scope.params);
    if (filter.jurisdictionId) qb.andWhere('d.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.departmentId) qb.andWhere('d.assignee_department_id = :dep', { dep: filter.departmentId });
    if (filter.itemKind) qb.andWhere('d.item_kind = :kind', { kind: filter.itemKind });
    if (filter.state) qb.andWhere('d.state = :state', { state: filter.state });
    if (filter.dueBefore) qb.andWhere('d.due_date <= :before', { before: filter.dueBefore });
    if (filter.overdue != null) {
      const today = this.ctx.today();
      qb.andWhere(
        new Brackets((b) =>
          filter.overdue
            ? b.where("d.state = 'OPEN'").andWhere('d.due_date < :today', { today })
            : b.where("d.state <> 'OPEN'").orWhere('d.due_date >= :today', { today }),
        ),
      );
    }
    return paginate(qb, page, { column: 'd.due_date', direction: 'ASC', value: (d) => d.dueDate });
  }

  /** A deadline's history, paged for the whole batch of deadlines at once (two statements). */
  history(d: Deadline, page: PageArgs): Promise<Connection<DeadlineEvent>> {
    return this.ctx.loaders
      .get<string, Connection<DeadlineEvent>>(`DeadlineEvent.byDeadline:${JSON.stringify(page)}`, (parents) => {
        const events = this.ctx.db.getRepository(DeadlineEvent);
        const source = events
          .createQueryBuilder('e')
          .select('e.deadline_id', 'parent')
          .addSelect('e.id', 'id')
          .addSelect('e.id', 'sort')
          .where('e.deadline_id = ANY(:parents)', { parents });
        return paginateGroups(this.ctx.db, parents, page, {
          source,
          direction: 'ASC',
          load: (ids) => events.createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (e) => e.id,
        });
      })
      .load(d.id) as Promise<Connection<DeadlineEvent>>;
  }

  /** Working days from today to the due date; negative once overdue. */
  async workingDaysLeft(d: Deadline): Promise<number | null> {
    if (d.state !== 'OPEN' || !d.dueDate) return null;
    const calendar = await referenceData.loadCalendar(this.ctx.db);
    return calendar.workingDaysBetween(this.ctx.today(), d.dueDate);
  }

  overdue(d: Deadline): boolean {
    return d.state === 'OPEN' && !!d.dueDate && d.dueDate < this.ctx.today();
  }
}
