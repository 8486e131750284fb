import { DEMO } from '@phoihop/core/seed';
import { notifications } from '@phoihop/notifications';
import type { TestGraph } from '../../../test/support/graph';
import { admin, userWith } from '../../../test/support/users';
import { codeOf, count, startCommitteeGraph } from './support/fixtures';

const WARD = DEMO.jurisdictions.bacHongLinh.id;
const OFFICE = DEMO.wardDepartments.bacOffice.id;
const CHAIR = DEMO.wardOfficials.bacChair.id;
const VICE = DEMO.wardOfficials.bacViceSocial.id;
const STANDING_MEMBERS = [DEMO.delegates.councilChair.id, DEMO.delegates.councilVice.id];
const leader = userWith('COMMITTEE_LEADER', { jurisdictionId: WARD }, { officialId: CHAIR });
const standing = userWith('COUNCIL_STANDING', { jurisdictionId: WARD });
const staff = userWith('DEPARTMENT_STAFF', { jurisdictionId: WARD, departmentId: DEMO.wardDepartments.bacEconomy.id });

const SCHEDULE = `mutation ($input: ScheduleReceptionDayInput!) { scheduleReceptionDay(input: $input) { id date hostingBody } }`;
const VISIT = `mutation ($input: RecordReceptionVisitInput!) { recordReceptionVisit(input: $input) { id outcome visitedOn receptionDay { id } case { id } guidance refusalGround receivedByName } }`;
const MINIMUM = `query ($j: ID!, $y: Int!, $min: Int) { receptionMinimum(jurisdictionId: $j, year: $y, minimumDays: $min) { year months { month chairDays required met legalBasis } shortfalls { month } } }`;
const REPORT = `query ($j: ID!) { coordinationReport(jurisdictionId: $j, year: 2026) {
  committee { receptionDays receptionDaysHostedByCouncil receptionVisits receptionVisitsByOutcome { outcome visits } receptionMinimumShortfalls }
  sections { key lines } } }`;

