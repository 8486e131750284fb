import { committee } from '@phoihop/committee';
import { seedDemo as seedCommittee } from '@phoihop/committee/seed';
import { council } from '@phoihop/council';
import { seedDemo as seedCouncil } from '@phoihop/council/seed';
import { searchDocument, type SearchSource } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { seedDemo as seedFront } from '@phoihop/front/seed';
import { COUNCIL_SEARCH } from '../../services/council/src/search/search.sources';
import { COMMITTEE_SEARCH } from '../../services/committee/src/search/search.sources';
import { FRONT_SEARCH } from '../../services/front/src/search/search.sources';
import { startTestGraph, type TestGraph } from '../support/graph';
import { userWith } from '../support/users';

const HL = DEMO.jurisdictions.hongLinh.id;
const D = DEMO.departments;

const chair = userWith('COMMITTEE_LEADER', { jurisdictionId: HL }, { officialId: DEMO.officials.chair.id });
const frontBoard = userWith('FRONT_STANDING', { jurisdictionId: HL });
const staffNatural = userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.natural.id });
const staffUrban = userWith('DEPARTMENT_STAFF', { jurisdictionId: HL, departmentId: D.urban.id });

const SEARCH = `query ($text: String!, $kinds: [SearchKind!], $j: ID, $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, jurisdictionId: $j, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor }
    nodes {
      kind title snippet highlights { start length } rank at
      entity {
        __typename
        ... on CitizenCase { id number subject }
        ... on VoterPetition { id content }
        ... on Resolution { id number title }
        ... on Directive { id number }
      }
    }
  }
}`;

interface Hit {
  kind: string;
  title: string;
  snippet: string;
  highlights: Array<{ start: number; length: number }>;
  rank: number;
  at: string;
  entity: { __typename: string; id: string; number?: string; subject?: string; content?: string; title?: string };
}
interface Results {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string }>;
  nodes: Hit[];
}

const RECEIVE = `mutation ($input: ReceiveCitizenCaseInput!) { receiveCitizenCase(input: $input) { id number } }`;

