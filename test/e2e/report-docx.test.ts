import { committee } from '@phoihop/committee';
import { seedDemo as seedCommittee } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { seedDemo as seedCouncil } from '@phoihop/council/seed';
import { loadConfig, signDevelopmentToken, type UserContext } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { seedDemo as seedFront } from '@phoihop/front/seed';
import { notifications } from '@phoihop/notifications';
import JSZip from 'jszip';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';

const TOWN = DEMO.jurisdictions.hongLinh.id;
const WARD = DEMO.jurisdictions.bacHongLinh.id;
const TODAY = '2026-12-04T09:00:00+07:00';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The paragraphs of word/document.xml as a reader sees them: the runs of each joined, entities decoded. */
async function paragraphs(body: ArrayBuffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return xml.split('</w:p>').map((p) => decode([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
}

describe('the report as a .docx to sign and file', () => {
  let graph: TestGraph;
  const download = async (path: string, as?: UserContext) => {
    const headers: Record<string, string> = {};
    if (as) headers.authorization = `Bearer ${await signDevelopmentToken(as, loadConfig({ NODE_ENV: 'test' }).jwt.secret, { now: graph.clock.now() })}`;
    return fetch(graph.gatewayUrl.replace(/\/graphql$/, `/reports/coordination/${path}`), { headers });
  };
  const leader = userWith('COMMITTEE_LEADER', { jurisdictionId: TOWN });

  beforeAll(async () => {
    // The notifications subgraph answers the annex's escalations (DepartmentScorecard.escalations).
    graph = await startTestGraph('e2e_report_docx', [council, committee, front, notifications], { now: TODAY });
    await seedCommittee(graph.db.committee, graph.clock);
    await seedCouncil(graph.db.council, graph.clock);
    await seedFront(graph.db.front, graph.clock);
  }, 120_000);
  afterAll(() => graph?.close());

  it("downloads Hồng Lĩnh's 2022 report as a committee leader, in the frame of Decree 30", async () => {
    const res = await download(`${TOWN}/2022.docx`, leader);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(DOCX);
    expect(res.headers.get('content-disposition')).toContain('attachment; filename="bao-cao-phoi-hop-hong-linh-2022.docx"');
    const text = await paragraphs(await res.arrayBuffer());
    const all = text.join('\n');
    expect(all).toBe(all.normalize('NFC'));
    // The frame: issuing bodies and number on the left, national title and motto on the right, place and date.
    for (const line of ['THƯỜNG TRỰC HĐND - UBND', 'BAN THƯỜNG TRỰC', 'ỦY BAN MTTQ VIỆT NAM', 'THỊ XÃ HỒNG LĨNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hồng Lĩnh, ngày 04 tháng 12 năm 2026', 'BÁO CÁO']) {
      expect(text).toContain(line);
    }
    expect(text.find((p) => p.startsWith('Số:'))).toMatch(/^Số: +\/BC-HĐND-UBND-MTTQ$/);
    expect(text).toContain('Kết quả thực hiện Quy chế phối hợp giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam thị xã Hồng Lĩnh năm 2022');
    // The figures of the real review, in the sections' sentences.
    expect(all).toContain('HĐND thị xã đã tổ chức 7 kỳ họp, ban hành 28 nghị quyết thuộc thẩm quyền');
    expect(all).toContain('đã tổ chức 6 cuộc khảo sát, giám sát (2 cuộc khảo sát, 4 cuộc giám sát)');
    expect(all).toContain('đã chủ trì 7 phiên họp với UBND thị xã');
    expect(all).toContain('tổ chức 5 đợt tiếp xúc cử tri cho đại biểu HĐND tại 46 điểm với gần 4.000 cử tri tham gia (3.936 lượt cử tri)');
    // … and in the table of figures: each row's label, unit and count as consecutive cells.
    const row = (label: string) => text.slice(text.indexOf(label), text.indexOf(label) + 3);
    expect(row('Kỳ họp HĐND')).toEqual(['Kỳ họp HĐND', 'kỳ họp', '7']);
    expect(row('Nghị quyết được ban hành')).toEqual(['Nghị quyết được ban hành', 'nghị quyết', '28']);
    expect(row('Điểm tiếp xúc cử tri')).toEqual(['Điểm tiếp xúc cử tri', 'điểm', '46']);
    expect(row('Lượt cử tri tham dự')).toEqual(['Lượt cử tri tham dự', 'lượt', '3.936']);
    // The numbered parts, next year's tasks from the signed plan, recipients and the three signatures.
    expect(text).toEqual(expect.arrayContaining(['I. KẾT QUẢ THỰC HIỆN QUY CHẾ PHỐI HỢP', '1. Kỳ họp và nghị quyết', 'II. TỒN TẠI, HẠN CHẾ', 'III. NHIỆM VỤ NĂM 2023']));
    expect(all).toContain('Thực hiện kế hoạch phối hợp hoạt động năm 2023 đã được ba bên ký ngày 03/03/2023');
    expect(text).toEqual(expect.arrayContaining(['Nơi nhận:', '- Thường trực HĐND tỉnh (để báo cáo);', '- Thường trực Thị ủy (để báo cáo);', '- Lưu: VT.']));
    expect(text).toEqual(expect.arrayContaining(['TM. THƯỜNG TRỰC HĐND', 'TM. ỦY BAN NHÂN DÂN', 'TM. BAN THƯỜNG TRỰC', DEMO.delegates.councilChair.name, DEMO.officials.chair.name, DEMO.front.chair.name]));
    // The summary is not printed again after the sections that it is written from.
    expect(all).not.toContain('Cũng trong năm 2022');
  });

  it('sets Times New Roman 14 pt on A4 with the decree margins', async () => {
    const zip = await JSZip.loadAsync(await (await download(`${TOWN}/2022.docx`, leader)).arrayBuffer());
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(styles).toContain('<w:sz w:val="28"/>');
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/.exec(xml)!.slice(1).map((t) => Math.round(Number(t) / 56.7));
    expect(margin).toEqual([20, 15, 20, 30]);
  });

  it('lists the overdue work by department in the shortcomings', async () => {
    const text = await paragraphs(await (await download(`${WARD}/2026.docx`, userWith('COMMITTEE_LEADER', { jurisdictionId: WARD }))).arrayBuffer());
    const at = text.indexOf('Việc quá hạn chưa hoàn thành theo cơ quan, đơn vị:');
    expect(at).toBeGreaterThan(text.indexOf('II. TỒN TẠI, HẠN CHẾ'));
    expect(text.slice(at + 1, at + 6)).toEqual(['TT', 'Cơ quan, đơn vị', 'Nhiệm vụ quá hạn', 'Đơn thư quá hạn', 'Cộng']);
    expect(text).toContain('Tổng cộng');
  });

  it('adds the scorecards as the annex (Phụ lục): departments most behind first, then the delegates', async () => {
    const text = await paragraphs(await (await download(`${TOWN}/2022.docx`, leader)).arrayBuffer());
    const annex = text.indexOf('PHỤ LỤC');
    expect(annex).toBeGreaterThan(text.indexOf('- Lưu: VT.'));
    expect(text[annex + 1]).toBe('(Kèm theo báo cáo kết quả thực hiện Quy chế phối hợp giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ Việt Nam thị xã Hồng Lĩnh năm 2022)');
    const departments = text.indexOf('Biểu 1. Kết quả thực hiện nhiệm vụ, giải quyết đơn thư của các cơ quan, đơn vị năm 2022');
    expect(departments).toBeGreaterThan(annex);
    expect(text.slice(departments + 1, departments + 9)).toEqual(['TT', 'Cơ quan, đơn vị', 'Tiếp nhận', 'Hoàn thành', 'Đúng hạn', 'Đang quá hạn', 'Số ngày trễ bình quân', 'Chuyển cấp (mức 1/2/3/4)']);
    // The first row is the department the scorecards put first (most overdue now), with its figures.
    const cards = await graph.ok<{ departmentScorecards: { nodes: Array<{ department: { name: string }; total: { received: number; overdueNow: number } }> } }>(
      `query ($j: ID!) { departmentScorecards(jurisdictionId: $j, year: 2022) { nodes { department { name } total { received overdueNow } } } }`,
      { j: TOWN },
      leader,
    );
    const first = cards.departmentScorecards.nodes[0];
    expect(text.slice(departments + 9, departments + 12)).toEqual(['1', first.department.name, String(first.total.received)]);
    const delegates = text.indexOf('Biểu 2. Kết quả hoạt động của đại biểu HĐND năm 2022');
    expect(delegates).toBeGreaterThan(departments);
    expect(text.slice(delegates + 1, delegates + 8)).toEqual(['TT', 'Đại biểu', 'Hội nghị TXCT đã dự', 'Kiến nghị thu thập', 'Đã được trả lời', 'Đã báo cáo lại cử tri', 'Giám sát đã tham gia']);
  });

  it('refuses anonymous callers, bad tokens and users from elsewhere', async () => {
    const anonymous = await download(`${TOWN}/2022.docx`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(await anonymous.text()).toContain('Cần đăng nhập để tải báo cáo.');
    const forged = await fetch(graph.gatewayUrl.replace(/\/graphql$/, `/reports/coordination/${TOWN}/2022.docx`), { headers: { authorization: 'Bearer not.a.token' } });
    expect(forged.status).toBe(401);
    const elsewhere = userWith('COMMITTEE_LEADER', { jurisdictionId: WARD });
    expect((await download(`${TOWN}/2022.docx`, elsewhere)).status).toBe(403);
    // The printable page stays public for them, without the plan they may not read.
    const page = await download(`${TOWN}/2022`, elsewhere);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Nơi nhận:');
    expect(html).not.toContain('NHIỆM VỤ NĂM 2023');
    expect(html).not.toContain('PHỤ LỤC');
  });

  it('answers 400 for a year before the jurisdiction existed or still to come', async () => {
    const before = await download(`${WARD}/2024.docx`, leader);
    expect(before.status).toBe(400);
    expect(await before.text()).toContain('Phường Bắc Hồng Lĩnh được thành lập từ ngày 01/07/2025, chưa có báo cáo năm 2024.');
    const future = await download(`${TOWN}/2027`);
    expect(future.status).toBe(400);
    expect(await future.text()).toContain('Năm 2027 chưa đến, chưa có báo cáo.');
    expect((await download(`${TOWN}/1991`)).status).toBe(400);
    expect((await download(`${TOWN}/2026`)).status).toBe(200);
  });
});
