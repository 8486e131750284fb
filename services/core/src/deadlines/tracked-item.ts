import type { EntityManager, EntityTarget } from 'typeorm';
import type { IsoDate } from '../calendar/dates';
import { recordDeadlineChange, type DeadlineChange } from '../deadline-events';
import type { DeadlineCalculator } from '../deadline-calculator';
import type { DeadlineInput, DeadlineResult } from './compute';
import type { DeadlineExplanation } from './explanation';
import { recomputeWhere, type RecomputeScope, type RecomputeSource } from './recompute';

/**
 * One adapter per tracked item kind, used alike by the item's lifecycle (inside the command
 * path) and by the recompute after a calendar or rule edit: what the rule needs, how a
 * computed due date is stored, and what change is published. Adding a tracked kind touches
 * this adapter, a rule, a visibility entry and a policy migration (docs/ARCHITECTURE.md).
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

/** The recompute's view of a tracked item: store the new date, save, publish. */
export function trackedSource<T>(tracked: TrackedItem<T>): RecomputeSource<unknown> {
  const source: RecomputeSource<T> = {
    name: tracked.name,
    candidates: (m, scope) => tracked.candidates(m, scope),
    lock: (m, item) => tracked.lock(m, item),
    input: (m, item) => tracked.input(m, item),
    storedDue: (item) => tracked.storedDue(item),
    async apply(m, item, result) {
      tracked.setDue(item, result);
      await tracked.save(m, item);
      await publishDeadline(m, tracked, item);
    },
  };
  return source as RecomputeSource<unknown>;
}

/** The rule a stored explanation names (`CODE@version`); `fallback` when none was stored. */
export const explainedRule = (e: DeadlineExplanation | null, fallback: string): string => (e ? `${e.rule.code}@${e.rule.version}` : fallback);

/**
 * The recompute half of an adapter whose item is a row open while `status = 'OPEN'` and
 * versioned by `version` (the council's recommendations and commitments): a recomputed date
 * saves a new version of the deadline; the candidates are the open rows the scope touches,
 * by the given start and due columns; `lock` re-reads a row under a lock, null once closed.
 */
export function openRowRecompute<T extends { id: string; status: string; version: number }>(
  entity: EntityTarget<T>,
  columns: { start: string; due: string },
): Pick<TrackedItem<T>, 'save' | 'candidates' | 'lock'> {
  const repo = (m: EntityManager) => m.getRepository(entity);
  return {
    save: (m, item) => repo(m).save(Object.assign(item, { version: item.version + 1 })),
    candidates(m, scope) {
      const w = recomputeWhere(scope, `t.${columns.start}`, `t.${columns.due}`);
      return repo(m).createQueryBuilder('t').where(`t.status = 'OPEN'`).andWhere(w.where, w.params).orderBy('t.id').getMany();
    },
    async lock(m, item) {
      const fresh = await repo(m).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id: item.id }).getOne();
      return fresh?.status === 'OPEN' ? fresh : null;
    },
  };
}