describe('one search box across the three bodies', () => {
  let graph: TestGraph;
  const cases: Record<string, { id: string; number: string }> = {};
  const search = async (as: Parameters<TestGraph['ok']>[2], variables: Record<string, unknown>) =>
    (await graph.ok<{ search: Results }>(SEARCH, { j: HL, ...variables }, as)).search;
  const marked = (h: Hit) => h.highlights.map((r) => h.snippet.slice(r.start, r.start + r.length));

  beforeAll(async () => {
    graph = await startTestGraph('e2e_search', [council, committee, front], { now: '2025-03-10T09:00:00+07:00' });
    await seedCommittee(graph.db.committee, graph.clock);
    await seedCouncil(graph.db.council, graph.clock);
    await seedFront(graph.db.front, graph.clock);
    const receive = async (key: string, input: Record<string, unknown>) => {
      cases[key] = (
        await graph.ok<{ receiveCitizenCase: { id: string; number: string } }>(
          RECEIVE,
          { input: { jurisdictionId: HL, channel: 'RECEPTION', kind: 'PETITION', field: 'LAND', handlingDepartmentId: D.natural.id, ...input } },
          chair,
        )
      ).receiveCitizenCase;
    };
    // In the title, received first; in the text only; in the title again, received later.
    await receive('inTitle', { subject: 'Đề nghị giải quyết đất đai tại tổ dân phố 5', content: 'Hộ ông Trần Văn Bình đề nghị xem xét ranh giới thửa đất.', receivedOn: '2025-03-03' });
    await receive('inText', { subject: 'Phản ánh về ranh giới thửa đất', content: 'Bà Lê Thị Hoa đề nghị UBND phường sớm giải quyết tranh chấp đất đai với hộ liền kề.', receivedOn: '2025-03-04' });
    await receive('inTitleLater', { subject: 'Đề nghị giải quyết đất đai tại tổ dân phố 7', content: 'Hộ bà Nguyễn Thị Lan đề nghị đo đạc lại.', receivedOn: '2025-03-05' });
    await receive('otherDepartment', { subject: 'Đề nghị giải quyết đất đai cho hộ nghèo', content: 'Việc của phòng quản lý đô thị.', receivedOn: '2025-03-05', handlingDepartmentId: D.urban.id });
  }, 180_000);
  afterAll(() => graph?.close());

  it('finds "giải quyết đất đai" typed without diacritics, with the words highlighted as written', async () => {
    const r = await search(chair, { text: 'giai quyet dat dai', kinds: ['CITIZEN_CASE'] });
    expect(r.nodes.map((h) => h.entity.id)).toEqual(expect.arrayContaining([cases.inTitle.id, cases.inText.id, cases.inTitleLater.id, cases.otherDepartment.id]));
    const hit = r.nodes.find((h) => h.entity.id === cases.inTitle.id)!;
    expect(hit).toMatchObject({ kind: 'CITIZEN_CASE', title: `${cases.inTitle.number} — Đề nghị giải quyết đất đai tại tổ dân phố 5`, at: '2025-03-03' });
    expect(hit.entity).toMatchObject({ __typename: 'CitizenCase', number: cases.inTitle.number, subject: 'Đề nghị giải quyết đất đai tại tổ dân phố 5' });
    expect(marked(hit)).toEqual(expect.arrayContaining(['giải', 'quyết', 'đất', 'đai']));
    expect(hit.snippet).toBe(hit.snippet.normalize('NFC'));

    // With the diacritics, the same hits in the same order.
    const accented = await search(chair, { text: 'Giải quyết ĐẤT ĐAI', kinds: ['CITIZEN_CASE'] });
    expect(accented.nodes.map((h) => [h.entity.id, h.rank])).toEqual(r.nodes.map((h) => [h.entity.id, h.rank]));
    // Every word must occur: nothing has "cao tốc".
    expect((await search(chair, { text: 'giai quyet cao toc', kinds: ['CITIZEN_CASE'] })).totalCount).toBe(0);
  });

  it('ranks the words in the title above the words in the text, then the more recent first, across pages', async () => {
    const r = await search(chair, { text: 'giai quyet dat dai', kinds: ['CITIZEN_CASE'] });
    const order = r.nodes.map((h) => h.entity.id);
    expect(order.indexOf(cases.inTitleLater.id)).toBeLessThan(order.indexOf(cases.inTitle.id));
    expect(order.indexOf(cases.inTitle.id)).toBeLessThan(order.indexOf(cases.inText.id));
    const ranks = r.nodes.map((h) => h.rank);
    expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);

    // One at a time: the same order, no hit twice, the same total on every page.
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < r.totalCount; i++) {
      const page: Results = await search(chair, { text: 'giai quyet dat dai', kinds: ['CITIZEN_CASE'], first: 1, after });
      expect(page.totalCount).toBe(r.totalCount);
      expect(page.pageInfo.hasNextPage).toBe(i < r.totalCount - 1);
      seen.push(page.nodes[0].entity.id);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(order);
  });

  it("merges the council's and the Front's records into one ranking, each resolved by its owner", async () => {
    const r = await search(chair, { text: 'quyen su dung dat', first: 50 });
    const kinds = new Set(r.nodes.map((h) => h.kind));
    expect(kinds.has('VOTER_PETITION')).toBe(true);
    const petition = r.nodes.find((h) => h.kind === 'VOTER_PETITION')!;
    expect(petition.entity.__typename).toBe('VoterPetition');
    expect(petition.entity.content).toContain('quyền sử dụng đất');

    const resolutions = await search(chair, { text: 'nghi quyet', kinds: ['RESOLUTION'], first: 5 });
    expect(resolutions.totalCount).toBeGreaterThanOrEqual(28);
    expect(resolutions.nodes[0].entity).toMatchObject({ __typename: 'Resolution' });
    expect(resolutions.nodes[0].title).toContain(resolutions.nodes[0].entity.number!);
  });

  it('shows only what the user may read: a Front user finds no case, department staff their own', async () => {
    const asFront = await search(frontBoard, { text: 'giai quyet dat dai', first: 100 });
    expect(asFront.nodes.filter((h) => h.kind === 'CITIZEN_CASE')).toEqual([]);
    expect((await search(frontBoard, { text: 'giai quyet dat dai', kinds: ['CITIZEN_CASE'] })).totalCount).toBe(0);
    expect((await search(frontBoard, { text: 'quyen su dung dat', kinds: ['VOTER_PETITION'] })).totalCount).toBeGreaterThan(0);

    const natural = (await search(staffNatural, { text: 'giai quyet dat dai', kinds: ['CITIZEN_CASE'] })).nodes.map((h) => h.entity.id);
    expect(natural).toEqual(expect.arrayContaining([cases.inTitle.id, cases.inText.id]));
    expect(natural).not.toContain(cases.otherDepartment.id);
    const urban = (await search(staffUrban, { text: 'giai quyet dat dai', kinds: ['CITIZEN_CASE'] })).nodes.map((h) => h.entity.id);
    expect(urban).toEqual([cases.otherDepartment.id]);

    // Another jurisdiction's leader finds none of them.
    const ward = userWith('COMMITTEE_LEADER', { jurisdictionId: DEMO.jurisdictions.bacHongLinh.id });
    expect((await search(ward, { text: 'giai quyet dat dai', kinds: ['CITIZEN_CASE'] })).totalCount).toBe(0);
  });

  it("finds through each table's trigram index: the query's document is the index's", async () => {
    const parts: Array<[string, SearchSource[]]> = [['council', COUNCIL_SEARCH], ['committee', COMMITTEE_SEARCH], ['front', FRONT_SEARCH]];
    for (const [service, sources] of parts) {
      for (const source of sources) {
        const plan = await graph.db[service].transaction(async (m) => {
          await m.query('SET LOCAL enable_seqscan = off');
          const rows: Array<{ 'QUERY PLAN': string }> = await m.query(`EXPLAIN SELECT t.id FROM ${source.table} t WHERE public.phoihop_fold(${searchDocument(source)}) LIKE $1`, ['%dat dai%']);
          return rows.map((r) => r['QUERY PLAN']).join('\n');
        });
        expect(plan).toMatch(/Bitmap Index Scan on \w+_search/);
      }
    }
  });

  it('refuses anonymous callers and bad arguments, naming the argument', async () => {
    const anonymous = await graph.query(SEARCH, { text: 'dat dai', j: HL });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const empty = await graph.query(SEARCH, { text: '   ', j: HL }, chair);
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const cursor = await graph.query(SEARCH, { text: 'dat dai', j: HL, after: 'bm90LWEtY3Vyc29y' }, chair);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
