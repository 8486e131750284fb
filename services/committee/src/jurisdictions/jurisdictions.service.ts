import { rowLoader, foldDiacritics, groupByKeys, notFound, paginate, paginateGroups, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import { Brackets } from 'typeorm';
import { Jurisdiction, type JurisdictionLevel } from './jurisdiction.entity';

export interface JurisdictionFilter {
  search?: string | null;
  level?: JurisdictionLevel | null;
  activeOn?: string | null;
  parentId?: string | null;
}

/**
 * The jurisdiction tree: searchable by every signed-in user, whatever the role. A jurisdiction's
 * name, code and level are public: anonymous readers of public records (session schedules,
 * resolutions, the coordination report) reach it through references (`publicRead`).
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
    return rowLoader(this.ctx, Jurisdiction).load(id);
  }

  /**
   * The jurisdiction and every one under it (its communes and wards, a former district's too),
   * itself first; batched: one recursive statement per request.
   */
  withDescendants(id: string): Promise<string[]> {
    return this.ctx.loaders
      .get<string, string[]>('Jurisdiction.withDescendants', async (roots) => {
        const table = this.ctx.db.getMetadata(Jurisdiction).tablePath;
        const rows: Array<{ root: string; id: string }> = await this.ctx.db.query(
          `WITH RECURSIVE t(root, id, depth) AS (
             SELECT j.id, j.id, 0 FROM ${table} j WHERE j.id = ANY($1::uuid[])
             UNION ALL SELECT t.root, j.id, t.depth + 1 FROM ${table} j JOIN t ON j.parent_id = t.id)
           SELECT root::text AS root, id::text AS id FROM t ORDER BY root, depth, id`,
          [roots],
        );
        return groupByKeys(roots, rows, (r) => r.root).map((list) => list.map((r) => r.id));
      })
      .load(id) as Promise<string[]>;
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

  /** Children of every parent of the request in two statements, whatever the number of parents. */
  children(parentId: string, args: PageArgs): Promise<Connection<Jurisdiction>> {
    return this.ctx.loaders
      .get<string, Connection<Jurisdiction>>(`Jurisdiction.children:${JSON.stringify(args)}`, (parents) =>
        paginateGroups(this.ctx.db, parents, args, {
          source: this.repo
            .createQueryBuilder('j')
            .select('j.parent_id', 'parent')
            .addSelect('j.id', 'id')
            .addSelect('j.name', 'sort')
            .where('j.parent_id = ANY(:parents)', { parents }),
          direction: 'ASC',
          load: (ids) => this.repo.createQueryBuilder('j').where('j.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (j) => j.name,
        }),
      )
      .load(parentId) as Promise<Connection<Jurisdiction>>;
  }

  isActive(j: Jurisdiction): boolean {
    const today = this.ctx.today();
    return j.activeFrom <= today && (j.activeTo === null || j.activeTo >= today);
  }
}
