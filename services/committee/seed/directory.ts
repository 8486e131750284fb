import { foldDiacritics } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import type { DataSource } from 'typeorm';
import type { DepartmentKind } from '../src/directory/department.entity';
import { DEFAULT_TITLE as TITLE } from '../src/directory/directory-rules';
import type { OfficialPosition } from '../src/directory/official.entity';

const J = DEMO.jurisdictions;
const byCode = Object.fromEntries(Object.values(J).map((j) => [j.code, j.id]));

/** The former town, whose work is of 2022, and the ward whose work is of 2026. */
export const TOWN = J.hongLinh.id;
export const WARD = J.bacHongLinh.id;
export const TOWN_DEPARTMENTS = DEMO.departments;

/** The wards' departments and officials live in the shared demo directory (core). */
export const WARD_DEPARTMENTS = DEMO.wardDepartments;
export const WARD_OFFICIALS = DEMO.wardOfficials;

const email = (id: string) => `cb-${id.slice(0, 8)}@honglinh.hatinh.gov.vn`;

/**
 * The demo directory: the four DEMO jurisdictions with their parent links, the former town's
 * departments and officials (DEMO ids) and the new wards'. Idempotent (ON CONFLICT DO NOTHING).
 */
export async function seedDirectory(db: DataSource): Promise<void> {
  await db.transaction(async (m) => {
    for (const j of [J.haTinh, J.hongLinh, J.bacHongLinh, J.namHongLinh]) {
      await m.query(
        `INSERT INTO "committee"."jurisdiction" (id, code, name, search_name, level, parent_id, active_from, active_to)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
        [j.id, j.code, j.name, foldDiacritics(j.name), j.level, j.parent ? byCode[j.parent] : null, j.activeFrom, j.activeTo],
      );
    }
    const departments: Array<{ id: string; jurisdiction: string; name: string; kind: DepartmentKind; fields: readonly string[] }> = [
      ...Object.values(DEMO.departments).map((d) => ({ ...d, jurisdiction: J.hongLinh.id, fields: 'fields' in d ? d.fields : [] })),
      ...Object.values(WARD_DEPARTMENTS),
    ];
    for (const d of departments) {
      await m.query(
        `INSERT INTO "committee"."department" (id, jurisdiction_id, name, search_name, kind, fields, email)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
        [d.id, d.jurisdiction, d.name, foldDiacritics(d.name), d.kind, d.fields, email(d.id)],
      );
    }
    const officials = [
      ...Object.values(DEMO.officials).map((o) => ({
        id: o.id,
        jurisdiction: J.hongLinh.id,
        name: o.name,
        position: o.position as OfficialPosition,
        fields: 'fields' in o ? o.fields : [],
        department: 'department' in o ? DEMO.departments[o.department].id : null,
      })),
      ...Object.values(WARD_OFFICIALS),
    ];
    for (const o of officials) {
      await m.query(
        `INSERT INTO "committee"."official" (id, jurisdiction_id, department_id, name, search_name, position, title, fields, email, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, true) ON CONFLICT (id) DO NOTHING`,
        [o.id, o.jurisdiction, o.department, o.name, foldDiacritics(o.name), o.position, TITLE[o.position], o.fields, email(o.id)],
      );
    }
  });
}
