import { committee } from '@phoihop/committee';
import { seedDemo as seedCommittee } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { seedDemo as seedCouncil } from '@phoihop/council/seed';
import { loadConfig, signDevelopmentToken, stableId } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { seedDemo as seedFront } from '@phoihop/front/seed';
import { notifications } from '@phoihop/notifications';
import { seedDemo as seedNotifications } from '@phoihop/notifications/seed';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';

const TOWN = DEMO.jurisdictions.hongLinh.id;
const WARD = DEMO.jurisdictions.bacHongLinh.id;
const TODAY = '2026-11-27T09:00:00+07:00';

const REPORT = `query ($j: ID!, $y: Int!) { coordinationReport(jurisdictionId: $j, year: $y) {
  summary
  sections { key title lines }
  council { sessions resolutions surveys supervisions recommendationsOverdue }
  committee { casesOpenOverdue assignmentsOpenOverdue }
  front { voterContactRounds meetingPoints voters petitionsOverdue frontRecommendationsOverdue }
} }`;

interface Report {
  summary: string;
  sections: Array<{ key: string; title: string; lines: string[] }>;
  council: Record<string, number>;
  committee: Record<string, number>;
  front: Record<string, number>;
}

describe("the year's coordination report, as officials read it", () => {
  let graph: TestGraph;
  let statements: string[] | null = null;
  const report = async (j: string, y: number) => (await graph.ok<{ coordinationReport: Report }>(REPORT, { j, y })).coordinationReport;

  beforeAll(async () => {
    graph = await startTestGraph('e2e_report', [council, committee, front, notifications], {
      now: TODAY,
      onQuery: (service, sql) => statements?.push(`${service}: ${sql}`),
    });
    await seedCommittee(graph.db.committee, graph.clock);
    await seedCouncil(graph.db.council, graph.clock);
    await seedFront(graph.db.front, graph.clock);
    await seedNotifications(graph.db.notifications, graph.clock);
  }, 120_000);
  afterAll(() => graph?.close());

  it('reads out the figures of the real 2022 Hồng Lĩnh review, anonymously', async () => {
    const r = await report(TOWN, 2022);
    expect(r.summary).toBe(r.summary.normalize('NFC'));
    expect(r.summary.startsWith('Năm 2022, HĐND thị xã đã tổ chức 7 kỳ họp, ban hành 28 nghị quyết thuộc thẩm quyền')).toBe(true);
    expect(r.summary).toContain('Thường trực HĐND, các ban của HĐND thị xã đã tổ chức 6 cuộc khảo sát, giám sát');
    expect(r.summary).toContain(
      'Cũng trong năm 2022, Thường trực HĐND thị xã đã phối hợp với Ủy ban MTTQ Việt Nam thị xã tổ chức 5 đợt tiếp xúc cử tri ' +
        'cho đại biểu HĐND tại 46 điểm với gần 4.000 cử tri tham gia (3.936 lượt cử tri)',
    );
    // The text is written from the same figures the graph serves.
    expect(r.council).toMatchObject({ sessions: 7, resolutions: 28 });
    expect(r.council.surveys + r.council.supervisions).toBe(6);
    expect(r.front).toMatchObject({ voterContactRounds: 5, meetingPoints: 46, voters: 3936 });
    expect(r.summary).toContain('UBND thị xã đã tiếp nhận 21 đơn thư');
  });

  it('splits the report into the sections the conference reads, each line with its figure', async () => {
    const r = await report(TOWN, 2022);
    expect(r.sections.map((s) => [s.key, s.title])).toEqual([
      ['SESSIONS_AND_RESOLUTIONS', 'Kỳ họp và nghị quyết'],
      ['SUPERVISIONS_AND_RECOMMENDATIONS', 'Khảo sát, giám sát và kiến nghị'],
      ['VOTER_CONTACT', 'Tiếp xúc cử tri và kiến nghị cử tri'],
      ['CITIZEN_RECEPTION_AND_CASES', 'Tiếp công dân, giải quyết khiếu nại, tố cáo'],
      ['DIRECTIVES_AND_ASSIGNMENTS', 'Chỉ đạo, giao nhiệm vụ'],
      ['SHORTCOMINGS', 'Tồn tại, hạn chế'],
    ]);
    const lines = Object.fromEntries(r.sections.map((s) => [s.key, s.lines]));
    expect(lines.SESSIONS_AND_RESOLUTIONS[0]).toMatch(/^HĐND thị xã đã tổ chức 7 kỳ họp, ban hành 28 nghị quyết thuộc thẩm quyền; trong đó có /);
    expect(lines.SUPERVISIONS_AND_RECOMMENDATIONS[0]).toBe(
      `Thường trực HĐND, các ban của HĐND thị xã đã tổ chức 6 cuộc khảo sát, giám sát (${r.council.surveys} cuộc khảo sát, ${r.council.supervisions} cuộc giám sát).`,
    );
    expect(lines.VOTER_CONTACT[0]).toContain('5 đợt tiếp xúc cử tri cho đại biểu HĐND tại 46 điểm với gần 4.000 cử tri tham gia (3.936 lượt cử tri).');
    expect(lines.CITIZEN_RECEPTION_AND_CASES.join(' ')).toContain('21 đơn thư');
    expect(lines.DIRECTIVES_AND_ASSIGNMENTS[0]).toBe('UBND thị xã đã ban hành 41 văn bản chỉ đạo, giao 43 nhiệm vụ cho các cơ quan, đơn vị tham mưu, tổ chức thực hiện.');
    expect(r.sections.every((s) => s.lines.length > 0 && s.lines.every((l) => l.endsWith('.') && l === l.normalize('NFC')))).toBe(true);
  });

  it("names what is still overdue today as the year's shortcomings", async () => {
    const r = await report(WARD, 2026);
    const shortcomings = r.sections.find((s) => s.key === 'SHORTCOMINGS')!.lines;
    expect(r.council.recommendationsOverdue).toBeGreaterThan(0);
    expect(shortcomings).toEqual(
      expect.arrayContaining([
        `Còn ${r.council.recommendationsOverdue} kiến nghị sau giám sát quá hạn chưa được giải quyết.`,
        `Còn ${r.committee.assignmentsOpenOverdue} nhiệm vụ được giao quá hạn chưa hoàn thành.`,
        `Còn ${r.front.petitionsOverdue} kiến nghị cử tri quá hạn chưa được trả lời.`,
      ]),
    );
    expect(shortcomings.at(-1)).toBe('Số liệu quá hạn tính đến ngày 27/11/2026.');
    // By department, the same overdue work adds up to the figures.
    const { coordinationReport: byDepartment } = await graph.ok<{ coordinationReport: { overdueByDepartment: Array<{ departmentName: string; assignments: number; cases: number }> } }>(
      `query ($j: ID!) { coordinationReport(jurisdictionId: $j, year: 2026) { overdueByDepartment { departmentName assignments cases } } }`,
      { j: WARD },
    );
    const rows = byDepartment.overdueByDepartment;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.reduce((s, d) => s + d.assignments, 0)).toBe(r.committee.assignmentsOpenOverdue);
    expect(rows.reduce((s, d) => s + d.cases, 0)).toBe(r.committee.casesOpenOverdue);
    const behind = rows.map((d) => d.assignments + d.cases);
    expect(behind).toEqual([...behind].sort((a, b) => b - a));
    expect(r.summary).toContain(`Tính đến ngày 27/11/2026, còn ${r.council.recommendationsOverdue} kiến nghị sau giám sát quá hạn chưa được giải quyết`);
    expect(r.summary.startsWith('Năm 2026, HĐND phường đã tổ chức')).toBe(true);
  });

  it('says so honestly when the year has no records', async () => {
    const r = await report(WARD, 2025);
    expect(r.summary).toBe('Chưa có số liệu về công tác phối hợp năm 2025 của Phường Bắc Hồng Lĩnh trong hệ thống.');
    expect(r.sections).toHaveLength(6);
    expect(r.sections.map((s) => s.lines)).toEqual(r.sections.map((s) => [`Chưa có số liệu về ${s.title.toLowerCase()}.`]));
  });

  it('refuses an unknown or malformed jurisdiction and a year out of range, naming the field', async () => {
    const unknown = await graph.query(REPORT, { j: stableId('jurisdiction', 'nowhere'), y: 2022 });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'jurisdictionId' });
    expect(unknown.data ?? null).toBeNull();
    const malformed = await graph.query(REPORT, { j: 'hong-linh', y: 2022 });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'jurisdictionId' });
    const year = await graph.query(REPORT, { j: TOWN, y: 1890 });
    expect(year.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    // The ward was founded on 1 July 2025; 2027 has not begun on the test's clock.
    const before = await graph.query(REPORT, { j: WARD, y: 2024 });
    expect(before.errors?.[0]).toMatchObject({ message: 'Phường Bắc Hồng Lĩnh được thành lập từ ngày 01/07/2025, chưa có báo cáo năm 2024.', extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
    const future = await graph.query(REPORT, { j: TOWN, y: 2027 });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('costs a fixed number of statements: the figures once per subgraph fetch, the text from them', async () => {
    statements = [];
    await graph.ok(`{ coordinationReport(jurisdictionId: "${TOWN}", year: 2022) {
      summary sections { lines } committee { casesReceived } council { sessions } front { voters } jurisdiction { name } } }`);
    const counted = statements.filter((s) => !/^\w+: (START TRANSACTION|COMMIT|ROLLBACK)/.test(s));
    statements = null;
    const count = (service: string) => counted.filter((s) => s.startsWith(`${service}:`)).length;
    // Two committee fetches (the root, then the text once the other figures are in), each one
    // jurisdiction load; the two figure statements once, the second fetch reusing the first's
    // (one client request); one statement each for the others.
    expect({ committee: count('committee'), council: count('council'), front: count('front') }).toEqual({ committee: 4, council: 1, front: 1 });
    // Never shared between two client requests: the next one counts again.
    statements = [];
    await graph.ok(`{ coordinationReport(jurisdictionId: "${TOWN}", year: 2022) { committee { casesReceived } } }`);
    expect(statements.filter((s) => s.startsWith('committee:') && s.includes('"citizen_case"'))).toHaveLength(1);
    statements = null;
  });

  describe('the printable page on the gateway', () => {
    const page = (path: string, headers: Record<string, string> = {}) =>
      fetch(graph.gatewayUrl.replace(/\/graphql$/, `/reports/coordination/${path}`), { headers });

    it('prints the 2022 review in Vietnamese, without a token', async () => {
      const res = await page(`${TOWN}/2022`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
      const html = await res.text();
      expect(html).toContain('<html lang="vi">');
      expect(html).toContain('@media print');
      expect(html).not.toMatch(/<script|https?:\/\//);
      // The frame of Decree 30/2020/NĐ-CP, as the .docx has it.
      for (const frame of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hồng Lĩnh, ngày 27 tháng 11 năm 2026', '/BC-HĐND-UBND-MTTQ', 'Nơi nhận:', 'TM. THƯỜNG TRỰC HĐND']) {
        expect(html).toContain(frame);
      }
      expect(html).toContain('Ủy ban MTTQ Việt Nam thị xã Hồng Lĩnh năm 2022');
      for (const figure of ['7 kỳ họp', '28 nghị quyết', '6 cuộc khảo sát, giám sát', '5 đợt tiếp xúc cử tri', 'tại 46 điểm', 'gần 4.000 cử tri', '3.936']) {
        expect(html).toContain(figure);
      }
      expect(html).toContain('<h2>II. TỒN TẠI, HẠN CHẾ</h2>');
      expect(html).toContain('Số liệu tổng hợp từ hệ thống Phối Hợp ngày 27/11/2026.');
      // Each figure is written once: the sections, not the summary made from them again.
      expect(html.split('5 đợt tiếp xúc cử tri cho đại biểu HĐND').length - 1).toBe(1);
      // Next year's plan is not public: an anonymous reader gets no tasks and no signers' names.
      expect(html).not.toContain('NHIỆM VỤ NĂM 2023');
    });

    it('reads a signed-in caller as themselves and refuses a bad token', async () => {
      const config = loadConfig({ NODE_ENV: 'test' });
      const token = await signDevelopmentToken(userWith('COUNCIL_STANDING', { jurisdictionId: TOWN }), config.jwt.secret, { now: graph.clock.now() });
      expect((await page(`${TOWN}/2022`, { authorization: `Bearer ${token}` })).status).toBe(200);
      const forged = await page(`${TOWN}/2022`, { authorization: 'Bearer not.a.token' });
      expect(forged.status).toBe(401);
      expect(await forged.text()).toContain('lang="vi"');
    });

    it('answers 404 for an unknown jurisdiction and 400 for a bad year, in Vietnamese', async () => {
      const missing = await page(`${stableId('jurisdiction', 'nowhere')}/2022`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('Không tìm thấy địa bàn.');
      expect((await page(`${TOWN}/22`)).status).toBe(400);
      expect((await page(`not-an-id/2022`)).status).toBe(400);
    });
  });
});
