import { council } from '@phoihop/council';
import { front } from '@phoihop/front';
import { APRIL_SESSION, DELEGATES, HONG_LINH, NATURAL, OFFICIAL, OTHER, TERM, seedCouncil } from '../../services/front/test/support/fixtures';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';

const board = userWith('FRONT_STANDING', { jurisdictionId: HONG_LINH });
const staff = userWith('FRONT_STAFF', { jurisdictionId: HONG_LINH });
const naturalStaff = userWith('DEPARTMENT_STAFF', { jurisdictionId: HONG_LINH, departmentId: NATURAL }, { officialId: OFFICIAL });

const CARDS = `query ($j: ID!, $y: Int!, $order: DelegateScorecardOrder, $first: Int, $after: String) {
  delegateScorecards(jurisdictionId: $j, year: $y, orderBy: $order, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { delegateId delegate { fullName } supervisions meetingsAttended petitionsCollected petitionsAnswered petitionsReportedBack }
  }
}`;

interface Card {
  delegateId: string;
  delegate: { fullName: string };
  supervisions: number;
  meetingsAttended: number;
  petitionsCollected: number;
  petitionsAnswered: number;
  petitionsReportedBack: number;
}
interface Cards {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Card[];
}

describe("delegates' scorecards, from records the test creates", () => {
  let graph: TestGraph;
  const cards = async (variables: Record<string, unknown> = {}, as = board) => (await graph.ok<{ delegateScorecards: Cards }>(CARDS, { j: HONG_LINH, y: 2026, ...variables }, as)).delegateScorecards;
  const mutate = async <T>(name: string, input: Record<string, unknown>, as = staff): Promise<T> =>
    ((await graph.ok<Record<string, T>>(`mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id } }`, { input }, as)) as Record<string, T>)[name];

  beforeAll(async () => {
    graph = await startTestGraph('e2e_delegate_scorecards', [council, front], { now: '2026-05-20T09:00:00+07:00' });
    await seedCouncil(graph.db.council);
    const [d0, d1, d2] = DELEGATES;
    // The council's records: a committee with d0, d2 on the Standing Committee; supervisions of 2026 and 2025.
    await graph.db.council.query(`UPDATE council.delegate SET position = 'STANDING_MEMBER' WHERE id = $1`, [d2]);
    const [{ id: legal }] = await graph.db.council.query(
      `INSERT INTO council.council_committee (term_id, jurisdiction_id, name) VALUES ($1, $2, 'Ban Pháp chế') RETURNING id`,
      [TERM, HONG_LINH],
    );
    await graph.db.council.query(`INSERT INTO council.council_committee_member (committee_id, delegate_id, role) VALUES ($1, $2, 'MEMBER')`, [legal, d0]);
    const supervise = (by: string, committeeId: string | null, startsOn: string, status: string) =>
      graph.db.council.query(
        `INSERT INTO council.supervision (jurisdiction_id, kind, conducted_by, council_committee_id, subject, starts_on, ends_on, status, conclusion_date)
         VALUES ($1, 'SUPERVISION', $2, $3, 'Giám sát', $4, $4::date + 10, $5, CASE WHEN $5 = 'CONCLUDED' THEN $4::date + 20 END)`,
        [HONG_LINH, by, committeeId, startsOn, status],
      );
    await supervise('COUNCIL_COMMITTEE', legal, '2026-04-01', 'IN_PROGRESS');
    await supervise('STANDING_COMMITTEE', null, '2026-03-01', 'CONCLUDED');
    await supervise('COUNCIL_COMMITTEE', legal, '2026-06-01', 'PLANNED');
    await supervise('COUNCIL_COMMITTEE', legal, '2025-09-01', 'CONCLUDED');

    // The Front's: three meetings, two petitions at the first, one answered and reported back at the third.
    const round = await mutate<{ id: string }>(
      'createVoterContactRound',
      { jurisdictionId: HONG_LINH, kind: 'BEFORE_SESSION', sessionId: APRIL_SESSION, delegationLevel: 'COMMUNE_COUNCIL', title: 'Tiếp xúc cử tri trước kỳ họp thứ tư', startsOn: '2026-03-01', endsOn: '2026-04-30' },
      board,
    );
    const meeting = (heldOn: string, delegateIds: string[]) =>
      mutate<{ id: string }>('recordVoterContactMeeting', { roundId: round.id, heldOn, place: `Nhà văn hóa ${heldOn}`, localityName: 'Phường Bắc Hồng Lĩnh', delegateIds, voterCount: 50 });
    const m1 = await meeting('2026-03-05', [d0, d1]);
    await meeting('2026-03-07', [d2]);
    const petition = (content: string) => mutate<{ id: string }>('recordVoterPetition', { meetingId: m1.id, content, field: 'LAND', competentLevel: 'COMMUNE' });
    const p1 = await petition('Đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho tổ dân phố 5.');
    await petition('Đề nghị sửa chữa đường điện chiếu sáng tổ dân phố 5.');
    await mutate('forwardVoterPetition', { petitionId: p1.id, recipientKind: 'COMMITTEE', departmentId: NATURAL, recipientName: 'Phòng Tài nguyên và Môi trường', forwardedOn: '2026-03-10', documentNumber: '15/MTTQ-BTT' }, board);
    await mutate('answerVoterPetition', { petitionId: p1.id, text: 'Dự kiến cấp giấy trong quý II/2026.', answeredOn: '2026-03-18', documentNumber: '125/UBND-TNMT' }, naturalStaff);
    const m3 = await meeting('2026-04-12', [d1]);
    await mutate('reportBackVoterPetition', { petitionId: p1.id, meetingId: m3.id });
  }, 180_000);
  afterAll(() => graph?.close());

  it("adds the Front's voter contact to the council's supervisions, delegate by delegate, the one behind first", async () => {
    const r = await cards();
    expect(r.nodes.map((c) => [c.delegate.fullName, c.supervisions, c.meetingsAttended, c.petitionsCollected, c.petitionsAnswered, c.petitionsReportedBack])).toEqual([
      ['Nguyễn Thị Lan', 0, 2, 2, 1, 1],
      ['Đinh Xuân Thành', 1, 1, 2, 1, 1],
      ['Lê Quang Vinh', 1, 1, 0, 0, 0],
    ]);
    expect(r.totalCount).toBe(3);
  });

  it('sorts by name and pages', async () => {
    expect((await cards({ order: 'NAME' })).nodes.map((c) => c.delegate.fullName)).toEqual(['Đinh Xuân Thành', 'Lê Quang Vinh', 'Nguyễn Thị Lan']);
    const first = await cards({ first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await cards({ first: 2, after: first.pageInfo.endCursor });
    expect(rest.nodes.map((c) => c.delegate.fullName)).toEqual(['Lê Quang Vinh']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("is read as the report's non-public parts", async () => {
    expect((await graph.query(CARDS, { j: HONG_LINH, y: 2026 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await graph.query(CARDS, { j: HONG_LINH, y: 2026 }, userWith('FRONT_STANDING', { jurisdictionId: OTHER }))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
