/**
 * What the bench asks, as a department's staff or the public would: each request has its
 * own variables (another department, case or commune), so no cache or merging of equal
 * requests can help. Ids are the generator's (bench/data.ts, `md5(...)::uuid`).
 */
import { DEMO } from '@phoihop/core/seed';
import { createHash } from 'node:crypto';
import type { BenchSize } from './size';

/** `md5(text)::uuid` as Postgres spells it. */
export function md5Uuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const benchIds = {
  commune: (c: number) => md5Uuid(`bench-j-${c}`),
  department: (c: number, d: number) => md5Uuid(`bench-d-${c}-${d}`),
  caseOf: (n: number) => md5Uuid(`bench-case-${n}`),
};

/** Who asks: a department's staff (the grant the dashboard lists for), or nobody (public report). */
export interface Asker {
  jurisdictionId: string;
  departmentId: string;
}

export interface Scenario {
  name: string;
  /** The i-th request: its variables and the department whose staff asks (none: public). */
  request(i: number, pageSize: number): { variables: Record<string, unknown>; as: Asker | null };
  query: string;
  /** Page sizes compared for statements and fetches per request (target ratio 1.0). */
  pageSizes?: [number, number];
}

const DEPARTMENTS = 5;
/** The communes' province: the demo's Hà Tĩnh. */
const PROVINCE_ID = DEMO.jurisdictions.haTinh.id;

export function scenarios(size: BenchSize, year: number): Scenario[] {
  const department = (i: number): Asker => {
    const c = i % size.communes;
    const d = Math.floor(i / size.communes) % DEPARTMENTS;
    return { jurisdictionId: benchIds.commune(c), departmentId: benchIds.department(c, d) };
  };
  return [
    {
      name: 'staff dashboard (50 open items, 3 subgraphs)',
      pageSizes: [1, 50],
      query: `query Dashboard($d: ID!, $n: Int!) {
        assignments(departmentId: $d, status: OPEN, first: $n) { nodes { id task dueDate status
          deadline { dueDate workingDaysLeft stage escalationLevel }
          source { __typename ... on Recommendation { content dueDate } } } }
        citizenCases(departmentId: $d, status: ACCEPTED, first: $n) { nodes { id number subject dueDate
          deadline { dueDate workingDaysLeft stage } } }
      }`,
      request: (i, n) => {
        const as = department(i);
        return { variables: { d: as.departmentId, n: Math.ceil(n / 2) }, as };
      },
    },
    {
      name: 'case detail',
      query: `query Case($id: ID!) { citizenCase(id: $id) { id number kind subject status receivedOn dueDate
        handlingDepartment { name } deadline { dueDate workingDaysLeft stage } } }`,
      request: (i) => {
        // Case n belongs to commune n % C, department (n / C) % 5 (bench/data.ts).
        const n = (i * 7907) % size.cases;
        return { variables: { id: benchIds.caseOf(n) }, as: department(n) };
      },
    },
    {
      name: 'coordination report of a commune',
      query: `query Report($j: ID!, $y: Int!) { coordinationReport(jurisdictionId: $j, year: $y) {
        council { sessions resolutions supervisions recommendationsIssued }
        front { voterContactRounds meetings petitionsCollected }
        committee { casesReceived casesResolvedOnTime assignmentsDoneOnTime } } }`,
      request: (i) => ({ variables: { j: benchIds.commune(i % size.communes), y: year - (Math.floor(i / size.communes) % 3) }, as: null }),
    },
    {
      name: 'coordination report of the province with its communes',
      // Its own figures and the total with its 100 communes (CoordinationTotal), as its page prints them.
      query: `query Report($j: ID!, $y: Int!) { coordinationReport(jurisdictionId: $j, year: $y) {
        council { sessions resolutions supervisions recommendationsIssued }
        front { voterContactRounds meetings petitionsCollected }
        committee { casesReceived casesResolvedOnTime assignmentsDoneOnTime }
        withCommunes { jurisdictionIds
          council { sessions resolutions supervisions recommendationsIssued }
          front { voterContactRounds meetings petitionsCollected }
          committee { casesReceived casesResolvedOnTime assignmentsDoneOnTime } } } }`,
      // One province: the years vary instead (the demo's 2022 and the generated ones).
      request: (i) => ({ variables: { j: PROVINCE_ID, y: year - (i % 5) }, as: null }),
    },
    {
      name: 'search (jurisdictions, diacritics optional)',
      query: `query Search($q: String!) { jurisdictions(search: $q, first: 10) { nodes { id name level } } }`,
      request: (i) => ({ variables: { q: `thu nghiem ${1 + (i % size.communes)}` }, as: department(i) }),
    },
  ];
}

