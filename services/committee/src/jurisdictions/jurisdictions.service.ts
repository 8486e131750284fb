import { byKeys, foldDiacritics, localDate, notFound, paginate, type GraphContext, type PageArgs } from '@phoihop/core';
import { Brackets } from 'typeorm';
import { Jurisdiction, type JurisdictionLevel } from './jurisdiction.entity';

export interface JurisdictionFilter {
  search?: string | null;
  level?: JurisdictionLevel | null;
  activeOn?: string | null;
  parentId?: string | null;
}

/**
 * The jurisdiction tree: readable by every signed-in user, whatever the role. Public
 * aggregates (the coordination report) name their jurisdiction to anonymous readers too.
 */
export class JurisdictionsService {
  constructor(
    private readonly ctx: GraphContext,
    o: { publicRead?: boolean } = {},
  ) {
    if (!o.publicRead) ctx.access.requireSignedIn();
  }

  private get repo() {
    return this.ctx.db.getRepository(Jurisdiction);
  }

  /** Batched: one statement per request however many ids are asked for. */
  byId(id: string): Promise<Jurisdiction | null> {
    return this.ctx.loaders
      .get<string, Jurisdiction>('Jurisdiction.byId', async (ids) =>
        byKeys(ids, await this.repo.createQueryBuilder('j').where('j.id = ANY(:ids)', { ids }).getMany(), (j) => j.id),
      )
      .load(id);
  }

  /** For non-null references: a dangling id is a data error, reported as NOT_FOUND. */
  async require(id: string): Promise<Jurisdiction> {
    const j = await this.byId(id);
    if (!j) throw notFound('Jurisdiction', id);
    return j;
  }

  list(filter: JurisdictionFilter, page: PageArgs) {
    const qb = this.repo.createQueryBuilder('j');
    if (filter.search) {
      const words = foldDiacritics(filter.search).split(' ').filter(Boolean);
      words.forEach((w, i) => qb.andWhere(`j.search_name LIKE :w${i}`, { [`w${i}`]: `%${w.replace(/[%_\\]/g, '\\$&')}%` }));
    }
    if (filter.level) qb.andWhere('j.level = :level', { level: filter.level });
    if (filter.parentId) qb.andWhere('j.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.activeOn) {
      qb.andWhere('j.active_from <= :on', { on: filter.activeOn }).andWhere(
        new Brackets((b) => b.where('j.active_to IS NULL').orWhere('j.active_to >= :on', { on: filter.activeOn })),
      );
    }
    return paginate(qb, page, { column: 'j.name', direction: 'ASC', value: (j) => j.name });
  }

  isActive(j: Jurisdiction): boolean {
    const today = localDate(this.ctx.clock.now());
    return j.activeFrom <= today && (j.activeTo === null || j.activeTo >= today);
  }

}
