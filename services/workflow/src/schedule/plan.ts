import { instantAt, type WorkingCalendar } from '@phoihop/core';
import { stageCode, type PolicyStage } from '../policies/stages';

/** What a stage job carries: ids only; the processor re-reads the ledger (STYLE.md, Jobs). */
export interface StageJobData {
  itemKind: string;
  itemId: string;
  version: number;
  stage: string;
}

/** BullMQ job id of a stage; no `:` allowed. A moved deadline gets new ids through its version. */
export function stageJobId(d: { itemKind: string; itemId: string; version: number }, stage: string): string {
  return `deadline-${d.itemKind}-${d.itemId}-v${d.version}-${stage}`;
}

/** 08:00 local time of a date: stages go out when the office opens. */
export function openingTime(date: string, timeZone: string, hour = 8): Date {
  return instantAt(date, hour * 60, timeZone);
}

export interface PlannedStage {
  stage: PolicyStage;
  code: string;
  /** The working day it falls on. */
  date: string;
  at: Date;
}

/** Every stage of a ladder placed on the calendar for one due date. */
export function placeStages(stages: readonly PolicyStage[], dueDate: string, calendar: WorkingCalendar, timeZone: string): PlannedStage[] {
  const due = calendar.rollForward(dueDate);
  return stages.map((stage) => {
    const date = calendar.addWorkingDays(due, stage.offsetWorkingDays);
    return { stage, code: stageCode(stage), date, at: openingTime(date, timeZone) };
  });
}

export interface LedgerPosition {
  /** Offset of the last stage sent at this version; null when none yet. */
  stageOffset: number | null;
  escalationLevel: number;
}

/**
 * The next stage to send, or null when the ladder is done. Stages already sent at this
 * version are behind us. A reminder whose moment has passed is skipped when a later stage is
 * also due (no stale "5 days left" on an overdue item); an escalation is never skipped,
 * unless the item already reached that level under an earlier version of its deadline, so an
 * item accepted long past due gets levels 1, 2, 3, 4 in order, each once.
 */
export function nextStage(planned: readonly PlannedStage[], position: LedgerPosition, now: Date): PlannedStage | null {
  const ahead = planned.filter((p) => position.stageOffset === null || p.stage.offsetWorkingDays > position.stageOffset);
  for (let i = 0; i < ahead.length; i++) {
    const p = ahead[i];
    if (p.at > now) return p;
    const laterDue = ahead.slice(i + 1).some((q) => q.at <= now);
    if (p.stage.kind === 'REMINDER' && laterDue) continue;
    if (p.stage.kind === 'ESCALATION' && p.stage.level <= position.escalationLevel) continue;
    return p;
  }
  return null;
}
