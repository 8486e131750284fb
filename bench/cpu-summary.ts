/**
 * `npx tsx bench/cpu-summary.ts <file.cpuprofile>…`: where a process's CPU went, from the
 * profiles `BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=DIR" npm run bench -- --only=…` leaves
 * (one per process, written at exit): self time by package (or our own file) and the top
 * functions, as shares of the busy (non-idle) time.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function owner(url: string): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url;
  const ours = /\/(services\/[^/]+|gateway|workers)\/src\/(.*)$/.exec(url);
  return ours ? `${ours[1]}/${ours[2]}` : url;
}

for (const file of process.argv.slice(2)) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  let busy = 0;
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
      if (name !== '(idle)') fn.set(name, (fn.get(name) ?? 0) + us);
      if (name !== '(idle)') busy += us;
      continue;
    }
    busy += us;
    const o = owner(n.callFrame.url);
    pkg.set(o, (pkg.get(o) ?? 0) + us);
    const key = `${name} (${o}:${n.callFrame.lineNumber + 1})`;
    fn.set(key, (fn.get(key) ?? 0) + us);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `  ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  console.log(`\n## ${basename(file)}: busy ${(busy / 1000).toFixed(0)} ms of ${((p.endTime - p.startTime) / 1000).toFixed(0)} ms\n-- by package\n${top(pkg, 15)}\n-- by function\n${top(fn, 25)}`);
}
