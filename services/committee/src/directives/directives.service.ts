import {
  badInput,
  byKeys,
  conflict,
  forbidden,
  isIsoDate,
  localDate,
  nfc,
  notFound,
  paginate,
  recordDeadlineChange,
  type GraphContext,
  type PageArgs,
  type Role,
} from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { restrictToGrants } from '../access-scope';
import { CitizenCase } from '../cases/citizen-case.entity';
import { computeDeadlineFromReference as computeDue, ruleRef } from '@phoihop/core';
import { Department } from '../directory/department.entity';
import { Official } from '../directory/official.entity';
import type { IssueDirectiveInput } from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
import { Assignment } from './assignment.entity';
import { assignmentDeadlineChange } from './assignment-deadline';
import { Directive, type FollowUpSourceType } from './directive.entity';

/**
 * Who reads directives and assignments: the committee, its departments and inspectorate (their
 * own department's assignments only), and the bodies that follow up what they raised.
 */
export const FOLLOW_UP_READERS: Role[] = ['COMMITTEE_LEADER', 'DEPARTMENT_STAFF', 'INSPECTOR', 'COUNCIL_STANDING', 'FRONT_STANDING'];
const ISSUERS: Role[] = ['COMMITTEE_LEADER'];
const MAX_ASSIGNMENTS = 50;

export interface DirectiveFilter {
  jurisdictionId?: string | null;
  sourceType?: FollowUpSourceType | null;
  issuedFrom?: string | null;
  issuedTo?: string | null;
}

