import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../test/support/database';
import { Access } from '@phoihop/core';
import { feedPosition, INBOX_CHANNEL, Notification, notificationKey, prepareWorkflowDatabase, readFeed, unreadCount, type Recipient } from '../src';

/** The feed's mechanics, for a reader every item is visible to (visibility: test/security/ledger-visibility). */
const ANYONE = new Access({ userId: 'feed-test', name: 'Quản trị viên', grants: [{ role: 'ADMIN' }] });

describe('inbox feed: notification seq, the announcing trigger, reads by address', () => {
  let drop: () => Promise<void>;
  let url: string;
  let db: DataSource;
  let pool: Pool;
  let listener: Client;
  const heard: string[] = [];
  const department = randomUUID();
  const official = randomUUID();
  const jurisdiction = randomUUID();
  const mine: Recipient[] = [
    { type: 'OFFICIAL', id: official },
    { type: 'DEPARTMENT', id: department },
    { type: 'BODY', id: `COUNCIL_STANDING:${jurisdiction}` },
  ];

  const write = (recipientType: Notification['recipientType'], recipientId: string, stage = 'R5') => {
    const n = { recipientType, recipientId, jurisdictionId: jurisdiction, itemKind: 'RECOMMENDATION' as const, itemId: randomUUID(), deadlineVersion: 1, stage, level: 0 };
    return db.getRepository(Notification).save({ ...n, key: notificationKey(n), subject: `Nhắc hạn: Kiến nghị ${stage}`, body: 'Nội dung', createdAt: new Date(), readAt: null, deliveriesPlannedAt: null });
  };

  beforeAll(async () => {
    const database = await createTestDatabase('inbox_feed');
    ({ url, drop } = database);
    db = await prepareWorkflowDatabase(url);
    pool = new Pool({ connectionString: url, max: 2 });
    listener = new Client({ connectionString: url });
    await listener.connect();
    listener.on('notification', (m) => heard.push(m.payload!));
    await listener.query(`LISTEN ${INBOX_CHANNEL}`);
  });

  afterAll(async () => {
    await listener?.end();
    await pool?.end();
    await db?.destroy();
    await drop?.();
  });

  it('announces each new and each read notification with ids only', async () => {
    const start = await feedPosition(pool);
    const n = await write('DEPARTMENT', department);
    await db.getRepository(Notification).update({ id: n.id }, { readAt: new Date() });
    await new Promise((r) => setTimeout(r, 200));
    const payloads = heard.map((p) => JSON.parse(p) as Record<string, unknown>);
    expect(payloads).toEqual([
      { seq: start + 1, id: n.id, recipientType: 'DEPARTMENT', recipientId: department, read: false },
      { seq: start + 1, id: n.id, recipientType: 'DEPARTMENT', recipientId: department, read: true },
    ]);
    expect(heard.join()).not.toContain('Nhắc hạn'); // no subject, no body on the wire
    expect(await feedPosition(pool)).toBe(start + 1);
  });

  it('reads the reader\'s own notifications after a position, oldest first, and a late one asked for by seq', async () => {
    const from = await feedPosition(pool);
    const a = await write('OFFICIAL', official, 'L1');
    await write('DEPARTMENT', randomUUID(), 'R2'); // another department's
    const b = await write('BODY', `COUNCIL_STANDING:${jurisdiction}`, 'L4');
    await write('BODY', `FRONT_STANDING:${jurisdiction}`, 'L4'); // another body
    const feed = await readFeed(pool, ANYONE, mine, from, [], 100);
    expect(feed.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(feed[0]).toMatchObject({ seq: from + 1, recipient: { type: 'OFFICIAL', id: official }, stage: 'L1', read: false, createdAt: a.createdAt.toISOString() });
    // Past the position, only what is asked for by its seq.
    expect((await readFeed(pool, ANYONE, mine, from + 4, [from + 1, from + 2], 100)).map((x) => x.id)).toEqual([a.id]);
    expect(await readFeed(pool, ANYONE, [], 0, [], 100)).toEqual([]);
    expect(await unreadCount(pool, ANYONE, mine)).toBe(2);
    expect(await unreadCount(pool, ANYONE, [{ type: 'DEPARTMENT', id: randomUUID() }])).toBe(0);
  });
});
