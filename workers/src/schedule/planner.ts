import { referenceData, type WorkingCalendar } from '@phoihop/core';
import { nextStage, placeStages, WorkflowStore, type Deadline, type PlannedStage, type PolicyStage } from '@phoihop/workflow';
import type { DataSource, EntityManager } from 'typeorm';

/** Places a deadline's ladder on the calendar and finds its next stage. */
export class Planner {
  constructor(
    private readonly db: DataSource,
    /** The deployment's zone (config TIME_ZONE): stage times and "today" are computed in it. */
    readonly timeZone: string,
  ) {}

  calendar(): Promise<WorkingCalendar> {
    return referenceData.loadCalendar(this.db);
  }

  stages(manager: EntityManager | DataSource, itemKind: Deadline['itemKind']): Promise<PolicyStage[]> {
    return new WorkflowStore(manager).stages(itemKind);
  }

  async placed(manager: EntityManager | DataSource, d: Deadline): Promise<PlannedStage[]> {
    if (!d.dueDate) return [];
    return this.placeOn(await this.stages(manager, d.itemKind), await this.calendar(), d.dueDate);
  }

  placeOn(stages: readonly PolicyStage[], calendar: WorkingCalendar, dueDate: string): PlannedStage[] {
    return placeStages(stages, dueDate, calendar, this.timeZone);
  }

  /** Sets `nextStage`/`nextAt` on the row from its position on the ladder; true when they changed. */
  async replan(manager: EntityManager | DataSource, d: Deadline, now: Date): Promise<boolean> {
    return this.replanOn(await this.placed(manager, d), d, now);
  }

  /** `replan` with the ladder already placed: the rows of a batch of stages share a few due dates. */
  replanOn(placed: PlannedStage[], d: Deadline, now: Date): boolean {
    const next = d.state === 'OPEN' ? nextStage(placed, { stageOffset: d.stageOffset, escalationLevel: d.escalationLevel }, now) : null;
    const code = next?.code ?? null;
    const at = next?.at ?? null;
    const changed = code !== d.nextStage || at?.getTime() !== d.nextAt?.getTime();
    d.nextStage = code;
    d.nextAt = at;
    return changed;
  }
}
