import { TEXT_LIMIT, badInput, changeRow, changedText, conflict, emailAddress, foldDiacritics, notFound, requiredText, type GraphContext, createRow } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { ADMIN_RULE } from '../access';
import type { CreateDepartmentInput, UpdateDepartmentInput } from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
import { Department } from './department.entity';
import { HEAD_TITLES, openWorkOf, portfolio } from './directory-rules';
import { Official } from './official.entity';

/** Departments as admins keep them: names unique in a jurisdiction, one head, dissolved only when their work is done. */
export class DepartmentsAdminService {
  constructor(private readonly ctx: GraphContext) {}

  async create(input: CreateDepartmentInput): Promise<Department> {
    this.ctx.access.require(ADMIN_RULE.writers);
    const name = requiredText('input.name', input.name, { what: 'tên cơ quan, đơn vị', max: TEXT_LIMIT.name });
    const fields = portfolio(input.fields);
    const email = emailAddress('input.email', input.email) ?? null;
    return createRow(this.ctx, {
      operation: 'createDepartment',
      entity: Department,
      authorize: () => undefined, // ADMIN, checked above
      build: async (m) => {
      const jurisdiction = await m.getRepository(Jurisdiction).findOneBy({ id: input.jurisdictionId });
      if (!jurisdiction) throw notFound('Jurisdiction', input.jurisdictionId, 'input.jurisdictionId');
      if (jurisdiction.activeTo !== null && jurisdiction.activeTo < this.ctx.today()) throw conflict(`${jurisdiction.name} đã kết thúc hoạt động.`, 'input.jurisdictionId');
      if (input.kind === 'COMMUNE' && jurisdiction.level !== 'DISTRICT') {
        throw badInput('input.kind', 'Chỉ cấp huyện mới có UBND xã, phường trực thuộc như một đơn vị.');
      }
      await this.checkNameFree(m, input.jurisdictionId, name, null);
        return m.getRepository(Department).create({ jurisdictionId: input.jurisdictionId, name, searchName: foldDiacritics(name), kind: input.kind, fields, email, active: true });
      },
    });
  }

  async update(input: UpdateDepartmentInput): Promise<Department> {
    this.ctx.access.require(ADMIN_RULE.writers);
    const name = changedText('input.name', input.name, { what: 'tên cơ quan, đơn vị', max: TEXT_LIMIT.name });
    const fields = input.fields !== undefined ? portfolio(input.fields) : undefined;
    const email = emailAddress('input.email', input.email);
    if (input.kind === null) throw badInput('input.kind', 'Cần chọn loại cơ quan.');
    if (input.active === null) throw badInput('input.active', 'Cần chọn trạng thái.');
    return changeRow(this.ctx, {
      operation: 'updateDepartment',
      entity: Department,
      rule: ADMIN_RULE,
      id: input.id,
      field: 'input.id',
      apply: async (m, d) => {
      if (name && name !== d.name) await this.checkNameFree(m, d.jurisdictionId, name, d.id);
      if (input.kind === 'COMMUNE' && input.kind !== d.kind) {
        const j = await m.getRepository(Jurisdiction).findOneByOrFail({ id: d.jurisdictionId });
        if (j.level !== 'DISTRICT') throw badInput('input.kind', 'Chỉ cấp huyện mới có UBND xã, phường trực thuộc như một đơn vị.');
      }
      if (input.active === false && d.active) {
        const open = await openWorkOf(m, d.id);
        if (open.assignments + open.cases > 0) {
          throw conflict(
            `Còn ${open.assignments} nhiệm vụ và ${open.cases} vụ việc đang giải quyết; cần giao lại trước khi giải thể.`,
            'input.active',
          );
        }
      }
      Object.assign(
        d,
        name ? { name, searchName: foldDiacritics(name) } : {},
        input.kind ? { kind: input.kind } : {},
        fields ? { fields } : {},
        email !== undefined ? { email } : {},
        input.active != null ? { active: input.active } : {},
      );
      if (input.headOfficialId) await appointHead(m, d, input.headOfficialId, 'input.headOfficialId');
      },
    });
  }

  private async checkNameFree(m: EntityManager, jurisdictionId: string, name: string, self: string | null): Promise<void> {
    const other = await m.getRepository(Department).findOneBy({ jurisdictionId, name });
    if (other && other.id !== self) throw conflict(`Đã có ${name} trong đơn vị hành chính này.`, 'input.name');
  }
}

/**
 * Bổ nhiệm trưởng phòng: an active official of the department becomes its head; the head in
 * office steps down to deputy (the unique index allows one active head per department).
 */
export async function appointHead(m: EntityManager, d: Department, officialId: string, field: string): Promise<Official> {
  const repo = m.getRepository(Official);
  const official = await repo.findOneBy({ id: officialId });
  if (!official) throw notFound('Official', officialId, field);
  if (official.departmentId !== d.id) throw badInput(field, `${official.name} không thuộc ${d.name}.`);
  if (!official.active) throw badInput(field, `${official.name} đã thôi công tác.`);
  if (official.position === 'DEPARTMENT_HEAD') return official;
  const titles = HEAD_TITLES[d.kind];
  const current = await repo.findOneBy({ departmentId: d.id, position: 'DEPARTMENT_HEAD', active: true });
  if (current) await repo.save(Object.assign(current, { position: 'DEPUTY_HEAD', title: titles.deputy }));
  return repo.save(Object.assign(official, { position: 'DEPARTMENT_HEAD', title: titles.head, fields: [] }));
}
