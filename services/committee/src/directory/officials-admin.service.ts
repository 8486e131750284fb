import {
  TEXT_LIMIT,
  badInput,
  changeRow,
  changedText,
  conflict,
  foldDiacritics,
  notFound,
  optionalText,
  requiredText,
  emailAddress,
  phoneNumber,
  type GraphContext,
  createRow,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { ADMIN_RULE } from '../access';
import type { CreateOfficialInput, UpdateOfficialInput } from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
import { appointHead } from './departments-admin.service';
import { Department } from './department.entity';
import { DEFAULT_TITLE, portfolio } from './directory-rules';
import { Official, type OfficialPosition } from './official.entity';

const LEADERS: OfficialPosition[] = ['CHAIR', 'VICE_CHAIR'];

/** What an official is after a create or an update, checked as a whole. */
type Draft = Pick<Official, 'jurisdictionId' | 'departmentId' | 'position' | 'fields' | 'active'>;

/**
 * Officials as admins keep them. The workers route notifications by this directory, so it
 * stays unambiguous: one chair per jurisdiction, one head per department, a field in at most
 * one vice-chair's portfolio, and no department left headless by a deactivation or a move.
 */
export class OfficialsAdminService {
  constructor(private readonly ctx: GraphContext) {}

  async create(input: CreateOfficialInput): Promise<Official> {
    this.ctx.access.require(ADMIN_RULE.writers);
    const name = requiredText('input.name', input.name, { what: 'họ tên', max: TEXT_LIMIT.name });
    const fields = portfolio(input.fields);
    const email = emailAddress('input.email', input.email) ?? null;
    const phone = phoneNumber('input.phone', input.phone) ?? null;
    const draft: Draft = { jurisdictionId: input.jurisdictionId, departmentId: input.departmentId ?? null, position: input.position, fields, active: true };
    this.checkShape(draft);
    return createRow(this.ctx, {
      operation: 'createOfficial',
      entity: Official,
      authorize: () => undefined, // ADMIN, checked above
      build: async (m) => {
        if (!(await m.getRepository(Jurisdiction).exists({ where: { id: input.jurisdictionId } }))) {
          throw notFound('Jurisdiction', input.jurisdictionId, 'input.jurisdictionId');
        }
        await this.checkPlace(m, draft, null);
        const title = optionalText('input.title', input.title, { max: TEXT_LIMIT.name }) ?? DEFAULT_TITLE[input.position];
        return m.getRepository(Official).create({ ...draft, name, searchName: foldDiacritics(name), title, email, phone });
      },
    });
  }

  async update(input: UpdateOfficialInput): Promise<Official> {
    this.ctx.access.require(ADMIN_RULE.writers);
    const name = changedText('input.name', input.name, { what: 'họ tên', max: TEXT_LIMIT.name });
    const fields = input.fields !== undefined ? portfolio(input.fields) : undefined;
    const email = emailAddress('input.email', input.email);
    const phone = phoneNumber('input.phone', input.phone);
    if (input.position === null) throw badInput('input.position', 'Cần chọn chức vụ.');
    if (input.active === null) throw badInput('input.active', 'Cần chọn trạng thái.');
    return changeRow(this.ctx, {
      operation: 'updateOfficial',
      entity: Official,
      rule: ADMIN_RULE,
      id: input.id,
      field: 'input.id',
      apply: async (m, o) => {
      const draft: Draft = {
        jurisdictionId: o.jurisdictionId,
        departmentId: input.departmentId !== undefined ? input.departmentId : o.departmentId,
        position: input.position ?? o.position,
        fields: fields ?? (input.position && input.position !== 'VICE_CHAIR' ? [] : o.fields),
        active: input.active ?? o.active,
      };
      this.checkShape(draft);
      const leavesHead = o.active && o.position === 'DEPARTMENT_HEAD' && (!draft.active || draft.position !== 'DEPARTMENT_HEAD' || draft.departmentId !== o.departmentId);
      if (input.newDepartmentHeadId && !leavesHead) {
        throw badInput('input.newDepartmentHeadId', 'Chỉ chỉ định người kế nhiệm khi trưởng phòng thôi giữ chức vụ.');
      }
      if (leavesHead && !input.newDepartmentHeadId) {
        throw conflict(`${o.name} đang là trưởng phòng; cần chỉ định người kế nhiệm.`, 'input.newDepartmentHeadId');
      }
      if (o.active && !draft.active) await this.checkNoOpenCases(m, o);
      await this.checkPlace(m, draft, o.id);
      if (input.newDepartmentHeadId === o.id) throw badInput('input.newDepartmentHeadId', 'Người kế nhiệm phải là người khác.');
      const previousDepartment = o.departmentId;
      Object.assign(
        o,
        draft,
        name ? { name, searchName: foldDiacritics(name) } : {},
        input.title !== undefined ? { title: optionalText('input.title', input.title, { max: TEXT_LIMIT.name }) ?? DEFAULT_TITLE[draft.position] } : input.position ? { title: DEFAULT_TITLE[draft.position] } : {},
        email !== undefined ? { email } : {},
        phone !== undefined ? { phone } : {},
      );
      if (leavesHead) {
        // Saved first: the successor's appointment reads the department's heads as they now stand.
        await m.getRepository(Official).save(o);
        const department = await m.getRepository(Department).findOneByOrFail({ id: previousDepartment! });
        await appointHead(m, department, input.newDepartmentHeadId!, 'input.newDepartmentHeadId');
      }
      },
    });
  }

  /** Rules that need no database: where each position belongs and who carries a portfolio. */
  private checkShape(d: Draft): void {
    const leader = LEADERS.includes(d.position);
    if (leader && d.departmentId) throw badInput('input.departmentId', 'Chủ tịch, Phó Chủ tịch UBND không thuộc phòng, ban.');
    if (!leader && !d.departmentId) throw badInput('input.departmentId', 'Cần chọn cơ quan, đơn vị công tác.');
    if (d.position === 'VICE_CHAIR' && d.fields.length === 0) throw badInput('input.fields', 'Phó Chủ tịch phải có lĩnh vực phụ trách.');
    if (d.position !== 'VICE_CHAIR' && d.fields.length > 0) throw badInput('input.fields', 'Chỉ Phó Chủ tịch mới có lĩnh vực phụ trách.');
  }

  /** The department, the one chair, the one head and the vice-chairs' portfolios, excluding the official edited. */
  private async checkPlace(m: EntityManager, d: Draft, self: string | null): Promise<void> {
    const repo = m.getRepository(Official);
    if (d.departmentId) {
      const department = await m.getRepository(Department).findOneBy({ id: d.departmentId });
      if (!department || department.jurisdictionId !== d.jurisdictionId) throw notFound('Department', d.departmentId, 'input.departmentId');
      if (!department.active && d.active) throw badInput('input.departmentId', `${department.name} đã giải thể.`);
    }
    if (!d.active) return;
    const others = repo.createQueryBuilder('o').where('o.active').andWhere('o.id <> :self', { self: self ?? '00000000-0000-0000-0000-000000000000' });
    if (d.position === 'CHAIR' && (await others.clone().andWhere('o.jurisdiction_id = :j AND o.position = :p', { j: d.jurisdictionId, p: 'CHAIR' }).getExists())) {
      throw conflict('Đơn vị hành chính đã có Chủ tịch UBND.', 'input.position');
    }
    if (d.position === 'DEPARTMENT_HEAD' && (await others.clone().andWhere('o.department_id = :d AND o.position = :p', { d: d.departmentId, p: 'DEPARTMENT_HEAD' }).getExists())) {
      throw conflict('Cơ quan đã có trưởng phòng; bổ nhiệm trưởng phòng mới qua updateDepartment.', 'input.position');
    }
    if (d.position === 'VICE_CHAIR') {
      const taken = await others
        .clone()
        .andWhere('o.jurisdiction_id = :j AND o.position = :p AND o.fields && :fields::text[]', { j: d.jurisdictionId, p: 'VICE_CHAIR', fields: d.fields })
        .getOne();
      if (taken) {
        const shared = d.fields.filter((f) => taken.fields.includes(f)).join(', ');
        throw conflict(`Lĩnh vực ${shared} đã do ${taken.name} phụ trách.`, 'input.fields');
      }
    }
  }

  /** The handling inspector of an open case must hand it over first (the denouncer's identity goes with it). */
  private async checkNoOpenCases(m: EntityManager, o: Official): Promise<void> {
    const [{ n }] = await m.query(
      `SELECT count(*)::int AS n FROM "committee"."citizen_case" WHERE handling_inspector_id = $1 AND status IN ('RECEIVED', 'ACCEPTED', 'SUSPENDED')`,
      [o.id],
    );
    if (n > 0) throw conflict(`${o.name} đang giải quyết ${n} vụ việc; cần chuyển đơn trước khi cho thôi công tác.`, 'input.active');
  }
}
