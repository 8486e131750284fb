/**
 * 2,000 fuzzed and hostile mutations: every answer carries a code, and not one row of the
 * council, committee or Front schemas changes.
 */
import { codesOf, count, newTally, petition, RECEIVE } from '../load';
import type { Scenario } from '../outcome';
import { adminToken, gql, type World } from '../world';

const LONE_SURROGATE = '\ud800';
const BAD_TEXTS = ['x\u0000y', `Phản ánh ${LONE_SURROGATE} lỗi`, 'a'.repeat(100_000), 'Ti\udc00êu đề', '\u0000', 'Đèn\ufffe', 'Tiêu đề\u0007'];
const FIELDS = ['subject', 'content', 'petitionerName'] as const;

/** One hostile request: a poisoned text, a wrong type or value, a broken body or document. */
function hostile(i: number): { variables?: unknown; raw?: string; query?: string } {
  const kind = i % 10;
  const text = BAD_TEXTS[i % BAD_TEXTS.length];
  switch (kind) {
    case 0:
    case 1:
    case 2:
    case 3:
      return { variables: { input: petition('hostile', i, { [FIELDS[i % FIELDS.length]]: text }) } };
    case 4:
      return { variables: { input: petition('hostile', i, { receivedOn: ['2026-02-30', '0000-01-01', 'hôm qua', '2026-13-01'][i % 4] }) } };
    case 5:
      return { variables: { input: petition('hostile', i, { jurisdictionId: ['not-a-uuid', '00000000-0000-0000-0000-000000000000', "'; DROP TABLE x; --"][i % 3] }) } };
    case 6:
      return { variables: { input: petition('hostile', i, { kind: 'ROBBERY', channel: 42 }) } };
    case 7:
      return { raw: ['{"query": "mutation {', '{"query": }', `{"query":"${'{ a '.repeat(50)}"}`][i % 3] };
    case 8:
      return { raw: JSON.stringify({ query: RECEIVE, variables: { input: petition('hostile', i, { content: 'b'.repeat(400_000) }) } }) };
    default:
      return { variables: { input: petition('hostile', i, { handlingDepartmentId: 'phòng kinh tế', subject: `${'Đ'.repeat(600)}${LONE_SURROGATE}` }) } };
  }
}

async function rowCounts(w: World): Promise<number> {
  const { rows } = await w.db.query(
    `SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('council', 'committee', 'front') AND table_type = 'BASE TABLE'`,
  );
  let total = 0;
  for (const r of rows as Array<{ table_schema: string; table_name: string }>) {
    total += (await w.db.query(`SELECT count(*)::int AS n FROM "${r.table_schema}"."${r.table_name}"`)).rows[0].n;
  }
  return total;
}

export const hostileInput: Scenario = {
  name: '2,000 fuzzed and hostile mutations',
  async run(w) {
    const token = await adminToken(w);
    const before = await rowCounts(w);
    const t = newTally();
    const n = 2000;
    let next = 0;
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        while (next < n) {
          const h = hostile(next++);
          const r = await gql(w, token, h.query ?? RECEIVE, h.variables, h.raw);
          const id = (r.body?.data as { receiveCitizenCase?: { id: string } } | null)?.receiveCitizenCase?.id;
          count(t, r, id);
        }
      }),
    );
    const after = await rowCounts(w);
    const written = after - before;
    const refused = t.sent - t.succeeded.length;
    return {
      expected: n,
      found: refused,
      lost: 0,
      doubled: 0,
      inWindow: 0,
      ok: t.succeeded.length === 0 && written === 0 && t.uncoded.length === 0,
      notes: [
        `${refused}/${n} refused; accepted ${t.succeeded.length}; rows before ${before}, after ${after} (${written} written); responses without a code ${t.uncoded.length}${t.uncoded[0] ? ` e.g. HTTP ${t.uncoded[0].status} ${t.uncoded[0].text.slice(0, 120)}` : ''}`,
        `codes: ${codesOf(t)}; error messages with a driver's text ${t.driverText}`,
      ],
    };
  },
};
