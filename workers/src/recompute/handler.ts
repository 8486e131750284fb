import { DEADLINE_ITEM_KINDS, isCalendarDate, type DeadlineItemKind } from '@phoihop/core';
import type { RecomputeRequest } from '@phoihop/workflow';
import { UnrecoverableError } from 'bullmq';
import type { Recomputer } from './recomputer';

/** A malformed request can never succeed: it fails the job at once. */
export function parseRecomputeRequest(payload: Record<string, unknown>): RecomputeRequest {
  const bad = (why: string) => new UnrecoverableError(`malformed recompute request: ${why}`);
  const { cause, from, to, ruleKind } = payload;
  if (cause !== 'CALENDAR' && cause !== 'RULE') throw bad(`cause ${String(cause)}`);
  if (!isCalendarDate(from)) throw bad('from');
  if (to !== null && to !== undefined && !isCalendarDate(to)) throw bad('to');
  if (cause === 'RULE' && !DEADLINE_ITEM_KINDS.includes(ruleKind as DeadlineItemKind)) throw bad(`ruleKind ${String(ruleKind)}`);
  return { cause, from, to: (to as string | null | undefined) ?? null, ruleKind: cause === 'RULE' ? (ruleKind as DeadlineItemKind) : null };
}

/** Runs a relayed recompute request; `moved council/committee/front` for the job's return value. */
export async function runRecompute(recomputer: Recomputer, request: RecomputeRequest): Promise<string> {
  const moved = await recomputer.recompute(request);
  return `moved council ${moved.council}, committee ${moved.committee}, front ${moved.front}`;
}
