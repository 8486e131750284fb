/**
 * Benchmarks of the hot paths in one process on the demo data: `npm run bench:hot` (add
 * `-- --quick` for a short run); the province-scale bench is `npm run bench` (bench/run.ts).
 * - calendar: working-day arithmetic, which every deadline computation and every
 *   reminder reschedule goes through;
 * - graph: list and federated queries through the gateway against real Postgres,
 *   p50/p95 latency and SQL statements per request.
 * Figures go into the closing note of any change to these paths (before and after).
 */
import { committee } from '@phoihop/committee';
import { council } from '@phoihop/council';
import { WorkingCalendar, addDays } from '@phoihop/core';
import { DEMO } from '@phoihop/core/seed';
import { front } from '@phoihop/front';
import { notifications } from '@phoihop/notifications';
import { performance } from 'node:perf_hooks';
import { demoSeeders } from '../scripts/seed';
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
  const services = [council, committee, front, notifications];
  const graph = await startTestGraph('bench', services, { onQuery: (s) => (statements[s] = (statements[s] ?? 0) + 1) });
  try {
    // The demo year: Hồng Lĩnh 2022 and the wards' 2026 work, as `npm start` shows it.
    for (const s of services) {
      await demoSeeders[s.name](graph.db[s.name], graph.clock);
    }
    const town = DEMO.jurisdictions.hongLinh.id;
    const ward = DEMO.jurisdictions.bacHongLinh.id;
    const user = userWith('ADMIN');
    const cases: Array<[string, string]> = [
      ['jurisdictions(first: 100)', '{ jurisdictions(first: 100) { nodes { id name active parent { name } } } }'],
      [
        'citizenCases(first: 100) + nested',
        `{ citizenCases(jurisdictionId: "${town}", first: 100) { nodes { number status dueDate overdue handlingDepartment { name head { name } } assignments(first: 5) { nodes { task } } deadline { dueDate stage } } } }`,
      ],
      [
        'recommendations → departments, assignments',
        `{ recommendations(jurisdictionId: "${ward}", first: 100) { nodes { content dueDate overdue departments { name } assignments(first: 5) { nodes { task status department { name } } } followUp { state progress } deadline { escalationLevel } } } }`,
      ],
      [
        'voterPetitions(first: 100) + meeting',
        `{ voterPetitions(filter: { jurisdictionId: "${town}" }, first: 100) { nodes { content status answerDue meeting { place delegates(first: 5) { nodes { fullName } } } assignments(first: 5) { nodes { task } } } } }`,
      ],
      [
        'coordinationReport (3 subgraphs)',
        `{ coordinationReport(jurisdictionId: "${town}", year: 2022) { council { sessions resolutions } committee { casesReceived } front { voters meetings } } }`,
      ],
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
