/**
 * The system under test as real OS processes: the four subgraphs, the gateway and the workers,
 * each started with node + tsx on its service's main, configured by environment variables only
 * (ports, database, Redis, queue prefix). Each process logs to a file of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { until } from './infra';

const ROOT = join(__dirname, '..', '..');

export const PROCESSES = {
  council: 'services/council/src/main.ts',
  committee: 'services/committee/src/main.ts',
  front: 'services/front/src/main.ts',
  notifications: 'services/notifications/src/main.ts',
  gateway: 'gateway/src/main.ts',
  workers: 'workers/src/main.ts',
} as const;

export type ProcessName = keyof typeof PROCESSES;
export const SUBGRAPHS = ['council', 'committee', 'front', 'notifications'] as const;

export class Stack {
  private readonly children = new Map<ProcessName, ChildProcess>();

  constructor(
    readonly env: NodeJS.ProcessEnv,
    readonly ports: Record<ProcessName | 'dashboard', number>,
    private readonly logDir: string,
  ) {}

  healthUrl(name: ProcessName): string {
    if (name === 'workers') return `http://127.0.0.1:${this.ports.dashboard}/health`;
    if (name === 'gateway') return `http://127.0.0.1:${this.ports.gateway}/health`;
    return `http://127.0.0.1:${this.ports[name]}/health`;
  }

  get gatewayUrl(): string {
    return `http://127.0.0.1:${this.ports.gateway}/graphql`;
  }

  /** Runs a script of the repo to its end with the stack's environment (migrations, demo data). */
  async runScript(entry: string, args: string[] = []): Promise<void> {
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', join(ROOT, entry), ...args], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = createWriteStream(join(this.logDir, `${entry.replace(/\W+/g, '_')}.log`), { flags: 'a' });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`${entry} exited with ${code}; see ${this.logDir}`);
  }

  async start(name: ProcessName): Promise<void> {
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', join(ROOT, PROCESSES[name])], {
      env: this.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    this.children.set(name, child);
    await until(`${name} healthy`, () => this.healthy(name), 90_000);
  }

  async healthy(name: ProcessName): Promise<boolean> {
    const child = this.children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return false;
    try {
      return (await fetch(this.healthUrl(name), { signal: AbortSignal.timeout(1500) })).ok;
    } catch {
      return false;
    }
  }

  pid(name: ProcessName): number | undefined {
    return this.children.get(name)?.pid;
  }

  /** kill -9: no shutdown hook runs, sockets drop, locks and leases stay until they lapse. */
  async kill(name: ProcessName): Promise<void> {
    const child = this.children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  /** Resident memory of a process in MB, from /proc. */
  rssMb(name: ProcessName): number {
    const pid = this.pid(name);
    if (!pid) return 0;
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return kb ? Math.round(Number(kb) / 1024) : 0;
    } catch {
      return 0;
    }
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      [...this.children.entries()].map(async ([name, child]) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
        this.children.delete(name);
      }),
    );
  }
}
