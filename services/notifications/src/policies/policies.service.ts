import { TRACKED_ITEM_KINDS, badInput, putRow, type GraphContext, type TrackedItemKind } from '@phoihop/core';
import { EscalationPolicy, requestReschedule, validateStages, WorkflowStore, type PolicyStage } from '@phoihop/workflow';

/** Escalation ladders: every signed-in user reads them, admins edit them. */
export class PoliciesService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.requireSignedIn();
  }

  private get repo() {
    return this.ctx.db.getRepository(EscalationPolicy);
  }

  list(): Promise<EscalationPolicy[]> {
    return this.repo.find({ order: { itemKind: 'ASC' } });
  }

  async get(itemKind: TrackedItemKind): Promise<EscalationPolicy> {
    const found = await new WorkflowStore(this.ctx.db).policy(itemKind);
    if (!found) throw badInput('itemKind', `Không có quy trình cho loại việc ${itemKind}`);
    return found;
  }

  /** Replaces a ladder; the open deadlines of that kind are re-planned by the workers. */
  async update(input: { itemKind: TrackedItemKind; stages: PolicyStage[] }): Promise<EscalationPolicy> {
    this.ctx.access.require(['ADMIN']);
    if (!TRACKED_ITEM_KINDS.includes(input.itemKind)) throw badInput('input.itemKind', `Loại việc không hợp lệ: ${input.itemKind}`);
    const stages = validateStages(input.stages.map((s) => ({ ...s })));
    return putRow(this.ctx, {
      operation: 'updateEscalationPolicy',
      entity: EscalationPolicy,
      key: { itemKind: input.itemKind },
      authorize: () => undefined, // ADMIN, checked above
      apply: (m, existing) => Object.assign(existing ?? m.create(EscalationPolicy, { itemKind: input.itemKind }), { stages, updatedAt: this.ctx.clock.now(), updatedBy: this.ctx.user!.userId }),
      publish: (m) => requestReschedule(m, { reason: 'POLICY', itemKind: input.itemKind }),
    });
  }
}
