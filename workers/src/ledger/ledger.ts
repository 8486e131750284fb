import { localDate, type Clock, type DeadlineChange } from '@phoihop/core';
import { Deadline, DeadlineEvent, type DeadlineEventKind, type EventRecipient } from '@phoihop/workflow';
import type { DataSource, EntityManager } from 'typeorm';
import type { Planner } from '../schedule/planner';
import type { PreviousPlan } from '../schedule/stage-jobs';

/** Serialises every writer of one item's ledger row (relay changes, stages, re-plans). */
export async function lockItem(m: EntityManager, itemKind: string, itemId: string): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`deadline/${itemKind}/${itemId}`]);
}

export function historyEvent(
  d: Deadline,
  at: Date,
  kind: DeadlineEventKind,
  detail: string,
  extra: { stage?: string; level?: number; recipients?: EventRecipient[] } = {},
): Partial<DeadlineEvent> {
  return {
    deadlineId: d.id,
    at,
    kind,
    version: d.version,
    state: d.state,
    dueDate: d.dueDate,
    stage: extra.stage ?? null,
    level: extra.level ?? null,
    detail: detail.normalize('NFC'),
    recipients: extra.recipients ?? [],
  };
}

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function changeKind(before: Deadline | null, c: DeadlineChange): DeadlineEventKind {
  if (!before) return c.state === 'OPEN' ? 'OPENED' : c.state === 'PAUSED' ? 'PAUSED' : 'CLEARED';
  if (c.state !== before.state) return c.state === 'OPEN' ? 'RESUMED' : c.state;
  return 'MOVED';
}

function describe(kind: DeadlineEventKind, c: DeadlineChange): string {
  const due = c.dueDate ? ` hạn ${vnDate(c.dueDate)}` : '';
  switch (kind) {
    case 'OPENED':
      return `Bắt đầu theo dõi thời hạn:${due} (quy tắc ${c.rule}).`;
    case 'MOVED':
      return `Thời hạn thay đổi:${due}.`;
    case 'PAUSED':
      return 'Tạm dừng tính thời hạn.';
    case 'RESUMED':
      return `Tiếp tục tính thời hạn:${due}.`;
    default:
      return 'Kết thúc theo dõi thời hạn (đã giải quyết hoặc rút).';
  }
}

export interface AppliedChange {
  deadline: Deadline;
  before: PreviousPlan | null;
  applied: boolean;
}

/**
 * Applies one relayed change to the ledger, idempotently: an event already applied, or older
 * than the last one applied, changes nothing. The version grows when the due date or the
 * state changes; then the ladder restarts at the new date (levels already reached are not
 * sent again) and the next stage is planned.
 */
export async function applyChange(
  db: DataSource,
  planner: Planner,
  clock: Clock,
  source: string,
  eventId: string,
  c: DeadlineChange,
): Promise<AppliedChange> {
  return db.transaction(async (m) => {
    await lockItem(m, c.itemKind, c.itemId);
    const repo = m.getRepository(Deadline);
    const found = await repo.findOneBy({ itemKind: c.itemKind, itemId: c.itemId });
    if (found && BigInt(found.lastEventId) >= BigInt(eventId)) return { deadline: found, before: null, applied: false };
    const now = clock.now();
    const before = found ? { version: found.version, nextStage: found.nextStage } : null;
    const dueDate = c.state === 'CLEARED' ? (found?.dueDate ?? c.dueDate) : c.dueDate;
    const versionChanged = !found || found.dueDate !== dueDate || found.state !== c.state;
    const d = found ?? repo.create({ itemKind: c.itemKind, itemId: c.itemId, version: 1, escalationLevel: 0, createdAt: now });
    if (found && versionChanged) d.version = found.version + 1;
    Object.assign(d, {
      jurisdictionId: c.jurisdictionId,
      source,
      lastEventId: eventId,
      state: c.state,
      dueDate,
      startDate: c.startDate,
      rule: c.rule,
      explanation: (c.explanation as Record<string, unknown> | undefined) ?? null,
      title: c.title.normalize('NFC'),
      assigneeBody: c.assignee.body,
      assigneeDepartmentId: c.assignee.departmentId ?? null,
      assigneeOfficialId: c.assignee.officialId ?? null,
      raisedBy: c.raisedBy,
      field: c.field ?? null,
      updatedAt: now,
    });
    if (versionChanged) {
      d.stage = null;
      d.stageOffset = null;
      // An extension that ends the delay ends the escalation too.
      if (c.state === 'OPEN' && dueDate && dueDate >= localDate(now, planner.timeZone)) d.escalationLevel = 0;
    }
    await planner.replan(m, d, now);
    await repo.save(d);
    if (versionChanged) {
      const kind = changeKind(found, c);
      await m.getRepository(DeadlineEvent).insert(historyEvent(d, now, kind, describe(kind, c)));
    }
    return { deadline: d, before, applied: true };
  });
}
