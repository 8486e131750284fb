import type { TrackedItemKind } from '@phoihop/core';
import type { DataSource, EntityManager } from 'typeorm';
import { Deadline, type StagedDeadline } from './deadlines/deadline.entity';
import type { RecipientType } from './inbox/notification.entity';
import { EscalationPolicy } from './policies/escalation-policy.entity';
import type { PolicyStage } from './policies/stages';
import { NotificationPreference } from './preferences/notification-preference.entity';

/**
 * The reads that the notifications subgraph and the workers both run on the `workflow`
 * schema, its one owner in two processes (DESIGN.md rule 1). Over a DataSource, or over the
 * EntityManager of the caller's transaction.
 */
export class WorkflowStore {
  constructor(private readonly db: Pick<DataSource | EntityManager, 'getRepository' | 'query'>) {}

  /** The ledger row of one tracked item. */
  deadline(itemKind: TrackedItemKind, itemId: string): Promise<Deadline | null> {
    return this.db.getRepository(Deadline).findOneBy({ itemKind, itemId });
  }

  /** The ledger rows of several tracked items at once (a batch of stage jobs). */
  deadlinesOf(items: ReadonlyArray<{ itemKind: TrackedItemKind; itemId: string }>): Promise<Deadline[]> {
    if (!items.length) return Promise.resolve([]);
    return this.db
      .getRepository(Deadline)
      .createQueryBuilder('d')
      .where('(d.item_kind, d.item_id) IN (SELECT * FROM unnest(CAST(:kinds AS text[]), CAST(:ids AS uuid[])))', {
        kinds: items.map((i) => i.itemKind),
        ids: items.map((i) => i.itemId),
      })
      .getMany();
  }

  /** Every open deadline, or those of one kind. */
  openDeadlines(itemKind?: TrackedItemKind): Promise<Deadline[]> {
    return this.db.getRepository(Deadline).find({ where: itemKind ? { state: 'OPEN', itemKind } : { state: 'OPEN' } });
  }

  /**
   * Every open deadline, a page at a time in id order: the reconciler walks a province's
   * million rows in bounded memory instead of loading them all (issue 12). With `dueBy`, only
   * those whose next stage is due by then.
   */
  async *openDeadlinePages(size = 2000, dueBy?: Date): AsyncGenerator<Deadline[]> {
    let after: string | null = null;
    for (;;) {
      const qb = this.db.getRepository(Deadline).createQueryBuilder('d').where(`d.state = 'OPEN'`).orderBy('d.id').limit(size);
      if (dueBy) qb.andWhere('d.next_at <= :dueBy', { dueBy });
      if (after) qb.andWhere('d.id > :after', { after });
      const page = await qb.getMany();
      if (page.length) yield page;
      if (page.length < size) return;
      after = page[page.length - 1].id;
    }
  }

  /**
   * The open deadlines with a next stage, a keyset page at a time in id order, read as raw
   * rows of only the columns a stage job needs (no entities): the reconciler's rebuild of a
   * province's million rows after a Redis flush (issue 12).
   */
  async *openStagePages(size = 5000): AsyncGenerator<StagedDeadline[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page: Array<StagedDeadline & { id: string }> = await this.db.query(
        `SELECT d.id, d.item_kind AS "itemKind", d.item_id AS "itemId", d.version, d.state, d.next_stage AS "nextStage",
                d.next_at AS "nextAt", d.failed_version AS "failedVersion", d.failed_stage AS "failedStage",
                d.failed_at AS "failedAt", d.failure_reason AS "failureReason"
           FROM workflow.deadline d
          WHERE d.state = 'OPEN' AND d.next_stage IS NOT NULL AND d.id > $1
          ORDER BY d.id LIMIT $2`,
        [after, size],
      );
      if (page.length) yield page;
      if (page.length < size) return;
      after = page[page.length - 1].id;
    }
  }

  policy(itemKind: TrackedItemKind): Promise<EscalationPolicy | null> {
    return this.db.getRepository(EscalationPolicy).findOneBy({ itemKind });
  }

  /** The ladder of an item kind, in firing order; none when the kind has no policy. */
  async stages(itemKind: TrackedItemKind): Promise<PolicyStage[]> {
    return (await this.policy(itemKind))?.stages ?? [];
  }

  /** A recipient's saved preferences; null when they never saved any. */
  preference(recipientType: RecipientType, recipientId: string): Promise<NotificationPreference | null> {
    return this.db.getRepository(NotificationPreference).findOneBy({ recipientType, recipientId });
  }
}
