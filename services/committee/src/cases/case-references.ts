import { badInput, lockKey, notFound } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { Department } from '../directory/department.entity';
import { Official } from '../directory/official.entity';
import type { ReceiveCitizenCaseInput } from '../generated/graphql';
import { Jurisdiction } from '../jurisdictions/jurisdiction.entity';
import { ReceptionDay } from '../reception/reception-day.entity';
import { CASE_NUMBER_PREFIX } from './case-deadline';
import type { CitizenCaseKind } from './citizen-case.entity';

/** Inspectors by position; the head and deputy of an inspectorate (Chánh, Phó Chánh Thanh tra) inspect too. */
const INSPECTORATE_LEADS = ['DEPARTMENT_HEAD', 'DEPUTY_HEAD'];

/**
 * The inspector a case is given to: an active inspector of the department handling it. For a
 * denunciation this is the one person who reads the denouncer's identity.
 */
export async function checkHandlingInspector(m: EntityManager, id: string, department: Department, field = 'input.handlingInspectorId'): Promise<Official> {
  const o = await m.getRepository(Official).findOneBy({ id });
  if (!o || o.jurisdictionId !== department.jurisdictionId) throw notFound('Official', id, field);
  if (o.departmentId !== department.id) throw badInput(field, `${o.name} không thuộc ${department.name}.`);
  if (!o.active) throw badInput(field, `${o.name} đã thôi công tác.`);
  const inspects = o.position === 'INSPECTOR' || (department.kind === 'INSPECTORATE' && INSPECTORATE_LEADS.includes(o.position));
  if (!inspects) throw badInput(field, `${o.name} không phải thanh tra viên.`);
  return o;
}

/** The jurisdiction, an active handling department of it, its inspector and the reception day of a new case. */
export async function checkReceiveReferences(m: EntityManager, input: ReceiveCitizenCaseInput): Promise<void> {
  if (!(await m.getRepository(Jurisdiction).exists({ where: { id: input.jurisdictionId } }))) {
    throw notFound('Jurisdiction', input.jurisdictionId, 'input.jurisdictionId');
  }
  const department = await m.getRepository(Department).findOne({ where: { id: input.handlingDepartmentId } });
  if (!department || department.jurisdictionId !== input.jurisdictionId) {
    throw notFound('Department', input.handlingDepartmentId, 'input.handlingDepartmentId');
  }
  if (!department.active) throw badInput('input.handlingDepartmentId', `${department.name} đã giải thể.`);
  if (input.handlingInspectorId) await checkHandlingInspector(m, input.handlingInspectorId, department);
  if (input.receptionDayId) {
    const day = await m.getRepository(ReceptionDay).findOne({ where: { id: input.receptionDayId } });
    if (!day || day.jurisdictionId !== input.jurisdictionId) throw notFound('ReceptionDay', input.receptionDayId, 'input.receptionDayId');
    if (day.date !== input.receivedOn) throw badInput('input.receivedOn', 'Ngày nhận đơn phải là ngày tiếp công dân đã chọn.');
  }
}

/**
 * Số vào sổ: the next number of the jurisdiction's book for the kind and year ("TC-3/2026"): one
 * past the highest number already in that book, so imported or demo records with gaps (PA-1, PA-2,
 * PA-21) never make a new receipt reuse a taken number. The book is read by the numbers themselves,
 * prefix and year, which is what the unique key (jurisdiction, number) compares; a record whose
 * date was entered in another year still holds its number. The advisory lock holds concurrent
 * receipts of the same book until this one commits.
 */
export async function nextCaseNumber(m: EntityManager, jurisdictionId: string, kind: CitizenCaseKind, receivedOn: string): Promise<string> {
  const year = Number(receivedOn.slice(0, 4));
  await lockKey(m, 'citizen_case_number', jurisdictionId, kind, year);
  const [{ n }] = await m.query(
    `SELECT (coalesce(max(substring(number FROM $2)::numeric), 0) + 1)::text AS n FROM "committee"."citizen_case"
      WHERE jurisdiction_id = $1 AND number ~ $2`,
    [jurisdictionId, bookPattern(CASE_NUMBER_PREFIX[kind], year)],
  );
  return `${CASE_NUMBER_PREFIX[kind]}-${n as string}/${year}`;
}

/** The numbers of one book, the sequence number captured: "PA-21/2026" for PA and 2026. */
function bookPattern(prefix: string, year: number): string {
  return `^${prefix}-([0-9]+)/${year}$`;
}
