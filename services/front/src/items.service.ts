import { notFound, rowLoader, paginateGroups, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import type { EntityManager, FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { FrontRule } from './access';

interface Item {
  id: string;
  jurisdictionId: string;
}

/** A nested list of items grouped by a parent column (see {@link ItemsService.grouped}). */
export interface GroupedList<E extends ObjectLiteral> {
  /** Names the loader: `VoterContactRound.meetings`. */
  name: string;
  /** Selects `parent` for the given parents (joins allowed); `id` and `sort` are added. */
  source(parents: readonly string[]): SelectQueryBuilder<E>;
  sort: string;
  direction: 'ASC' | 'DESC';
  sortOf(item: E): string;
}

/**
 * Reading one kind of Front item under its rule, the same way for the root field, lists,
 * nested fields and `__resolveReference`: rows are batched by id, and a row the user may not
 * read is null (nested), refused (root field and references: another subgraph's answer then
 * carries null and FORBIDDEN at that item's path) or left out (lists).
 */
export class ItemsService<E extends Item & ObjectLiteral> {
  constructor(
    protected readonly ctx: GraphContext,
    readonly rule: FrontRule<E>,
    readonly alias: string,
  ) {}

  get repo() {
    return this.ctx.db.getRepository(this.rule.entity);
  }

  query(): SelectQueryBuilder<E> {
    return this.repo.createQueryBuilder(this.alias);
  }

  /** Unfiltered: for the command path, which authorizes on the locked row. */
  load(ids: readonly string[]): Promise<E[]> {
    return this.query().where(`${this.alias}.id = ANY(:ids)`, { ids }).getMany();
  }

  /** A row the input names, unfiltered (the command authorizes on what it belongs to); NOT_FOUND on the field. */
  async found(id: string, field: string, m: EntityManager = this.ctx.db.manager): Promise<E> {
    const item = await m.getRepository(this.rule.entity).findOneBy({ id } as FindOptionsWhere<E>);
    if (!item) throw notFound(this.repo.metadata.name, id, field);
    return item;
  }

  private loadOne(id: string): Promise<E | null> {
    return rowLoader(this.ctx, this.rule.entity).load(id);
  }

  /** Batched; an item the user may not read comes back as null. */
  async byId(id: string): Promise<E | null> {
    const item = await this.loadOne(id);
    return item && this.ctx.access.canRead(this.rule, item) ? item : null;
  }

  /** The root field and references: null when there is none, UNAUTHENTICATED or FORBIDDEN when the rule refuses. */
  async get(id: string): Promise<E | null> {
    return this.ctx.access.readable(this.rule, await this.loadOne(id));
  }

  /** A list in one jurisdiction: refused outside the user's, narrowed to the rows the rule lets them read. */
  inJurisdiction(jurisdictionId: string): SelectQueryBuilder<E> {
    this.ctx.access.require(this.rule.readers, { jurisdictionId });
    return this.visible(this.query().where(`${this.alias}.jurisdiction_id = :jurisdictionId`, { jurisdictionId }));
  }

  /** The rule as SQL on the query's alias. */
  visible<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    const { departmentColumn } = this.rule;
    return this.ctx.access.restrict(qb, this.rule.readers, {
      jurisdiction: `${this.alias}.jurisdiction_id`,
      ...(departmentColumn ? { department: `${this.alias}.${departmentColumn}` } : {}),
    });
  }

  /** A nested list for a batch of parents: two statements whatever the batch. */
  grouped(list: GroupedList<E>, parent: string, page: PageArgs): Promise<Connection<E>> {
    return this.ctx.loaders
      .get<string, Connection<E>>(`${list.name}:${page.first ?? ''}:${page.after ?? ''}`, (parents) => {
        const source = this.visible(list.source(parents).addSelect(`${this.alias}.id`, 'id').addSelect(list.sort, 'sort'));
        return paginateGroups(this.ctx.db, parents, page, { source: source as SelectQueryBuilder<ObjectLiteral>, direction: list.direction, load: (ids) => this.load(ids), sortOf: list.sortOf });
      })
      .load(parent) as Promise<Connection<E>>;
  }
}
