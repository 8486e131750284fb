import { rowLoader, groupByKeys, isOverdue, notFound, overdueSql, paginate, paginateGroups, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { CASE_COLUMNS, CASE_RULE } from '../access';
import { CaseExtension } from './case-extension.entity';
import { CasePartialWithdrawal } from './case-partial-withdrawal.entity';
import { CaseSuspension } from './case-suspension.entity';
import { CaseTransfer } from './case-transfer.entity';
import { CitizenCase, type CitizenCaseKind, type CitizenCaseStatus } from './citizen-case.entity';


export interface CitizenCaseFilter {
  jurisdictionId?: string | null;
  departmentId?: string | null;
  kind?: CitizenCaseKind | null;
  status?: CitizenCaseStatus | null;
  overdue?: boolean | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  receptionDayId?: string | null;
}

/** The clock of these runs (a suspended case is paused, not overdue). */
const RUNNING = ['RECEIVED', 'ACCEPTED'];
const OVERDUE = overdueSql({ open: `c.status IN ('RECEIVED', 'ACCEPTED')`, due: 'c.due_date' });

/** The request's batched read of cases by id, before any access check: callers decide who sees what. */
export function loadCitizenCase(ctx: GraphContext, id: string): Promise<CitizenCase | null> {
  return rowLoader(ctx, CitizenCase).load(id);
}

/** Reading citizen cases, scoped to the reader's grants. */
export class CitizenCasesService {
  constructor(private readonly ctx: GraphContext) {}

  private get today(): string {
    return this.ctx.today();
  }

  /** The case, if the reader may see it; an unknown id is null to readers, refused to others. */
  async byId(id: string): Promise<CitizenCase | null> {
    const c = await loadCitizenCase(this.ctx, id);
    if (c) this.ctx.access.requireRead(CASE_RULE, c);
    else this.ctx.access.require(CASE_RULE.readers);
    return c;
  }

  async require(id: string): Promise<CitizenCase> {
    const c = await this.byId(id);
    if (!c) throw notFound('CitizenCase', id);
    return c;
  }

  list(filter: CitizenCaseFilter, page: PageArgs) {
    this.ctx.access.require(CASE_RULE.readers);
    const qb = this.ctx.db.getRepository(CitizenCase).createQueryBuilder('c');
    this.ctx.access.restrict(qb, CASE_RULE.readers, CASE_COLUMNS);
    if (filter.jurisdictionId) qb.andWhere('c.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.departmentId) qb.andWhere('c.handling_department_id = :d', { d: filter.departmentId });
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.overdue != null) qb.andWhere(`${filter.overdue ? '' : 'NOT '}${OVERDUE}`, { today: this.today });
    if (filter.receivedFrom) qb.andWhere('c.received_on >= :from', { from: filter.receivedFrom });
    if (filter.receivedTo) qb.andWhere('c.received_on <= :to', { to: filter.receivedTo });
    if (filter.receptionDayId) qb.andWhere('c.reception_day_id = :rd', { rd: filter.receptionDayId });
    return paginate(qb, page, { column: 'c.received_on', direction: 'DESC', value: (c) => c.receivedOn });
  }

  /** Cases received on a reception day, paged for the whole batch of days at once. */
  ofReceptionDay(dayId: string, args: PageArgs): Promise<Connection<CitizenCase>> {
    return this.ctx.loaders
      .get<string, Connection<CitizenCase>>(`CitizenCase.byReceptionDay:${JSON.stringify(args)}`, async (parents) => {
        const source = this.ctx.db
          .getRepository(CitizenCase)
          .createQueryBuilder('c')
          .select('c.reception_day_id', 'parent')
          .addSelect('c.id', 'id')
          .addSelect('c.received_on', 'sort')
          .where('c.reception_day_id = ANY(:parents)', { parents });
        this.ctx.access.restrict(source, CASE_RULE.readers, CASE_COLUMNS);
        return paginateGroups(this.ctx.db, parents, args, {
          source,
          direction: 'ASC',
          load: (ids) => this.ctx.db.getRepository(CitizenCase).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (c) => c.receivedOn,
        });
      })
      .load(dayId) as Promise<Connection<CitizenCase>>;
  }

  isOverdue(c: CitizenCase): boolean {
    return isOverdue({ open: RUNNING.includes(c.status), due: c.dueDate }, this.today);
  }

  /** Null while open, and for a withdrawal: the petitioner, not the handler, ended the case. */
  closedOnTime(c: CitizenCase): boolean | null {
    if (c.outcome === 'WITHDRAWN') return null;
    const closedOn = c.resolvedOn ?? c.declinedOn;
    return closedOn && c.dueDate ? closedOn <= c.dueDate : null;
  }

  async extensions(caseId: string): Promise<CaseExtension[]> {
    return (
      (await this.ctx.loaders
        .get<string, CaseExtension[]>('CaseExtension.byCase', async (ids) =>
          groupByKeys(
            ids,
            await this.ctx.db.getRepository(CaseExtension).createQueryBuilder('e').where('e.case_id = ANY(:ids)', { ids }).orderBy('e.seq').getMany(),
            (e) => e.caseId,
          ),
        )
        .load(caseId)) ?? []
    );
  }

  async partialWithdrawals(caseId: string): Promise<CasePartialWithdrawal[]> {
    const load = this.ctx.loaders.get<string, CasePartialWithdrawal[]>('CasePartialWithdrawal.byCase', async (ids) =>
      groupByKeys(ids, await this.ctx.db.getRepository(CasePartialWithdrawal).createQueryBuilder('w').where('w.case_id = ANY(:ids)', { ids }).orderBy('w.requested_on').addOrderBy('w.recorded_at').getMany(), (w) => w.caseId),
    );
    return (await load.load(caseId)) ?? [];
  }

  async suspensions(caseId: string): Promise<CaseSuspension[]> {
    return (
      (await this.ctx.loaders
        .get<string, CaseSuspension[]>('CaseSuspension.byCase', async (ids) =>
          groupByKeys(
            ids,
            await this.ctx.db
              .getRepository(CaseSuspension)
              .createQueryBuilder('s')
              .where('s.case_id = ANY(:ids)', { ids })
              .orderBy('s.suspended_on')
              .getMany(),
            (s) => s.caseId,
          ),
        )
        .load(caseId)) ?? []
    );
  }

  async transfers(caseId: string): Promise<CaseTransfer[]> {
    return (
      (await this.ctx.loaders
        .get<string, CaseTransfer[]>('CaseTransfer.byCase', async (ids) =>
          groupByKeys(
            ids,
            await this.ctx.db
              .getRepository(CaseTransfer)
              .createQueryBuilder('t')
              .where('t.case_id = ANY(:ids)', { ids })
              .orderBy('t.transferred_at')
              .addOrderBy('t.id')
              .getMany(),
            (t) => t.caseId,
          ),
        )
        .load(caseId)) ?? []
    );
  }
}
