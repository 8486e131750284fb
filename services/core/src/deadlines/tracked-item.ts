import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../calendar/dates';
import { recordDeadlineChange, type DeadlineChange } from '../deadline-events';
import type { DeadlineCalculator } from '../deadline-calculator';
import type { DeadlineInput, DeadlineResult } from './compute';
import type { DeadlineExplanation } from './explanation';
import type { DeadlineItemKind } from './rules';

/** What changed in the reference data. */
export type RecomputeCause = 'CALENDAR' | 'RULE';

export interface RecomputeScope {
  cause: RecomputeCause;
  /** CALENDAR: the first edited day. RULE: the new version's first day in force. */
  from: IsoDate;
  /** CALENDAR: the last edited day (the first when absent). */
  to?: IsoDate | null;
  /** RULE: the kind of the rule that got a new version. */
  ruleKind?: DeadlineItemKind | null;
}

/**
 * One adapter per tracked item kind, used alike by the item's lifecycle (inside the command
 * path) and by the recompute after a calendar or rule edit: what the rule needs, how a
 * computed due date is stored, and what change is published. Adding a tracked kind touches
 * one adapter, one rule and one policy row.
 */
export interface TrackedItem<T> {
  /** Names the item in logs, e.g. `CitizenCase`. */
  name: string;
  /** The rule's input as the item stands (history rows read through `m`). */
  input(m: EntityManager, item: T): Promise<DeadlineInput> | DeadlineInput;
  /** The due date the item stores now. */
  storedDue(item: T): IsoDate | null;
  /** Stores a computed due date, rule and explanation on the item (in memory). */
  setDue(item: T, result: DeadlineResult): void;
  /** The deadline change the item publishes as it stands (topic `deadline.changed`). */
  change(m: EntityManager, item: T): Promise<DeadlineChange> | DeadlineChange;
  /** Saves the item (recompute only; the command path saves a lifecycle's row). */
  save(m: EntityManager, item: T): Promise<unknown>;
  /** Open (and paused) items a recompute scope may touch; a superset is fine. */
  candidates(m: EntityManager, scope: RecomputeScope): Promise<T[]>;
  /** Re-reads the item under a row lock; null when it has closed meanwhile. */
  lock(m: EntityManager, item: T): Promise<T | null>;
}

/** Computes and stores the item's due date with a calculator read before the transaction. */
export async function computeDue<T>(m: EntityManager, tracked: TrackedItem<T>, item: T, calculate: DeadlineCalculator): Promise<DeadlineResult> {
  const result = calculate(await tracked.input(m, item));
  tracked.setDue(item, result);
  return result;
}

/** Writes the item's deadline change to its service's outbox, in the caller's transaction. */
export async function publishDeadline<T>(m: EntityManager, tracked: TrackedItem<T>, item: T): Promise<void> {
  await recordDeadlineChange(m, await tracked.change(m, item));
}

/** The rule a stored explanation names (`CODE@version`); `fallback` when none was stored. */
export const explainedRule = (e: DeadlineExplanation | null, fallback: string): string => (e ? `${e.rule.code}@${e.rule.version}` : fallback);
