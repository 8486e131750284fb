import type { Logger } from 'pino';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BUILD_DIR } from './paths';

/** The whole stop, signal to exit, stays within this (issue 15: 10 s). */
const STOP_BUDGET_MS = 9_000;
const STAGE_MS = 3_000;
/**
 * A young generation of 1 MB semi-spaces instead of 16: a development server at rest then
 * holds ~15 MB less (measured: a subgraph 110 → 95 MB RSS), at no visible cost in speed.
 * Not for the workers: a stage batch allocates a few MB of rows and jobs, and the reconciler's
 * pages keep thousands of Redis commands in flight; with 1 MB semi-spaces they spent 17 % of
 * their time in GC under load, and a rebuild of 100,000 jobs 55 % (bench/NOTES.md, issue 12).
 */
const CHILD_FLAGS = ['--max-semi-space-size=1'];
const WORKERS_FLAGS = ['--max-semi-space-size=16'];

/** The node flags `npm start` gives a child (bench/engine.ts starts the workers with the same). */
export function childFlags(name: string): string[] {
  return name === 'workers' ? WORKERS_FLAGS : CHILD_FLAGS;
}

interface Child {
  name: string;
  stage: number;
  process: ChildProcess;
  exited: Promise<void>;
}

/**
 * The launcher's children and what else it must undo (mail sink, embedded Postgres).
 * Children run in their own process group, so a terminal's Ctrl-C or hang-up reaches the
 * launcher only, and the launcher alone decides the order: stage 0 (gateway) first, then
 * stage 1 (subgraphs), then stage 2 (workers, which drain their jobs), then the cleanups in
 * reverse. A child that exits on its own is reported by name and stops everything: a
 * development stack with a dead subgraph would only answer with errors.
 */
export class Stack {
  private readonly children: Child[] = [];
  private readonly cleanups: Array<() => Promise<void>> = [];
  private stopping: Promise<never> | undefined;

  constructor(private readonly logger: Logger) {}

  /** SIGTERM, SIGINT and SIGHUP each stop everything once; a second signal changes nothing. */
  stopOnSignals(): void {
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
      process.on(signal, () => void this.stop(0, `${signal} received`));
    }
  }

  atStop(cleanup: () => Promise<void>): void {
    this.cleanups.push(cleanup);
  }

  /** Starts `entry` (a path in the tree, e.g. gateway/src/main.ts) from its transpiled twin. */
  launch(name: string, entry: string, stage: number, env: NodeJS.ProcessEnv): void {
    const child = spawn(process.execPath, [...childFlags(name), '--require', join(BUILD_DIR, 'scripts/start/orphan-guard.js'), js(entry)], {
      env,
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.once('exit', (code, signal) => {
      if (!this.stopping) void this.stop(1, `${name} exited (${signal ?? `code ${code}`})`);
    });
    this.children.push({ name, stage, process: child, exited });
  }

  /**
   * Runs a one-off step (migrations, a token) to completion in a child of its own, so its
   * memory is returned when it ends. `capture` returns what it printed instead of showing it.
   */
  run(name: string, entry: string, args: string[], env: NodeJS.ProcessEnv, o: { capture?: boolean } = {}): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [js(entry), ...args], { env, stdio: ['ignore', o.capture ? 'pipe' : 'inherit', 'inherit'] });
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`${name} failed (exit code ${code})`))));
    });
  }

  stop(code: number, reason: string): Promise<never> {
    this.stopping ??= this.stopInOrder(code, reason);
    return this.stopping;
  }

  private async stopInOrder(code: number, reason: string): Promise<never> {
    (code === 0 ? this.logger.info : this.logger.error).call(this.logger, `${reason}: stopping`);
    const deadline = Date.now() + STOP_BUDGET_MS;
    const stages = [...new Set(this.children.map((c) => c.stage))].sort((a, b) => a - b);
    for (const stage of stages) {
      // A stuck stage may not eat the time of the ones after it; the last one gets the rest.
      const by = stage === stages.at(-1) ? deadline : Math.min(deadline, Date.now() + STAGE_MS);
      const group = this.children.filter((c) => c.stage === stage);
      await Promise.all(group.map((c) => this.stopChild(c, by)));
      this.logger.info(`stopped ${group.map((c) => c.name).join(', ')}`);
    }
    for (const cleanup of this.cleanups.reverse()) {
      await cleanup().catch((error: Error) => this.logger.warn(`cleanup failed: ${error.message}`));
    }
    this.logger.info('stopped');
    process.exit(code);
  }

  private async stopChild(child: Child, deadline: number): Promise<void> {
    const p = child.process;
    if (p.exitCode !== null || p.signalCode !== null) return;
    p.kill('SIGTERM');
    const late = setTimeout(() => {
      this.logger.warn(`${child.name} did not stop in time: killed`);
      p.kill('SIGKILL');
    }, Math.max(0, deadline - Date.now()));
    await child.exited;
    clearTimeout(late);
  }
}

const js = (entry: string) => join(BUILD_DIR, entry.replace(/\.ts$/, '.js'));
