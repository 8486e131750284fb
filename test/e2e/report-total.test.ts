import { DEMO } from '@phoihop/core/seed';
import { startDemoGraph } from '../support/demo-graph';
import type { TestGraph } from '../support/graph';

const { haTinh, hongLinh, bacHongLinh, namHongLinh } = DEMO.jurisdictions;

const FIGURES = `
  council { sessions resolutions surveys supervisions preSessionMeetings recommendationsIssued recommendationsResolved recommendationsOverdue }
  front { voterContactRounds roundsByKind { kind count } meetings meetingPoints voters petitionsCollected petitionsAnswered petitionsOverdue }
  committee { receptionDays casesReceived casesResolved casesOverdue byKind { kind received resolved } directivesIssued assignments assignmentsDone assignmentsOpenOverdue }`;

type Figures = Record<'council' | 'front' | 'committee', Record<string, unknown>>;

interface Report extends Figures {
  withCommunes: Figures & { jurisdictionIds: string[] };
}

/** What an official would add up by hand: every number of the same place in the figures, summed. */
function addUp(a: unknown, b: unknown): unknown {
  if (typeof a === 'number') return a + (b as number);
  if (Array.isArray(a)) return a.map((x, i) => addUp(x, (b as unknown[])[i]));
  if (a && typeof a === 'object') return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, addUp(v, (b as Record<string, unknown>)[k])]));
  return a;
}

describe('the province report with its communes (toàn tỉnh)', () => {
  let graph: TestGraph;
  const report = async (j: string, y: number) =>
    (await graph.ok<{ coordinationReport: Report }>(`query ($j: ID!, $y: Int!) { coordinationReport(jurisdictionId: $j, year: $y) {
      ${FIGURES} withCommunes { jurisdictionIds ${FIGURES} } } }`, { j, y })).coordinationReport;

  beforeAll(async () => {
    graph = await startDemoGraph('e2e_report_total');
  }, 120_000);
  afterAll(() => graph?.close());

  it("sums the province's own figures and those of every jurisdiction under it, in all three bodies", async () => {
    for (const year of [2022, 2026]) {
      const province = await report(haTinh.id, year);
      expect(province.withCommunes.jurisdictionIds[0]).toBe(haTinh.id);
      expect([...province.withCommunes.jurisdictionIds].sort()).toEqual([haTinh.id, hongLinh.id, bacHongLinh.id, namHongLinh.id].sort());
      // The wards were founded in 2025: for 2022 the former town's records are the province's communes'.
      const under = year === 2022 ? [hongLinh.id] : [hongLinh.id, bacHongLinh.id, namHongLinh.id];
      const parts = [province, ...(await Promise.all(under.map((j) => report(j, year))))];
      const expected = parts.map(({ council, front, committee }) => ({ council, front, committee })).reduce((a, b) => addUp(a, b) as Figures);
      const { jurisdictionIds: _ids, ...total } = province.withCommunes;
      expect(total).toEqual(expected);
    }
  });

  it('counts the 2022 Hồng Lĩnh review inside the province total', async () => {
    const [province, town] = [await report(haTinh.id, 2022), await report(hongLinh.id, 2022)];
    expect(town.council).toMatchObject({ sessions: 7, resolutions: 28 });
    expect(province.withCommunes.council.sessions).toBe((province.council.sessions as number) + 7);
    expect(province.withCommunes.front.voters).toBeGreaterThanOrEqual(3936);
    expect(province.withCommunes.committee.casesReceived).toBe((province.committee.casesReceived as number) + (town.committee.casesReceived as number));
  });

  it("gives a ward its own figures: nothing lies under it", async () => {
    const ward = await report(bacHongLinh.id, 2026);
    const { jurisdictionIds, ...total } = ward.withCommunes;
    expect(jurisdictionIds).toEqual([bacHongLinh.id]);
    expect(total).toEqual({ council: ward.council, front: ward.front, committee: ward.committee });
    expect((ward.committee.casesReceived as number) + (ward.council.recommendationsIssued as number)).toBeGreaterThan(0);
  });

  it('prints the province total beside its own figures on the report page', async () => {
    const page = await fetch(graph.gatewayUrl.replace(/\/graphql$/, `/reports/coordination/${haTinh.id}/2022`));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<th style="width:16%">Cấp tỉnh</th><th style="width:18%">Toàn tỉnh (gồm 3 đơn vị trực thuộc)</th>');
    // The sessions row: the province's own, then the total with the town's 7 of 2022.
    const province = await report(haTinh.id, 2022);
    const row = html.split('</tr>').find((r) => r.includes('<td>Kỳ họp HĐND</td>'))!;
    expect(row.match(/>(\d+)<\/td>/g)?.slice(-2)).toEqual([`>${province.council.sessions}</td>`, `>${province.withCommunes.council.sessions}</td>`]);
    expect(province.withCommunes.council.sessions).toBeGreaterThanOrEqual(7);
    // A ward's page keeps the one column of figures.
    const ward = await (await fetch(graph.gatewayUrl.replace(/\/graphql$/, `/reports/coordination/${bacHongLinh.id}/2026`))).text();
    expect(ward).not.toContain('Toàn phường');
    expect(ward).toContain('<th style="width:16%">Số lượng</th>');
  });
});
