import { rowLoader, foldDiacritics, groupByKeys, nfc, paginate, type GraphContext, type PageArgs } from '@phoihop/core';
import type { FieldOfResponsibility } from '../generated/graphql';
import { Department, type DepartmentKind } from './department.entity';
import { Official, type OfficialPosition } from './official.entity';

export interface DepartmentFilter {
  jurisdictionId?: string | null;
  kind?: DepartmentKind | null;
  field?: FieldOfResponsibility | null;
  search?: string | null;
  includeInactive?: boolean | null;
}

export interface OfficialFilter {
  jurisdictionId?: string | null;
  departmentId?: string | null;
  position?: OfficialPosition | null;
  field?: FieldOfResponsibility | null;
  search?: string | null;
  includeInactive?: boolean | null;
}

const likeWords = (search: string) =>
  foldDiacritics(search)
    .split(' ')
    .filter(Boolean)
    .map((w) => `%${w.replace(/[%_\\]/g, '\\$&')}%`);

/**
 * The committee's directory: departments and officials. Readable by every signed-in user,
 * including the SERVICE role the workers use to find notification recipients.
 */
export class DirectoryService {
  constructor(private readonly ctx: GraphContext) {}

  department(id: string): Promise<Department | null> {
    this.ctx.access.requireSignedIn();
    return rowLoader(this.ctx, Department).load(id);
  }

  official(id: string): Promise<Official | null> {
    this.ctx.access.requireSignedIn();
    return rowLoader(this.ctx, Official).load(id);
  }

  /** The active head of a department, batched across departments. */
  async headOf(departmentId: string): Promise<Official | null> {
    this.ctx.access.requireSignedIn();
    const heads = await this.ctx.loaders
      .get<string, Official[]>('Department.head', async (ids) =>
        groupByKeys(
          ids,
          await this.ctx.db
            .getRepository(Official)
            .createQueryBuilder('o')
            .where('o.department_id = ANY(:ids)', { ids })
            .andWhere(`o.position = 'DEPARTMENT_HEAD' AND o.active`)
            .orderBy('o.name')
            .getMany(),
          (o) => o.departmentId!,
        ),
      )
      .load(departmentId);
    return heads?.[0] ?? null;
  }

  departments(filter: DepartmentFilter, page: PageArgs) {
    this.ctx.access.requireSignedIn();
    const qb = this.ctx.db.getRepository(Department).createQueryBuilder('d');
    if (filter.jurisdictionId) qb.andWhere('d.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.kind) qb.andWhere('d.kind = :kind', { kind: filter.kind });
    if (filter.field) qb.andWhere(':field = ANY(d.fields)', { field: filter.field });
    if (!filter.includeInactive) qb.andWhere('d.active');
    if (filter.search) likeWords(filter.search).forEach((w, i) => qb.andWhere(`d.search_name LIKE :w${i}`, { [`w${i}`]: w }));
    return paginate(qb, page, { column: 'd.name', direction: 'ASC', value: (d) => d.name });
  }

  officials(filter: OfficialFilter, page: PageArgs) {
    this.ctx.access.requireSignedIn();
    const qb = this.ctx.db.getRepository(Official).createQueryBuilder('o');
    if (filter.jurisdictionId) qb.andWhere('o.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.departmentId) qb.andWhere('o.department_id = :d', { d: filter.departmentId });
    if (filter.position) qb.andWhere('o.position = :p', { p: filter.position });
    if (filter.field) qb.andWhere(':field = ANY(o.fields)', { field: filter.field });
    if (!filter.includeInactive) qb.andWhere('o.active');
    if (filter.search) likeWords(filter.search).forEach((w, i) => qb.andWhere(`o.search_name LIKE :w${i}`, { [`w${i}`]: w }));
    return paginate(qb, page, { column: 'o.name', direction: 'ASC', value: (o) => o.name });
  }
}

/** Search key stored beside a name. */
export const searchName = (name: string): string => foldDiacritics(nfc(name));
