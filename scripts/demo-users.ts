import { type UserContext } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';

const ward = DEMO.jurisdictions.bacHongLinh.id;
const town = DEMO.jurisdictions.hongLinh.id;
const both = (role: UserContext['grants'][number]['role'], extra: { departmentId?: string } = {}) => [
  { role, jurisdictionId: ward, ...extra },
  { role, jurisdictionId: town, ...extra },
];

/** Demo sign-ins for `npm run token -- <name>` and the start banner. */
export const DEMO_USERS: Record<string, UserContext> = {
  admin: { userId: 'demo-admin', name: 'Quản trị hệ thống', grants: [{ role: 'ADMIN' }] },
  council: {
    userId: 'demo-council-standing',
    name: DEMO.delegates.councilChair.name,
    delegateId: DEMO.delegates.councilChair.id,
    grants: [...both('COUNCIL_STANDING'), ...both('DELEGATE')],
  },
  delegate: { userId: 'demo-delegate', name: DEMO.delegates.delegate1.name, delegateId: DEMO.delegates.delegate1.id, grants: both('DELEGATE') },
  chair: {
    userId: 'demo-committee-chair',
    name: DEMO.wardOfficials.bacChair.name,
    officialId: DEMO.wardOfficials.bacChair.id,
    grants: both('COMMITTEE_LEADER'),
  },
  /** Staff of the land department: the town's until 2025, the ward's economy department since. */
  staff: {
    userId: 'demo-staff-kt',
    name: DEMO.officials.staffNatural.name,
    officialId: DEMO.officials.staffNatural.id,
    grants: [
      { role: 'DEPARTMENT_STAFF', jurisdictionId: ward, departmentId: DEMO.wardDepartments.bacEconomy.id },
      { role: 'DEPARTMENT_STAFF', jurisdictionId: town, departmentId: DEMO.departments.natural.id },
    ],
  },
  inspector: {
    userId: 'demo-inspector',
    name: DEMO.officials.inspector.name,
    officialId: DEMO.officials.inspector.id,
    grants: both('INSPECTOR', { departmentId: DEMO.departments.inspectorate.id }),
  },
  front: { userId: 'demo-front-standing', name: DEMO.front.chair.name, grants: both('FRONT_STANDING') },
  service: { userId: 'workers', name: 'Phối Hợp workers', grants: [{ role: 'SERVICE' }] },
};
