import { DEMO } from '@phoihop/core/seed';
import type { TestGraph } from '../../../test/support/graph';
import { userWith } from '../../../test/support/users';
import { HL, codeOf, count, startCommitteeGraph, users } from './support/fixtures';

const J = DEMO.jurisdictions;
const WD = DEMO.wardDepartments;
const WO = DEMO.wardOfficials;
const MISSING = '00000000-0000-4000-8000-000000000000';

const CREATE_J = `mutation ($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { id code name level active activeFrom activeTo parent { name } } }`;
const UPDATE_J = `mutation ($input: UpdateJurisdictionInput!) { updateJurisdiction(input: $input) { id name active activeTo } }`;
const CREATE_D = `mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name kind fields email active head { name } jurisdiction { name } } }`;
const UPDATE_D = `mutation ($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id name active head { id name position title } } }`;
const CREATE_O = `mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id name position title fields email phone active department { name } } }`;
const UPDATE_O = `mutation ($input: UpdateOfficialInput!) { updateOfficial(input: $input) { id position active department { name head { name } } } }`;

describe('directory administration through the gateway', () => {
  let graph: TestGraph;
  const tables = ['jurisdiction', 'department', 'official'];
  const snapshot = () => Promise.all(tables.map((t) => count(graph, t)));

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_directory_admin', '2026-11-27T09:00:00+07:00');
  });
  afterAll(() => graph?.close());

  /** Runs a mutation expected to fail: the code and field a client reads, and not one row written. */
  async function refused(doc: string, input: Record<string, unknown>, code: string, field: string | undefined, as = users.admin) {
    const before = await snapshot();
    const r = await graph.query(doc, { input }, as);
    expect(codeOf(r.errors)).toEqual({ code, field });
    expect(await snapshot()).toEqual(before);
  }

  describe('jurisdictions', () => {
    const commune = { code: '18124', name: 'Xã Tùng Lộc', level: 'COMMUNE', parentId: J.haTinh.id, activeFrom: '2025-07-01' };
    let created: { id: string };

    it('creates a commune of the province, active from the reform', async () => {
      const data = await graph.ok<{ createJurisdiction: { id: string } }>(CREATE_J, { input: commune }, users.admin);
      created = data.createJurisdiction;
      expect(data.createJurisdiction).toMatchObject({ code: '18124', level: 'COMMUNE', active: true, activeTo: null, parent: { name: 'Tỉnh Hà Tĩnh' } });
    });

    it('files a commune under the former town when its life ended before 1 July 2025', async () => {
      const data = await graph.ok<{ createJurisdiction: unknown }>(
        CREATE_J,
        { input: { code: '18085', name: 'Xã Thuận Lộc', level: 'COMMUNE', parentId: HL, activeFrom: '1994-01-01', activeTo: '2019-12-31' } },
        users.admin,
      );
      expect(data.createJurisdiction).toMatchObject({ active: false, parent: { name: 'Thị xã Hồng Lĩnh' } });
    });

    it.each([
      ['a code already used', { code: J.bacHongLinh.code }, 'CONFLICT', 'input.code'],
      ['a commune code of four digits', { code: '1812' }, 'BAD_USER_INPUT', 'input.code'],
      ['a current commune under a district', { code: '18125', parentId: HL }, 'BAD_USER_INPUT', 'input.parentId'],
      ['an unknown parent', { code: '18125', parentId: MISSING }, 'NOT_FOUND', 'input.parentId'],
      ['no parent', { code: '18125', parentId: null }, 'BAD_USER_INPUT', 'input.parentId'],
      ['an end before the start', { code: '18125', activeTo: '2025-06-30' }, 'BAD_USER_INPUT', 'input.activeTo'],
      ['a province with a parent', { code: '43', level: 'PROVINCE', parentId: J.haTinh.id }, 'BAD_USER_INPUT', 'input.parentId'],
      ['a district still running after the reform', { code: '437', level: 'DISTRICT', activeFrom: '1990-01-01' }, 'BAD_USER_INPUT', 'input.activeTo'],
      ['a commune older than its province', { code: '18125', activeFrom: '1980-01-01', activeTo: '1990-01-01' }, 'BAD_USER_INPUT', 'input.parentId'],
    ])('refuses %s', async (_what, over, code, field) => {
      await refused(CREATE_J, { ...commune, ...over }, code, field);
    });

    it('closes a jurisdiction only once its children are closed', async () => {
      await refused(UPDATE_J, { id: J.haTinh.id, activeTo: '2026-12-31' }, 'CONFLICT', 'input.activeTo');
      const closed = await graph.ok<{ updateJurisdiction: unknown }>(UPDATE_J, { input: { id: created.id, activeTo: '2026-11-26', name: ' Xã Tùng Lộc ' } }, users.admin);
      expect(closed.updateJurisdiction).toEqual({ id: created.id, name: 'Xã Tùng Lộc', active: false, activeTo: '2026-11-26' });
      const reopened = await graph.ok<{ updateJurisdiction: unknown }>(UPDATE_J, { input: { id: created.id, activeTo: null } }, users.admin);
      expect(reopened.updateJurisdiction).toMatchObject({ active: true, activeTo: null });
    });

    it('leaves the tree to admins', async () => {
      await refused(CREATE_J, { ...commune, code: '18126' }, 'FORBIDDEN', undefined, userWith('COMMITTEE_LEADER', { jurisdictionId: J.bacHongLinh.id }));
      await refused(UPDATE_J, { id: MISSING, name: 'x' }, 'NOT_FOUND', 'input.id');
    });
  });

  describe('departments and officials', () => {
    const centre = {
      jurisdictionId: J.bacHongLinh.id,
      name: 'Trung tâm Phục vụ hành chính công phường Bắc Hồng Lĩnh',
      kind: 'PUBLIC_SERVICE_UNIT',
      fields: ['ADMINISTRATION'],
      email: 'TTHCC.bachonglinh@hatinh.gov.vn',
    };
    let centreId: string;
    let clerkId: string;

    it('creates a department with its fields, no head yet', async () => {
      const data = await graph.ok<{ createDepartment: { id: string } }>(CREATE_D, { input: centre }, users.admin);
      centreId = data.createDepartment.id;
      expect(data.createDepartment).toMatchObject({ kind: 'PUBLIC_SERVICE_UNIT', fields: ['ADMINISTRATION'], email: 'tthcc.bachonglinh@hatinh.gov.vn', active: true, head: null });
    });

    it.each([
      ['a name already used in the ward', {}, 'CONFLICT', 'input.name'],
      ['a malformed email', { name: 'Ban A', email: 'tthcc@' }, 'BAD_USER_INPUT', 'input.email'],
      ['a lower-case field code', { name: 'Ban A', fields: ['LAND', 'land'] }, 'BAD_USER_INPUT', 'input.fields.1'],
      ['a commune as a department of a ward', { name: 'Ban A', kind: 'COMMUNE' }, 'BAD_USER_INPUT', 'input.kind'],
      ['a closed jurisdiction', { name: 'Ban A', jurisdictionId: HL }, 'CONFLICT', 'input.jurisdictionId'],
      ['an unknown jurisdiction', { name: 'Ban A', jurisdictionId: MISSING }, 'NOT_FOUND', 'input.jurisdictionId'],
    ])('refuses a department with %s', async (_what, over, code, field) => {
      await refused(CREATE_D, { ...centre, ...over }, code, field);
    });

    it('adds an official and appoints them head, titled by the kind of department', async () => {
      const clerk = await graph.ok<{ createOfficial: { id: string } }>(
        CREATE_O,
        { input: { jurisdictionId: J.bacHongLinh.id, departmentId: centreId, name: 'Nguyễn Thị Minh Thư', position: 'STAFF', email: 'thu.ntm@hatinh.gov.vn', phone: '0912 345 678' } },
        users.admin,
      );
      clerkId = clerk.createOfficial.id;
      expect(clerk.createOfficial).toMatchObject({ title: 'Chuyên viên', phone: '0912345678', active: true, department: { name: centre.name } });
      const appointed = await graph.ok<{ updateDepartment: unknown }>(UPDATE_D, { input: { id: centreId, headOfficialId: clerkId } }, users.admin);
      expect(appointed.updateDepartment).toMatchObject({ head: { id: clerkId, position: 'DEPARTMENT_HEAD', title: 'Giám đốc' } });
      await refused(UPDATE_D, { id: centreId, headOfficialId: WO.bacHeadEconomy.id }, 'BAD_USER_INPUT', 'input.headOfficialId');
    });

    it.each([
      ['a second chair', { position: 'CHAIR', departmentId: null }, 'CONFLICT', 'input.position'],
      ['a second head of a department', { position: 'DEPARTMENT_HEAD' }, 'CONFLICT', 'input.position'],
      ['a vice-chair without a portfolio', { position: 'VICE_CHAIR', departmentId: null }, 'BAD_USER_INPUT', 'input.fields'],
      ['a vice-chair in a department', { position: 'VICE_CHAIR', fields: ['SECURITY_ORDER'] }, 'BAD_USER_INPUT', 'input.departmentId'],
      ['a vice-chair taking a field another covers', { position: 'VICE_CHAIR', departmentId: null, fields: ['SECURITY_ORDER', 'LAND'] }, 'CONFLICT', 'input.fields'],
      ['staff with a portfolio', { fields: ['LAND'] }, 'BAD_USER_INPUT', 'input.fields'],
      ['staff without a department', { departmentId: null }, 'BAD_USER_INPUT', 'input.departmentId'],
      ['a department of another ward', { departmentId: WD.namEconomy.id }, 'NOT_FOUND', 'input.departmentId'],
      ['a malformed email', { email: 'cuong@@hatinh' }, 'BAD_USER_INPUT', 'input.email'],
      ['a short phone number', { phone: '0912' }, 'BAD_USER_INPUT', 'input.phone'],
      ['an empty name', { name: '  ' }, 'BAD_USER_INPUT', 'input.name'],
    ])('refuses %s', async (_what, over, code, field) => {
      await refused(CREATE_O, { jurisdictionId: J.bacHongLinh.id, departmentId: WD.bacEconomy.id, name: 'Hoàng Văn Đức', position: 'STAFF', ...over }, code, field);
    });

    it('gives a vice-chair a free portfolio', async () => {
      const data = await graph.ok<{ createOfficial: unknown }>(
        CREATE_O,
        { input: { jurisdictionId: J.bacHongLinh.id, name: 'Đinh Công Sáng', position: 'VICE_CHAIR', fields: ['INVESTMENT'] } },
        users.admin,
      );
      expect(data.createOfficial).toMatchObject({ position: 'VICE_CHAIR', title: 'Phó Chủ tịch UBND', fields: ['INVESTMENT'], department: null });
    });

    it('does not let a head leave without a successor, who then heads the department', async () => {
      await refused(UPDATE_O, { id: WO.bacHeadEconomy.id, active: false }, 'CONFLICT', 'input.newDepartmentHeadId');
      await refused(UPDATE_O, { id: WO.bacHeadEconomy.id, position: 'STAFF' }, 'CONFLICT', 'input.newDepartmentHeadId');
      await refused(UPDATE_O, { id: WO.bacHeadEconomy.id, active: false, newDepartmentHeadId: clerkId }, 'BAD_USER_INPUT', 'input.newDepartmentHeadId');
      const deputy = await graph.ok<{ createOfficial: { id: string } }>(
        CREATE_O,
        { input: { jurisdictionId: J.bacHongLinh.id, departmentId: WD.bacEconomy.id, name: 'Trần Quốc Huy', position: 'DEPUTY_HEAD' } },
        users.admin,
      );
      const left = await graph.ok<{ updateOfficial: unknown }>(
        UPDATE_O,
        { input: { id: WO.bacHeadEconomy.id, active: false, newDepartmentHeadId: deputy.createOfficial.id } },
        users.admin,
      );
      expect(left.updateOfficial).toEqual({ id: WO.bacHeadEconomy.id, position: 'DEPARTMENT_HEAD', active: false, department: { name: WD.bacEconomy.name, head: { name: 'Trần Quốc Huy' } } });
      const heads = await graph.ok<{ officials: { nodes: Array<{ name: string }> } }>(
        `{ officials(departmentId: "${WD.bacEconomy.id}", position: DEPARTMENT_HEAD) { nodes { name } } }`,
        {},
        userWith('SERVICE'),
      );
      expect(heads.officials.nodes).toEqual([{ name: 'Trần Quốc Huy' }]);
    });

    it('dissolves a department once its work is handed over, and lists it only when asked', async () => {
      const issued = await graph.ok<{ issueDirective: { assignments: { nodes: Array<{ id: string }> } } }>(
        `mutation ($input: IssueDirectiveInput!) { issueDirective(input: $input) { assignments { nodes { id } } } }`,
        {
          input: {
            jurisdictionId: J.bacHongLinh.id, number: '401/UBND-VP', issuedOn: '2026-11-27', signerId: WO.bacChair.id,
            subject: 'Rà soát quy trình tiếp nhận hồ sơ', source: { type: 'RECOMMENDATION', id: MISSING },
            assignments: [{ departmentId: centreId, task: 'Rà soát quy trình tiếp nhận hồ sơ đất đai', dueDate: '2026-12-18' }],
          },
        },
        userWith('COMMITTEE_LEADER', { jurisdictionId: J.bacHongLinh.id }),
      );
      await refused(UPDATE_D, { id: centreId, active: false }, 'CONFLICT', 'input.active');
      await graph.ok(
        `mutation ($input: ReassignAssignmentInput!) { reassignAssignment(input: $input) { id } }`,
        { input: { assignmentId: issued.issueDirective.assignments.nodes[0].id, departmentId: WD.bacOffice.id, reason: 'Trung tâm sáp nhập vào Văn phòng' } },
        userWith('COMMITTEE_LEADER', { jurisdictionId: J.bacHongLinh.id }),
      );
      const done = await graph.ok<{ updateDepartment: { active: boolean } }>(UPDATE_D, { input: { id: centreId, active: false } }, users.admin);
      expect(done.updateDepartment.active).toBe(false);
      const LIST = (extra: string) => `{ departments(jurisdictionId: "${J.bacHongLinh.id}"${extra}) { nodes { name active } } }`;
      const listed = await graph.ok<{ departments: { nodes: Array<{ name: string }> } }>(LIST(''), {}, users.admin);
      expect(listed.departments.nodes.map((d) => d.name)).not.toContain(centre.name);
      const all = await graph.ok<{ departments: { nodes: Array<{ name: string; active: boolean }> } }>(LIST(', includeInactive: true'), {}, users.admin);
      expect(all.departments.nodes).toContainEqual({ name: centre.name, active: false });
      await refused(CREATE_O, { jurisdictionId: J.bacHongLinh.id, departmentId: centreId, name: 'Lê Văn A', position: 'STAFF' }, 'BAD_USER_INPUT', 'input.departmentId');
    });

    it('leaves the directory to admins', async () => {
      await refused(CREATE_D, { ...centre, name: 'Ban B' }, 'FORBIDDEN', undefined, userWith('COMMITTEE_LEADER', { jurisdictionId: J.bacHongLinh.id }));
      await refused(UPDATE_O, { id: WO.bacChair.id, name: 'X' }, 'FORBIDDEN', undefined, userWith('DEPARTMENT_STAFF', { jurisdictionId: J.bacHongLinh.id, departmentId: WD.bacEconomy.id }));
    });
  });
});
