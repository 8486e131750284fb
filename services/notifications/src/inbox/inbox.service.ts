import { changeRow, notFound, paginate, visibleClause, writeAudit, type GraphContext, type PageArgs } from '@phoihop/core';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { addressesOf, Deadline, LEDGER_COLUMNS, Notification } from '@phoihop/workflow';

/** The signed-in user's inbox: notifications addressed to them, their departments and bodies. */
export class InboxService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.requireSignedIn();
  }

  private mine(): SelectQueryBuilder<Notification> {
    const addresses = addressesOf(this.ctx.access);
    const qb = this.ctx.db.getRepository(Notification).createQueryBuilder('n');
    if (addresses.length === 0) return qb.where('false');
    qb.where(
      new Brackets((b) => {
        for (const type of ['OFFICIAL', 'DEPARTMENT', 'BODY'] as const) {
          const ids = addresses.filter((a) => a.type === type).map((a) => a.id);
          if (ids.length) b.orWhere(`(n.recipient_type = '${type}' AND n.recipient_id = ANY(:${type.toLowerCase()}))`, { [type.toLowerCase()]: ids });
        }
      }),
    );
    return this.aboutVisibleItems(qb);
  }

  /**
   * Only notifications about an item the user may read (core's visibility rule of its kind,
   * applied to the item's ledger row): an escalation addressed to a body does not show a
   * denunciation to the council or the Front.
   */
  private aboutVisibleItems(qb: SelectQueryBuilder<Notification>): SelectQueryBuilder<Notification> {
    const clause = visibleClause(this.ctx.access, LEDGER_COLUMNS);
    if (!clause) return qb;
    const ledger = this.ctx.db.getRepository(Deadline).metadata.tablePath;
    return qb.andWhere(`EXISTS (SELECT 1 FROM ${ledger} d WHERE d.item_kind = n.item_kind AND d.item_id = n.item_id AND ${clause.sql})`, clause.params);
  }

  list(args: { unreadOnly?: boolean | null } & PageArgs) {
    const qb = this.mine();
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    return paginate(qb, args, { column: 'n.created_at', direction: 'DESC', value: (n) => n.createdAt.toISOString() });
  }

  unreadCount(): Promise<number> {
    return this.mine().andWhere('n.read_at IS NULL').getCount();
  }

  /** Someone else's notification is NOT_FOUND, not FORBIDDEN: its existence is not shown. */
  async markRead(id: string): Promise<Notification> {
    const n = await this.mine().andWhere('n.id = :id', { id }).getOne();
    if (!n) throw notFound('Notification', id, 'id');
    if (n.readAt) return n;
    return changeRow(this.ctx, {
      operation: 'markNotificationRead',
      entity: Notification,
      id: n.id,
      field: 'id',
      authorize: () => undefined, // mine() above: addressed to the caller
      apply: (_m, row) => {
        row.readAt ??= this.ctx.clock.now();
      },
    });
  }

  async markAllRead(): Promise<number> {
    const ids = (await this.mine().andWhere('n.read_at IS NULL').select('n.id', 'id').getRawMany<{ id: string }>()).map((r) => r.id);
    if (ids.length === 0) return 0;
    // One statement for the batch, and one audit row naming what it marked.
    return this.ctx.db.transaction(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: this.ctx.clock.now() })
        .where('id = ANY(:ids) AND read_at IS NULL', { ids })
        .returning('id')
        .execute();
      const marked = (result.raw as Array<{ id: string }>).map((r) => r.id);
      if (marked.length) {
        await writeAudit(m, this.ctx, { operation: 'markAllNotificationsRead', entityType: 'Inbox', entityId: this.ctx.user!.userId, before: null, after: { read: marked } });
      }
      return marked.length;
    });
  }
}
