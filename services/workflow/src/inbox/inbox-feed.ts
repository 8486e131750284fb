import { positionalClause, visibleClause, type Access } from '@phoihop/core';
import { LEDGER_COLUMNS } from '../deadlines/ledger-columns';
import type { Recipient } from './recipients';

/** One announcement on the inbox channel: ids only (see InboxEvents1764100000300). */
export interface InboxAnnouncement {
  seq: number;
  id: string;
  recipientType: string;
  recipientId: string;
  /** A notification marked read (the unread count moved), not a new one. */
  read: boolean;
}

/** A notification as the inbox's `Notification` type shows it, plus its place in the feed. */
export interface FeedNotification {
  seq: number;
  id: string;
  recipient: { type: string; id: string };
  itemKind: string;
  itemId: string;
  deadlineVersion: number;
  stage: string;
  level: number;
  subject: string;
  body: string;
  createdAt: string;
  read: boolean;
}

/** Anything that runs SQL with positional parameters: a pg Pool or Client. */
export interface Queryable {
  query<R>(sql: string, params: unknown[]): Promise<{ rows: R[] }>;
}

export const addressKey = (r: Pick<Recipient, 'type' | 'id'>) => `${r.type}:${r.id}`;

// The reader's addresses, as `me { notifications }` reads them (addressesOf), as two parallel arrays.
const MINE = `(n.recipient_type, n.recipient_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))`;
const params = (addresses: Recipient[]) => [addresses.map((a) => a.type), addresses.map((a) => a.id)];

/**
 * Only notifications about an item the reader may read (core's visibility rule of its kind, on
 * the item's ledger row), as `me { notifications }` shows them; parameters from `first` on.
 */
function aboutVisibleItems(access: Access, first: number): { sql: string; values: unknown[] } {
  const clause = visibleClause(access, LEDGER_COLUMNS);
  if (!clause) return { sql: 'TRUE', values: [] };
  const { sql, values } = positionalClause(clause, first);
  return { sql: `EXISTS (SELECT 1 FROM workflow.deadline d WHERE d.item_kind = n.item_kind AND d.item_id = n.item_id AND ${sql})`, values };
}

/**
 * The reader's notifications written after `afterSeq`, and any of `alsoSeqs` (a row whose
 * transaction committed after a later one was already sent), oldest first.
 */
export async function readFeed(db: Queryable, access: Access, addresses: Recipient[], afterSeq: number, alsoSeqs: number[], limit: number): Promise<FeedNotification[]> {
  if (addresses.length === 0) return [];
  const visible = aboutVisibleItems(access, 6);
  const { rows } = await db.query<Omit<FeedNotification, 'recipient' | 'seq' | 'createdAt'> & { seq: string; createdAt: Date; recipientType: string; recipientId: string }>(
    `SELECT n.seq::text AS seq, n.id, n.recipient_type AS "recipientType", n.recipient_id AS "recipientId", n.item_kind AS "itemKind",
            n.item_id AS "itemId", n.deadline_version AS "deadlineVersion", n.stage, n.level, n.subject, n.body,
            n.created_at AS "createdAt", n.read_at IS NOT NULL AS read
       FROM workflow.notification n
      WHERE ${MINE} AND (n.seq > $3 OR n.seq = ANY($4::bigint[])) AND ${visible.sql}
      ORDER BY n.seq LIMIT $5`,
    [...params(addresses), afterSeq, alsoSeqs, limit, ...visible.values],
  );
  return rows.map(({ seq, createdAt, recipientType, recipientId, ...n }) => ({
    ...n,
    seq: Number(seq),
    createdAt: createdAt.toISOString(),
    recipient: { type: recipientType, id: recipientId },
  }));
}

export async function unreadCount(db: Queryable, access: Access, addresses: Recipient[]): Promise<number> {
  if (addresses.length === 0) return 0;
  const visible = aboutVisibleItems(access, 3);
  const { rows } = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM workflow.notification n WHERE ${MINE} AND n.read_at IS NULL AND ${visible.sql}`,
    [...params(addresses), ...visible.values],
  );
  return rows[0].count;
}

/** Where the feed stands now: a new client starts here and is sent only what comes after. */
export async function feedPosition(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ seq: string }>(`SELECT coalesce(max(seq), 0)::text AS seq FROM workflow.notification`, []);
  return Number(rows[0].seq);
}
