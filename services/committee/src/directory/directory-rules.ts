import { badInput } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import type { DepartmentKind } from './department.entity';
import type { OfficialPosition } from './official.entity';
import type { FieldOfResponsibility } from '../generated/graphql';

const FIELD_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;
const MAX_FIELDS = 20;

/** Chức danh written on documents when none is given. */
export const DEFAULT_TITLE: Record<OfficialPosition, string> = {
  CHAIR: 'Chủ tịch UBND',
  VICE_CHAIR: 'Phó Chủ tịch UBND',
  DEPARTMENT_HEAD: 'Trưởng phòng',
  DEPUTY_HEAD: 'Phó Trưởng phòng',
  STAFF: 'Chuyên viên',
  INSPECTOR: 'Thanh tra viên',
};

/** The head's and the deputy's titles by kind of department. */
export const HEAD_TITLES: Record<DepartmentKind, { head: string; deputy: string }> = {
  SPECIALISED_OFFICE: { head: 'Trưởng phòng', deputy: 'Phó Trưởng phòng' },
  COMMUNE: { head: 'Chủ tịch UBND xã', deputy: 'Phó Chủ tịch UBND xã' },
  PUBLIC_SERVICE_UNIT: { head: 'Giám đốc', deputy: 'Phó Giám đốc' },
  INSPECTORATE: { head: 'Chánh Thanh tra', deputy: 'Phó Chánh Thanh tra' },
};

/** Field-of-responsibility codes (LAND, CONSTRUCTION, …): upper case, unique, at most 20. */
export function fieldCodes(values: readonly string[] | null | undefined, field: string): string[] {
  const codes = [...new Set((values ?? []).map((v) => v.trim()))];
  codes.forEach((c, i) => {
    if (!FIELD_CODE.test(c)) throw badInput(`${field}.${i}`, `Mã lĩnh vực "${c}" không hợp lệ (chữ in hoa, ví dụ LAND).`);
  });
  if (codes.length > MAX_FIELDS) throw badInput(field, `Tối đa ${MAX_FIELDS} lĩnh vực.`);
  return codes;
}

/** Open assignments and open cases of a department: it cannot be dissolved while any remain. */
export async function openWorkOf(m: EntityManager, departmentId: string): Promise<{ assignments: number; cases: number }> {
  const [row] = await m.query(
    `SELECT (SELECT count(*)::int FROM "committee"."assignment" WHERE department_id = $1 AND status IN ('OPEN', 'IN_PROGRESS')) AS assignments,
            (SELECT count(*)::int FROM "committee"."citizen_case" WHERE handling_department_id = $1 AND status IN ('RECEIVED', 'ACCEPTED', 'SUSPENDED')) AS cases`,
    [departmentId],
  );
  return row;
}

/** The shared FieldOfResponsibility codes (core's vocabulary.graphql), for checks at run time. */
export const FIELDS_OF_RESPONSIBILITY: readonly FieldOfResponsibility[] = [
  'LAND', 'ENVIRONMENT', 'CONSTRUCTION', 'TRANSPORT', 'URBAN', 'SOCIAL_POLICY', 'LABOUR',
  'FINANCE', 'INVESTMENT', 'EDUCATION', 'HEALTH', 'SECURITY_ORDER', 'ADMINISTRATION', 'OTHER',
];

/** A department's first portfolio code that is a field of responsibility (an assignment's default). */
export const defaultField = (departmentFields: readonly string[]): FieldOfResponsibility | null =>
  (departmentFields.find((f) => (FIELDS_OF_RESPONSIBILITY as readonly string[]).includes(f)) as FieldOfResponsibility | undefined) ?? null;
