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
    return placeStages(await this.stages(manager, d.itemKind), d.dueDate, await this.calendar(), this.timeZone);
  }

  /** Sets `nextStage`/`nextAt` on the row from its position on the ladder; true when they changed. */
  async replan(manager: EntityManager | DataSource, d: Deadline, now: Date): Promise<boolean> {
    return this.replanOn(d.dueDate ? await this.stages(manager, d.itemKind) : [], await this.calendar(), d, now);
  }

  /** `replan` with the ladder and calendar already loaded: a batch of stages loads them once. */
  replanOn(stages: PolicyStage[], calendar: WorkingCalendar, d: Deadline, now: Date): boolean {
    const placed = d.dueDate ? placeStages(stages, d.dueDate, calendar, this.timeZone) : [];
    const next = d.state === 'OPEN' ? nextStage(placed, { stageOffset: d.stageOffset, escalationLevel: d.escalationLevel }, now) : null;
    const code = next?.code ?? null;
    const at = next?.at ?? null;
    const changed = code !== d.nextStage || at?.getTime() !== d.nextAt?.getTime();
    d.nextStage = code;
    d.nextAt = at;
    return changed;
  }
}
