import {
  badInput,
  byKeys,
  changeRow,
  computeDue,
  createRow,
  deadlineCalculator,
  groupByKeys,
  isOverdue,
  notAfter,
  overdueSql,
  paginate,
  publishDeadline,
  requiredText,
  TEXT_LIMIT,
  type DeadlineCalculator,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { commitmentRule } from '../access';
import type { CommitmentStatus, FulfilCommitmentInput } from '../generated/graphql';
import { commitmentDeadline } from './commitment-deadline';
import { madeInAnswer, QuestioningCommitment } from './questioning-commitment.entity';
import type { Question } from './questioning-session.entity';

export interface CommitmentFilter {
  jurisdictionId?: string | null;
  departmentId?: string | null;
  status?: CommitmentStatus | null;
  overdue?: boolean | null;
}

/**
 * Commitments made in answer to questions (cam kết): core's visibility rule of the kind (staff
 * of the committing department see theirs). Making one and fulfilling it write the
 * QUESTIONING_COMMITMENT deadline event in the same transaction.
 */
export class CommitmentsService {
  constructor(private readonly ctx: GraphContext) {}

  private loader() {
    return this.ctx.loaders.get<string, QuestioningCommitment>('QuestioningCommitment.byId', async (ids) =>
      byKeys(ids, await this.repo().createQueryBuilder('c').where('c.id = ANY(:ids)', { ids }).getMany(), (c) => c.id),
    );
  }

  async byId(id: string): Promise<QuestioningCommitment | null> {
    return this.ctx.access.readable(commitmentRule, await this.loader().load(id));
  }

  list(filter: CommitmentFilter, page: PageArgs) {
    this.ctx.access.requireSignedIn();
    const qb = this.repo().createQueryBuilder('c');
    const clause = this.ctx.access.scopeClause(commitmentRule.readers, { jurisdiction: 'c.jurisdiction_id', department: 'c.department_id' });
    if (clause) qb.andWhere(clause.sql, clause.params);
    if (filter.jurisdictionId) qb.andWhere('c.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.departmentId) qb.andWhere('c.department_id = :d', { d: filter.departmentId });
    if (filter.status) qb.andWhere('c.status = :st', { st: filter.status });
    if (filter.overdue != null) qb.andWhere(`${filter.overdue ? '' : 'NOT '}${overdueSql(OVERDUE_COLUMNS)}`, { today: this.ctx.today() });
    return paginate(qb, page, { column: 'c.due_date', direction: 'ASC', value: (c) => c.dueDate });
  }

  /** A question's commitments the caller may read, for every question of a page in one statement. */
  async ofQuestion(questionId: string): Promise<QuestioningCommitment[]> {
    const all = await this.ctx.loaders
      .get<string, QuestioningCommitment[]>('QuestioningCommitment.byQuestion', async (ids) =>
        groupByKeys(ids, await this.repo().createQueryBuilder('c').where('c.question_id = ANY(:ids)', { ids }).orderBy('c.due_date').addOrderBy('c.id').getMany(), (c) => c.questionId),
      )
      .load(questionId);
    return (all ?? []).filter((c) => this.ctx.access.canRead(commitmentRule, c));
  }

  overdue(c: QuestioningCommitment): boolean {
    return isOverdue({ open: c.status === 'OPEN', due: c.dueDate }, this.ctx.today());
  }

  fulfilledOnTime(c: QuestioningCommitment): boolean | null {
    return c.status === 'FULFILLED' ? c.fulfilledOn! <= c.dueDate : null;
  }

  /** The calculator `make` needs, read before the answer's transaction. */
  calculator(): Promise<DeadlineCalculator> {
    return deadlineCalculator(this.ctx.db, { 'input.explicitDue': 'input.commitments' });
  }

  /** Creates the commitments of an answer in its transaction (the answer's command path has authorized it). */
  async make(m: EntityManager, q: Question, madeOn: string, commitments: Array<{ content: string; dueDate: string }>, calculate: DeadlineCalculator): Promise<void> {
    for (const [i, c] of commitments.entries()) {
      if (c.dueDate <= madeOn) throw badInput(`input.commitments.${i}.dueDate`, 'Hạn thực hiện cam kết phải sau ngày chất vấn.');
      await createRow(
        this.ctx,
        {
          operation: 'makeCommitment',
          entity: QuestioningCommitment,
          authorize: () => this.ctx.access.requireWrite(commitmentRule, { jurisdictionId: q.jurisdictionId, departmentId: q.answeringDepartmentId }),
          build: async (tx) => {
            const row = tx.getRepository(QuestioningCommitment).create(madeInAnswer(q, madeOn, c.content, c.dueDate));
            await computeDue(tx, commitmentDeadline, row, calculate);
            return row;
          },
          publish: (tx, saved) => publishDeadline(tx, commitmentDeadline, saved),
        },
        m,
      );
    }
  }

  /** Fulfilled, with the report of what was done: the deadline is cleared. Of two racing, the second gets CONFLICT. */
  async fulfil(id: string, input: FulfilCommitmentInput): Promise<QuestioningCommitment> {
    const report = requiredText('input.report', input.report, { what: 'báo cáo kết quả thực hiện', max: TEXT_LIMIT.text });
    notAfter('input.fulfilledOn', input.fulfilledOn, this.ctx.today(), 'Ngày thực hiện không được sau hôm nay.');
    const saved = await changeRow(this.ctx, {
      operation: 'fulfilCommitment',
      entity: QuestioningCommitment,
      id,
      field: 'id',
      from: { states: ['OPEN'], message: 'Cam kết đã được ghi nhận hoàn thành.' },
      authorize: (c) => this.ctx.access.requireWrite(commitmentRule, c),
      apply: (_m, c) => {
        if (input.fulfilledOn < c.madeOn) throw badInput('input.fulfilledOn', 'Ngày thực hiện không được trước ngày cam kết.');
        Object.assign(c, { status: 'FULFILLED', fulfilledOn: input.fulfilledOn, fulfilmentReport: report });
      },
      publish: (m, c) => publishDeadline(m, commitmentDeadline, c),
    });
    this.loader().clear(saved.id).prime(saved.id, saved);
    return saved;
  }

  private repo() {
    return this.ctx.db.getRepository(QuestioningCommitment);
  }
}

const OVERDUE_COLUMNS = { open: `c.status = 'OPEN'`, due: 'c.due_date' };
