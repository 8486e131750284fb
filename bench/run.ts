/**
 * Benchmarks of the hot paths: `npm run bench` (add `-- --quick` for a short run).
 * - calendar: working-day arithmetic, which every deadline computation and every
 *   reminder reschedule goes through;
 * - graph: list and federated queries through the gateway against real Postgres,
 *   p50/p95 latency and SQL statements per request.
 * Figures go into the closing note of any change to these paths (before and after).
 */
import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { WorkingCalendar, addDays, stableId } from '@phoihop/core';
import { performance } from 'node:perf_hooks';
import { startTestGraph } from '../test/support/graph';
import { userWith } from '../test/support/users';

const quick = process.argv.includes('--quick');

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function report(name: string, samples: number[], extra = '') {
  const s = [...samples].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(44)} n=${String(s.length).padStart(5)}  p50=${percentile(s, 50).toFixed(2)} ms  p95=${percentile(s, 95).toFixed(2)} ms${extra}`,
  );
}

function benchCalendar() {
  const calendar = WorkingCalendar.official();
  const n = quick ? 20_000 : 200_000;
  const start = performance.now();
  let checksum = 0;
  for (let i = 0; i < n; i++) {
    const from = addDays('2023-01-01', i % 1400);
    checksum += calendar.addWorkingDays(from, 30).length;
  }
  const ms = performance.now() - start;
  console.log(`${'calendar.addWorkingDays(+30)'.padEnd(44)} ${Math.round((n / ms) * 1000).toLocaleString('en')} ops/s (${checksum > 0 ? 'ok' : '?'})`);
}

async function benchGraph() {
  const statements: Record<string, number> = {};
  const graph = await startTestGraph('bench', [council, committee], { onQuery: (s) => (statements[s] = (statements[s] ?? 0) + 1) });
  try {
    const province = stableId('jurisdiction', 'bench-province');
    const communes = Array.from({ length: 300 }, (_, i) => stableId('jurisdiction', `bench-${i}`));
    await graph.db.committee.query(
      `INSERT INTO committee.jurisdiction (id, code, name, search_name, level, parent_id, active_from)
       VALUES ($1, 'B0', 'Tỉnh Thử', 'tinh thu', 'PROVINCE', NULL, '2025-07-01')`,
      [province],
    );
    await graph.db.committee.query(
      `INSERT INTO committee.jurisdiction (id, code, name, search_name, level, parent_id, active_from)
       SELECT id, 'B' || n, 'Xã Thử ' || n, 'xa thu ' || n, 'COMMUNE', $2, '2025-07-01'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
      [communes, province],
    );
    await graph.db.council.query(
      `INSERT INTO council.council_term (jurisdiction_id, name, start_year, end_year)
       SELECT id, 'Khóa I, nhiệm kỳ 2026–2031', 2026, 2031 FROM unnest($1::uuid[]) AS t(id)`,
      [communes],
    );
    const user = userWith('ADMIN');
    const cases: Array<[string, string]> = [
      ['jurisdictions(first: 100)', '{ jurisdictions(first: 100) { nodes { id name active } } }'],
      ['councilTerms(first: 100) → jurisdiction', '{ councilTerms(first: 100) { nodes { name jurisdiction { name parent { name } } } } }'],
    ];
    const iterations = quick ? 30 : 200;
    for (const [name, query] of cases) {
      for (let i = 0; i < 5; i++) await graph.ok(query, {}, user);
      for (const k of Object.keys(statements)) delete statements[k];
      const samples: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const t = performance.now();
        await graph.ok(query, {}, user);
        samples.push(performance.now() - t);
      }
      const perRequest = Object.entries(statements)
        .map(([s, c]) => `${s} ${(c / iterations).toFixed(1)}`)
        .join(', ');
      report(name, samples, `  SQL/request: ${perRequest}`);
    }
  } finally {
    await graph.close();
  }
}

async function main() {
  benchCalendar();
  await benchGraph();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