/** Issue #13, item 7: reception under Law 136/2025 — the council's days, the book of visits, the chair's monthly minimum. */
describe('citizen reception under Law 136/2025', () => {
  let graph: TestGraph;
  const days: Record<string, string> = {};
  const schedule = async (date: string, input: Record<string, unknown> = {}, as = leader) => {
    const r = await graph.ok<{ scheduleReceptionDay: { id: string; date: string; hostingBody: string } }>(SCHEDULE, { input: { jurisdictionId: WARD, date, place: 'Phòng tiếp công dân UBND phường Bắc Hồng Lĩnh', hostOfficialIds: [CHAIR], ...input } }, as);
    days[date] = r.scheduleReceptionDay.id;
    return r.scheduleReceptionDay;
  };

  beforeAll(async () => {
    graph = await startCommitteeGraph('committee_law136_reception', '2026-10-05T09:00:00+07:00', undefined, [notifications]);
    // The chair receives on Thursdays: four in July, two in August (a vice-chair stood in once), four in September.
    for (const d of ['2026-07-02', '2026-07-09', '2026-07-16', '2026-07-23', '2026-08-06', '2026-08-13', '2026-09-03', '2026-09-10', '2026-09-24']) await schedule(d);
    await schedule('2026-08-20', { hostOfficialIds: [VICE] });
  });
  afterAll(() => graph?.close());

  it('records the council Standing Committee\'s own reception day and a joint one; each body only its own', async () => {
    const own = await schedule('2026-09-25', { hostingBody: 'COUNCIL_STANDING', hostOfficialIds: [], delegateIds: STANDING_MEMBERS, place: 'Trụ sở HĐND phường Bắc Hồng Lĩnh' }, standing);
    expect(own).toMatchObject({ date: '2026-09-25', hostingBody: 'COUNCIL_STANDING' });
    const joint = await schedule('2026-09-17', { hostingBody: 'JOINT', delegateIds: [STANDING_MEMBERS[0]] }, standing);
    expect(joint.hostingBody).toBe('JOINT');

    const before = await count(graph, 'reception_day');
    const base = { jurisdictionId: WARD, date: '2026-09-30', place: 'Trụ sở HĐND phường', hostOfficialIds: [], delegateIds: STANDING_MEMBERS };
    expect(codeOf((await graph.query(SCHEDULE, { input: { ...base, hostOfficialIds: [CHAIR] } }, standing)).errors).code).toBe('FORBIDDEN');
    expect(codeOf((await graph.query(SCHEDULE, { input: { ...base, hostingBody: 'COUNCIL_STANDING' } }, leader)).errors).code).toBe('FORBIDDEN');
    expect(codeOf((await graph.query(SCHEDULE, { input: { ...base, hostingBody: 'COUNCIL_STANDING', delegateIds: [] } }, standing)).errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.delegateIds' });
    expect(codeOf((await graph.query(SCHEDULE, { input: { ...base, hostingBody: 'JOINT' } }, standing)).errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.hostOfficialIds' });
    expect(await count(graph, 'reception_day')).toBe(before);
  });

  it('lists the months where the commune chair received citizens on fewer days than the minimum, with the rule in force each month', async () => {
    const r = await graph.ok<{ receptionMinimum: { months: Array<{ month: number; chairDays: number; required: number; met: boolean; legalBasis: string }>; shortfalls: Array<{ month: number }> } }>(MINIMUM, { j: WARD, y: 2026 }, leader);
    // January–September have ended; October has not.
    expect(r.receptionMinimum.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.receptionMinimum.months.slice(6).map((m) => [m.month, m.chairDays, m.met])).toEqual([[7, 4, true], [8, 2, false], [9, 4, true]]);
    expect(r.receptionMinimum.shortfalls.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    expect(r.receptionMinimum.months[5].legalBasis).toMatch(/42\/2013\/QH13.*01 ngày trong 01 tuần/);
    expect(r.receptionMinimum.months[6].legalBasis).toMatch(/136\/2025\/QH15/);
    // A locality that sets two days a month: August passes.
    const two = await graph.ok<{ receptionMinimum: { shortfalls: Array<{ month: number }> } }>(MINIMUM, { j: WARD, y: 2026, min: 2 }, standing);
    expect(two.receptionMinimum.shortfalls.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6]);
    // A ward founded on 1 July 2025: only its own months of 2025.
    const founded = await graph.ok<{ receptionMinimum: { months: Array<{ month: number }> } }>(MINIMUM, { j: WARD, y: 2025 }, leader);
    expect(founded.receptionMinimum.months.map((m) => m.month)).toEqual([7, 8, 9, 10, 11, 12]);

    expect(codeOf((await graph.query(MINIMUM, { j: DEMO.jurisdictions.hongLinh.id, y: 2026 }, admin())).errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'jurisdictionId' });
    expect(codeOf((await graph.query(MINIMUM, { j: WARD, y: 2026, min: 0 }, leader)).errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'minimumDays' });
    expect(codeOf((await graph.query(MINIMUM, { j: WARD, y: 2026 }, staff)).errors).code).toBe('FORBIDDEN');
  });

  it('keeps the reception book: guided, case opened, answered, refused with its ground', async () => {
    const receipt = await graph.ok<{ receiveCitizenCase: { id: string } }>(`mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id } }`, {
      input: {
        jurisdictionId: WARD, kind: 'COMPLAINT', round: 'FIRST', channel: 'RECEPTION', receivedOn: '2026-09-03', receptionDayId: days['2026-09-03'], handlingDepartmentId: OFFICE,
        subject: 'Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất', content: 'Khiếu nại việc UBND phường chậm cấp giấy chứng nhận quyền sử dụng đất.', petitionerName: 'Phạm Thị Hạnh',
      },
    }, leader);
    const at = (date: string, input: Record<string, unknown>, as = leader) =>
      graph.query<{ recordReceptionVisit: Record<string, unknown> }>(VISIT, { input: { jurisdictionId: WARD, receptionDayId: days[date], visitedOn: date, citizenName: 'Phạm Thị Hạnh', subject: 'Việc cấp giấy chứng nhận quyền sử dụng đất', ...input } }, as);

    const opened = await at('2026-09-03', { outcome: 'CASE_OPENED', caseId: receipt.receiveCitizenCase.id });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.recordReceptionVisit).toMatchObject({ outcome: 'CASE_OPENED', receptionDay: { id: days['2026-09-03'] }, case: { id: receipt.receiveCitizenCase.id }, receivedByName: leader.name });
    expect((await at('2026-09-03', { citizenName: 'Nguyễn Văn Tư', subject: 'Hỏi về thủ tục tách thửa', outcome: 'GUIDED', guidance: 'Hướng dẫn nộp hồ sơ tại Bộ phận một cửa phường.' })).errors).toBeUndefined();
    const councilDay = await at('2026-09-25', { citizenName: 'Lê Văn Hòa', subject: 'Kiến nghị về việc chậm sửa chữa đường liên tổ', outcome: 'ANSWERED', guidance: 'Thường trực HĐND trả lời: đã đưa vào kế hoạch sửa chữa quý IV.' }, standing);
    expect(councilDay.errors).toBeUndefined();
    const regular = await graph.ok<{ recordReceptionVisit: { receptionDay: null; refusalGround: string } }>(VISIT, {
      input: { jurisdictionId: WARD, visitedOn: '2026-09-29', citizenName: 'Trần Văn Mạnh', subject: 'Tiếp tục khiếu nại vụ việc đã có quyết định giải quyết lần hai', outcome: 'REFUSED', refusalGround: 'Vụ việc đã giải quyết đúng chính sách, đã được kiểm tra, rà soát, thông báo bằng văn bản (Luật Tiếp công dân, Điều 9).' },
    }, leader);
    expect(regular.recordReceptionVisit.receptionDay).toBeNull();

    const before = await count(graph, 'reception_visit');
    expect(codeOf((await at('2026-09-10', { outcome: 'GUIDED', guidance: 'Hướng dẫn', visitedOn: '2026-09-11' })).errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.visitedOn' });
    expect(codeOf((await at('2026-09-10', { outcome: 'CASE_OPENED' })).errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
    expect(codeOf((await at('2026-09-10', { outcome: 'REFUSED' })).errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.refusalGround' });
    expect(codeOf((await at('2026-09-10', { outcome: 'GUIDED' })).errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.guidance' });
    expect(codeOf((await at('2026-09-10', { outcome: 'ANSWERED', citizenName: ' ' })).errors)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.citizenName' });
    expect(codeOf((await at('2026-09-10', { outcome: 'ANSWERED' }, staff)).errors).code).toBe('FORBIDDEN');
    expect(await count(graph, 'reception_visit')).toBe(before);

    // The schedule is public, the book is not.
    const dayQuery = `query ($id: ID!) { receptionDay(id: $id) { date visits { totalCount nodes { citizenName outcome } } } }`;
    expect((await graph.ok<{ receptionDay: { visits: { totalCount: number } } }>(dayQuery, { id: days['2026-09-03'] })).receptionDay.visits.totalCount).toBe(0);
    const book = await graph.ok<{ receptionDay: { visits: { nodes: Array<{ outcome: string }> } } }>(dayQuery, { id: days['2026-09-03'] }, leader);
    expect(book.receptionDay.visits.nodes.map((v) => v.outcome).sort()).toEqual(['CASE_OPENED', 'GUIDED']);
    const list = await graph.ok<{ receptionVisits: { totalCount: number } }>(`query ($j: ID!) { receptionVisits(jurisdictionId: $j, outcome: REFUSED) { totalCount } }`, { j: WARD }, standing);
    expect(list.receptionVisits.totalCount).toBe(1);
    expect(codeOf((await graph.query(`query ($j: ID!) { receptionVisits(jurisdictionId: $j) { totalCount } }`, { j: WARD }, staff)).errors).code).toBe('FORBIDDEN');
  });

  it('counts the council\'s reception days, the visits by outcome and the months short of the minimum in the year\'s report', async () => {
    const r = await graph.ok<{ coordinationReport: { committee: Record<string, unknown>; sections: Array<{ key: string; lines: string[] }> } }>(REPORT, { j: WARD });
    expect(r.coordinationReport.committee).toEqual({
      receptionDays: 12,
      receptionDaysHostedByCouncil: 2,
      receptionVisits: 4,
      receptionVisitsByOutcome: [{ outcome: 'GUIDED', visits: 1 }, { outcome: 'CASE_OPENED', visits: 1 }, { outcome: 'ANSWERED', visits: 1 }, { outcome: 'REFUSED', visits: 1 }],
      receptionMinimumShortfalls: [1, 2, 3, 4, 5, 6, 8],
    });
    const lines = r.coordinationReport.sections.find((s) => s.key === 'CITIZEN_RECEPTION_AND_CASES')!.lines;
    expect(lines).toEqual(expect.arrayContaining([
      'UBND phường đã tổ chức 12 buổi tiếp công dân, trong đó Thường trực HĐND phường chủ trì hoặc cùng chủ trì 2 buổi.',
      'Đã tiếp 4 lượt công dân (1 lượt được hướng dẫn, giải thích, 1 lượt tiếp nhận đơn, 1 lượt được trả lời trực tiếp, 1 lượt từ chối tiếp).',
      'Chủ tịch UBND phường chưa trực tiếp tiếp công dân đủ số ngày tối thiểu trong tháng 1, 2, 3, 4, 5, 6, 8.',
    ]));
    // The printable page on the gateway (and its .docx, made from the same document) carries the figures.
    const page = await fetch(graph.gatewayUrl.replace(/\/graphql$/, `/reports/coordination/${WARD}/2026`));
    const html = await page.text();
    expect(page.status).toBe(200);
    for (const row of ['Buổi tiếp công dân / do Thường trực HĐND chủ trì, cùng chủ trì', '12 / 2', 'Lượt tiếp công dân', 'Tháng Chủ tịch UBND chưa tiếp đủ số ngày tối thiểu', '1, 2, 3, 4, 5, 6, 8']) {
      expect(html).toContain(row);
    }
  });
});