/** Directives: the documents themselves are read by everyone who follows up in the jurisdiction. */
export class DirectivesService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.require(FOLLOW_UP_READERS);
  }

  private load(id: string): Promise<Directive | null> {
    return this.ctx.loaders
      .get<string, Directive>('Directive.byId', async (ids) =>
        byKeys(ids, await this.ctx.db.getRepository(Directive).createQueryBuilder('d').where('d.id = ANY(:ids)', { ids }).getMany(), (d) => d.id),
      )
      .load(id);
  }

  async byId(id: string): Promise<Directive | null> {
    const d = await this.load(id);
    if (d && !this.ctx.access.has(FOLLOW_UP_READERS, { jurisdictionId: d.jurisdictionId })) throw forbidden();
    return d;
  }

  async require(id: string): Promise<Directive> {
    const d = await this.byId(id);
    if (!d) throw notFound('Directive', id);
    return d;
  }

  list(filter: DirectiveFilter, page: PageArgs) {
    const qb = this.ctx.db.getRepository(Directive).createQueryBuilder('d');
    restrictToGrants(qb, this.ctx.access, FOLLOW_UP_READERS, { jurisdiction: 'd.jurisdiction_id' });
    if (filter.jurisdictionId) qb.andWhere('d.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.sourceType) qb.andWhere('d.source_type = :t', { t: filter.sourceType });
    if (filter.issuedFrom) qb.andWhere('d.issued_on >= :from', { from: filter.issuedFrom });
    if (filter.issuedTo) qb.andWhere('d.issued_on <= :to', { to: filter.issuedTo });
    return paginate(qb, page, { column: 'd.issued_on', direction: 'DESC', value: (d) => d.issuedOn });
  }

  /** Issues a directive and its assignments; every assignment's deadline goes to the outbox. */
  async issue(input: IssueDirectiveInput): Promise<Directive> {
    this.ctx.access.require(ISSUERS, { jurisdictionId: input.jurisdictionId });
    const number = nfc(input.number.trim());
    const subject = nfc(input.subject.trim());
    if (!number) throw badInput('input.number', 'Cần nhập số hiệu văn bản.');
    if (!subject) throw badInput('input.subject', 'Cần nhập trích yếu văn bản.');
    if (!isIsoDate(input.issuedOn) || input.issuedOn > localDate(this.ctx.clock.now())) {
      throw badInput('input.issuedOn', 'Ngày ban hành không được sau hôm nay.');
    }
    if (input.assignments.length === 0) throw badInput('input.assignments', 'Văn bản chỉ đạo phải giao ít nhất một nhiệm vụ.');
    if (input.assignments.length > MAX_ASSIGNMENTS) throw badInput('input.assignments', `Tối đa ${MAX_ASSIGNMENTS} nhiệm vụ.`);
    input.assignments.forEach((a, i) => {
      if (!nfc(a.task.trim())) throw badInput(`input.assignments.${i}.task`, 'Cần nêu nội dung nhiệm vụ.');
      if (!isIsoDate(a.dueDate) || a.dueDate <= input.issuedOn) {
        throw badInput(`input.assignments.${i}.dueDate`, 'Hạn hoàn thành phải sau ngày ban hành văn bản.');
      }
      if (a.weight != null && (!Number.isInteger(a.weight) || a.weight < 1 || a.weight > 100)) {
        throw badInput(`input.assignments.${i}.weight`, 'Trọng số từ 1 đến 100.');
      }
    });

    return this.ctx.db.transaction(async (m) => {
      await this.checkReferences(m, input);
      const taken = await m.getRepository(Directive).exists({ where: { jurisdictionId: input.jurisdictionId, number } });
      if (taken) throw conflict(`Số hiệu ${number} đã được dùng.`, 'input.number');
      const directive = await m.getRepository(Directive).save(
        m.getRepository(Directive).create({
          jurisdictionId: input.jurisdictionId,
          number,
          issuedOn: input.issuedOn,
          signerId: input.signerId,
          subject,
          sourceType: input.source.type,
          sourceId: input.source.id,
          createdAt: this.ctx.clock.now(),
        }),
      );
      const departments = await m.getRepository(Department).findByIds(input.assignments.map((a) => a.departmentId));
      for (const a of input.assignments) {
        const due = await computeDue(this.ctx.db, { kind: 'ASSIGNMENT', start: input.issuedOn, explicitDue: a.dueDate });
        const source = a.source ?? input.source;
        const department = departments.find((d) => d.id === a.departmentId)!;
        const assignment = await m.getRepository(Assignment).save(
          m.getRepository(Assignment).create({
            directiveId: directive.id,
            jurisdictionId: input.jurisdictionId,
            departmentId: a.departmentId,
            sourceType: source.type,
            sourceId: source.id,
            task: nfc(a.task.trim()),
            field: a.field ?? department.fields[0] ?? null,
            weight: a.weight ?? 1,
            dueDate: due.due!,
            dueRule: ruleRef(due),
            dueExplanation: due.explanation,
            status: 'OPEN',
            progress: 0,
            completedOn: null,
            completionReport: null,
            createdAt: this.ctx.clock.now(),
          }),
        );
        await recordDeadlineChange(m, assignmentDeadlineChange(assignment, directive, input.issuedOn));
      }
      return directive;
    });
  }

  /** Unknown ids are NOT_FOUND naming the field; references into other subgraphs are not checked here. */
  private async checkReferences(m: EntityManager, input: IssueDirectiveInput): Promise<void> {
    if (!(await m.getRepository(Jurisdiction).exists({ where: { id: input.jurisdictionId } }))) {
      throw notFound('Jurisdiction', input.jurisdictionId, 'input.jurisdictionId');
    }
    const signer = await m.getRepository(Official).findOne({ where: { id: input.signerId } });
    if (!signer || signer.jurisdictionId !== input.jurisdictionId) throw notFound('Official', input.signerId, 'input.signerId');
    if (signer.position !== 'CHAIR' && signer.position !== 'VICE_CHAIR') {
      throw badInput('input.signerId', 'Người ký phải là Chủ tịch hoặc Phó Chủ tịch UBND.');
    }
    const ids = [...new Set(input.assignments.map((a) => a.departmentId))];
    const found = await m.getRepository(Department).findByIds(ids);
    input.assignments.forEach((a, i) => {
      const d = found.find((x) => x.id === a.departmentId);
      if (!d || d.jurisdictionId !== input.jurisdictionId) throw notFound('Department', a.departmentId, `input.assignments.${i}.departmentId`);
      if (!d.active) throw badInput(`input.assignments.${i}.departmentId`, `${d.name} đã giải thể.`);
    });
    const caseSources = [
      { field: 'input.source.id', source: input.source },
      ...input.assignments.map((a, i) => ({ field: `input.assignments.${i}.source.id`, source: a.source })),
    ].filter((s) => s.source?.type === 'CITIZEN_CASE');
    for (const s of caseSources) {
      const c = await m.getRepository(CitizenCase).findOne({ where: { id: s.source!.id } });
      if (!c || c.jurisdictionId !== input.jurisdictionId) throw notFound('CitizenCase', s.source!.id, s.field);
    }
  }
}
