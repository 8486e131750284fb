import {
  badInput,
  rowLoader,
  changeRow,
  conflict,
  createRow,
  groupByKeys,
  intBetween,
  isOverdue,
  notAfter,
  notFound,
  overdueSql,
  paginateGroups,
  requiredText,
  type Role,
  TEXT_LIMIT,
  type Body,
  type Connection,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import { coordinationRule } from '../access';
import type { DraftCoordinationPlanInput, PlanActivityInput, PlanActivityStatus, SignCoordinationPlanInput } from '../generated/graphql';
import { CoordinationPlan, PlanActivity, PlanSignature } from './coordination-plan.entity';

/** An activity not done by its planned day. */
const ACTIVITY_OVERDUE = { open: 'a.done_on IS NULL', due: 'a.planned_on' };

const SIGNED = 'Cơ quan này đã ký chương trình phối hợp.';

/** Who signs for each body. */
const SIGNERS: Record<Body, Role[]> = { COUNCIL: ['COUNCIL_STANDING'], COMMITTEE: ['COMMITTEE_LEADER'], FRONT: ['FRONT_STANDING'] };

export interface ActivityFilter {
  ownerBody?: Body | null;
  status?: PlanActivityStatus | null;
}

/** The yearly coordination plan: drafted by the Standing Committee, signed by each body for itself. */
export class PlansService {
  constructor(private readonly ctx: GraphContext) {}

  async byYear(jurisdictionId: string, year: number): Promise<CoordinationPlan | null> {
    this.ctx.access.requireRead(coordinationRule, { jurisdictionId });
    return this.ctx.db.getRepository(CoordinationPlan).findOneBy({ jurisdictionId, year });
  }

  /** Activities of every plan of a request in two statements; status is computed against today. */
  activities(planId: string, filter: ActivityFilter, page: PageArgs): Promise<Connection<PlanActivity>> {
    const today = this.ctx.today();
    const key = JSON.stringify([filter.ownerBody ?? null, filter.status ?? null, page.first ?? null, page.after ?? null]);
    return this.ctx.loaders
      .get<string, Connection<PlanActivity>>(`PlanActivity.byPlan.${key}`, (planIds) => {
        const source = this.ctx.db
          .createQueryBuilder()
          .select(['a.plan_id AS parent', 'a.id AS id', 'a.planned_on AS sort'])
          .from(PlanActivity, 'a')
          .where('a.plan_id = ANY(:planIds)', { planIds });
        if (filter.ownerBody) source.andWhere('a.owner_body = :body', { body: filter.ownerBody });
        if (filter.status === 'DONE') source.andWhere('a.done_on IS NOT NULL');
        if (filter.status === 'PENDING') source.andWhere('a.done_on IS NULL AND a.planned_on >= :today', { today });
        if (filter.status === 'OVERDUE') source.andWhere(overdueSql(ACTIVITY_OVERDUE), { today });
        return paginateGroups<PlanActivity>(this.ctx.db, planIds, page, {
          source,
          direction: 'ASC',
          load: (ids) => this.ctx.db.getRepository(PlanActivity).createQueryBuilder('a').where('a.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (a) => a.plannedOn,
        });
      })
      .load(planId) as Promise<Connection<PlanActivity>>;
  }

  activityStatus(a: PlanActivity): PlanActivityStatus {
    if (a.doneOn) return 'DONE';
    return isOverdue({ open: true, due: a.plannedOn }, this.ctx.today()) ? 'OVERDUE' : 'PENDING';
  }

  async signatures(planId: string): Promise<PlanSignature[]> {
    const rows = await this.ctx.loaders
      .get<string, PlanSignature[]>('PlanSignature.byPlan', async (ids) =>
        groupByKeys(ids, await this.ctx.db.getRepository(PlanSignature).createQueryBuilder('s').where('s.plan_id = ANY(:ids)', { ids }).getMany(), (s) => s.planId),
      )
      .load(planId);
    return rows ?? [];
  }

  draft(input: DraftCoordinationPlanInput): Promise<CoordinationPlan> {
    const { jurisdictionId, year } = input;
    intBetween('input.year', year, 2000, 2100);
    const title = requiredText('input.title', input.title, { max: TEXT_LIMIT.title });
    const activities = (input.activities ?? []).map((a, i) => this.activity(a, year, `input.activities.${i}`));
    return createRow(this.ctx, {
      operation: 'draftCoordinationPlan',
      entity: CoordinationPlan,
      authorize: () => this.ctx.access.requireWrite(coordinationRule, { jurisdictionId }),
      build: (m) => m.getRepository(CoordinationPlan).create({ jurisdictionId, year, title }),
      after: async (m, plan) => {
        if (activities.length) await m.getRepository(PlanActivity).insert(activities.map((a) => ({ ...a, planId: plan.id })));
      },
      unique: { field: 'input.year', message: `Đã có chương trình phối hợp năm ${year}.` },
    });
  }

  async addActivity(planId: string, input: PlanActivityInput): Promise<PlanActivity> {
    const plan = await this.found(planId, 'planId');
    const activity = this.activity(input, plan.year, 'input');
    return createRow(this.ctx, {
      operation: 'addPlanActivity',
      entity: PlanActivity,
      authorize: () => this.ctx.access.requireWrite(coordinationRule, plan),
      build: (m) => m.getRepository(PlanActivity).create({ ...activity, planId: plan.id }),
    });
  }

  async markDone(id: string, doneOn: string): Promise<PlanActivity> {
    const activity = await this.ctx.db.getRepository(PlanActivity).findOneBy({ id });
    if (!activity) throw notFound('PlanActivity', id, 'id');
    const plan = await this.found(activity.planId, 'id');
    notAfter('doneOn', doneOn, this.ctx.today(), 'Ngày hoàn thành không được sau hôm nay.');
    return changeRow(this.ctx, {
      operation: 'markPlanActivityDone',
      entity: PlanActivity,
      id,
      field: 'id',
      authorize: () => this.ctx.access.requireWrite(coordinationRule, plan),
      apply: (_m, a) => {
        if (a.doneOn) throw conflict('Hoạt động đã được ghi nhận hoàn thành.', 'id');
        a.doneOn = doneOn;
      },
    });
  }

  /** Each body signs for itself (its own standing role), once. */
  async sign(planId: string, input: SignCoordinationPlanInput): Promise<CoordinationPlan> {
    const plan = await this.found(planId, 'planId');
    const signerName = requiredText('input.signerName', input.signerName, { max: TEXT_LIMIT.name });
    const signerTitle = requiredText('input.signerTitle', input.signerTitle, { max: TEXT_LIMIT.name });
    notAfter('input.signedOn', input.signedOn, this.ctx.today(), 'Ngày ký không được sau hôm nay.');
    await createRow(this.ctx, {
      operation: 'signCoordinationPlan',
      entity: PlanSignature,
      authorize: () => this.ctx.access.requireWrite({ ...coordinationRule, writers: SIGNERS[input.body] }, plan),
      build: async (m) => {
        // The signature's key is the plan and the body: a second one would overwrite the first, not collide with it.
        if (await m.getRepository(PlanSignature).existsBy({ planId: plan.id, body: input.body })) throw conflict(SIGNED, 'input.body');
        return m.getRepository(PlanSignature).create({ planId: plan.id, body: input.body, signerName, signerTitle, signedOn: input.signedOn });
      },
      unique: { field: 'input.body', message: SIGNED },
    });
    return plan;
  }

  /** The plan an argument names, or NOT_FOUND on that field; the caller authorizes. */
  private async found(planId: string, field: string): Promise<CoordinationPlan> {
    const plan = await rowLoader(this.ctx, CoordinationPlan).load(planId);
    if (!plan) throw notFound('CoordinationPlan', planId, field);
    return plan;
  }

  private activity(a: PlanActivityInput, year: number, at: string) {
    if (Number(a.plannedOn.slice(0, 4)) !== year) throw badInput(`${at}.plannedOn`, `Ngày dự kiến phải trong năm ${year}.`);
    return { title: requiredText(`${at}.title`, a.title, { max: TEXT_LIMIT.title }), ownerBody: a.ownerBody, plannedOn: a.plannedOn, doneOn: null };
  }
}
