import { referenceData, type Clock, type Logger } from '@phoihop/core';
import { Deadline, DeadlineEvent, DEADLINES_RECOMPUTE, WorkflowStore, type RescheduleRequest } from '@phoihop/workflow';
import { UnrecoverableError, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { parseRecomputeRequest, runRecompute } from '../recompute/handler';
import type { Recomputer } from '../recompute/recomputer';
import type { Planner } from '../schedule/planner';
import type { StageJobs } from '../schedule/stage-jobs';
import { applyChange, historyEvent, lockItem } from './ledger';
import { checkSource, markProcessed, parseChange, readOutboxRow, type OutboxRef } from './sources';

export interface LedgerDeps {
  db: DataSource;
  planner: Planner;
  jobs: StageJobs;
  clock: Clock;
  logger: Logger;
  /** Asks the owning services to recompute due dates after a calendar or rule edit. */
  recomputer?: Recomputer;
}

/** `apply-change`: one relayed `deadline.changed` row → the ledger → the next stage's job. */
export function applyChangeHandler(deps: LedgerDeps) {
  return async (job: Job<OutboxRef>): Promise<string> => {
    const source = checkSource(job.data.source);
    const row = await readOutboxRow(deps.db, job.data);
    const change = parseChange(row.payload);
    const result = await applyChange(deps.db, deps.planner, deps.clock, source, row.id, change);
    // Also when nothing was applied: a crash after the commit may have left the job unadded.
    await deps.jobs.sync(result.deadline, result.before);
    return result.applied ? `v${result.deadline.version} ${result.deadline.state} next ${result.deadline.nextStage ?? '-'}` : 'already applied';
  };
}

/**
 * `reschedule`: an admin changed a ladder, the calendar or a rule. A calendar or rule edit
 * (`deadlines.recompute`) first has every owning service recompute the due dates it touches:
 * each moved item comes back as its own `deadline.changed`, which versions the ledger and
 * supersedes its jobs. A calendar edit, and a ladder edit, then re-plan every open deadline,
 * since stage times count working days. Each row is locked like any other writer's.
 */
export function rescheduleHandler(deps: LedgerDeps) {
  return async (job: Job<OutboxRef>): Promise<string> => {
    const row = await readOutboxRow(deps.db, job.data);
    const outcome = await carryOut(deps, row.topic, row.payload);
    await markProcessed(deps.db, job.data, deps.clock.now());
    return outcome;
  };
}

async function carryOut(deps: LedgerDeps, topic: string, payload: Record<string, unknown>): Promise<string> {
  if (topic === DEADLINES_RECOMPUTE) {
    const request = parseRecomputeRequest(payload);
    if (!deps.recomputer) throw new UnrecoverableError('no recomputer configured');
    const moved = await runRecompute(deps.recomputer, request);
    if (request.cause === 'RULE') return moved;
    return `${moved}; ${await replanOpen(deps, { reason: 'CALENDAR' })}`;
  }
  return replanOpen(deps, payload as unknown as RescheduleRequest);
}

async function replanOpen(deps: LedgerDeps, request: RescheduleRequest): Promise<string> {
  if (request.reason === 'CALENDAR') referenceData.invalidate();
  const open = await new WorkflowStore(deps.db).openDeadlines(request.itemKind);
  let moved = 0;
  for (const { id } of open) if (await replanOne(deps, id, request.reason)) moved++;
  return `${moved}/${open.length} re-planned`;
}

async function replanOne(deps: LedgerDeps, id: string, reason: RescheduleRequest['reason']): Promise<boolean> {
  const result = await deps.db.transaction(async (m) => {
    const first = await m.getRepository(Deadline).findOneBy({ id });
    if (!first) return null;
    await lockItem(m, first.itemKind, first.itemId);
    const d = await m.getRepository(Deadline).findOneBy({ id });
    if (!d || d.state !== 'OPEN') return null;
    const before = { version: d.version, nextStage: d.nextStage };
    const now = deps.clock.now();
    if (!(await deps.planner.replan(m, d, now))) return { d, before, changed: false };
    d.updatedAt = now;
    await m.getRepository(Deadline).save(d);
    const why = reason === 'POLICY' ? 'quy trình nhắc hạn thay đổi' : 'lịch làm việc thay đổi';
    const next = d.nextStage ? `bước tiếp theo ${d.nextStage}` : 'không còn bước nào';
    await m.getRepository(DeadlineEvent).insert(historyEvent(d, now, 'RESCHEDULED', `Lập lại lịch nhắc hạn (${why}): ${next}.`));
    return { d, before, changed: true };
  });
  if (!result) return false;
  await deps.jobs.sync(result.d, result.before);
  return result.changed;
}
