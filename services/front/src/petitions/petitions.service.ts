import { byKeys, forbidden, paginate, paginateGroups, uuid, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import type { SelectQueryBuilder } from 'typeorm';
import { DEPARTMENT, FRONT_READERS } from '../access';
import type { VoterPetitionFilter } from '../generated/graphql';
import { addressedVisibleOnly, canReadAddressed } from '../visibility';
import { VoterPetition } from './voter-petition.entity';

const byRaised = (direction: 'ASC' | 'DESC') => ({ column: 'p.raised_on', direction, value: (p: VoterPetition) => p.raisedOn });

/**
 * Reading voter petitions: the three bodies read their jurisdiction's; department staff read
 * only what was forwarded to their department.
 */
export class PetitionsService {
  constructor(private readonly ctx: GraphContext) {}

  private get repo() {
    return this.ctx.db.getRepository(VoterPetition);
  }

  canRead(p: VoterPetition): boolean {
    return canReadAddressed(this.ctx.access, p.jurisdictionId, p.recipientDepartmentId);
  }

  private visibleOnly(qb: SelectQueryBuilder<VoterPetition>): void {
    addressedVisibleOnly(this.ctx.access, qb, 'p');
  }

  private load(ids: readonly string[]): Promise<VoterPetition[]> {
    return this.repo.createQueryBuilder('p').where('p.id = ANY(:ids)', { ids }).getMany();
  }

  /** Batched, unfiltered: for the lifecycle, which checks access itself. */
  loadOne(id: string): Promise<VoterPetition | null> {
    return this.ctx.loaders.get<string, VoterPetition>('VoterPetition.byId', async (ids) => byKeys(ids, await this.load(ids), (p) => p.id)).load(id);
  }

  /** Batched; petitions the user may not read come back as null. */
  async byId(id: string): Promise<VoterPetition | null> {
    const p = await this.loadOne(id);
    return p && this.canRead(p) ? p : null;
  }

  async get(id: string): Promise<VoterPetition | null> {
    this.ctx.access.requireSignedIn();
    uuid('id', id);
    const p = await this.loadOne(id);
    if (p && !this.canRead(p)) throw forbidden();
    return p;
  }

  list(filter: VoterPetitionFilter, page: PageArgs): Promise<Connection<VoterPetition>> {
    this.ctx.access.require([...FRONT_READERS, ...DEPARTMENT], { jurisdictionId: filter.jurisdictionId });
    uuid('filter.jurisdictionId', filter.jurisdictionId);
    const qb = this.repo.createQueryBuilder('p').where('p.jurisdiction_id = :j', { j: filter.jurisdictionId });
    this.visibleOnly(qb);
    if (filter.year != null) qb.andWhere('extract(year FROM p.raised_on) = :year', { year: filter.year });
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter.field) qb.andWhere('p.field = :field', { field: filter.field });
    if (filter.departmentId) {
      uuid('filter.departmentId', filter.departmentId);
      qb.andWhere('p.recipient_department_id = :d', { d: filter.departmentId });
    }
    if (filter.overdue != null) {
      const today = this.ctx.today();
      qb.andWhere(`(p.status = 'FORWARDED' AND p.answer_due < :today) = :overdue`, { today, overdue: filter.overdue });
    }
    return paginate(qb, page, byRaised('DESC'));
  }

  /** Nested petition lists (`meeting.petitions`, `reportedBackPetitions`, `repeats`), batched. */
  grouped(by: 'meeting_id' | 'reported_back_meeting_id' | 'repeat_of_id', parent: string, page: PageArgs): Promise<Connection<VoterPetition>> {
    return this.ctx.loaders
      .get<string, Connection<VoterPetition>>(`VoterPetition.by.${by}:${page.first ?? ''}:${page.after ?? ''}`, (parents) => {
        const source = this.repo
          .createQueryBuilder('p')
          .select(`p.${by}`, 'parent')
          .addSelect('p.id', 'id')
          .addSelect('p.raised_on', 'sort')
          .where(`p.${by} = ANY(:parents)`, { parents });
        this.visibleOnly(source);
        return paginateGroups(this.ctx.db, parents, page, { source, direction: 'ASC', load: (ids) => this.load(ids), sortOf: (p) => p.raisedOn });
      })
      .load(parent) as Promise<Connection<VoterPetition>>;
  }
}
