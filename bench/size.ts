/** The province the bench generates and reads, and where: shared by bench/data.ts and bench/run.ts. */
export interface BenchSize {
  communes: number;
  cases: number;
  recommendations: number;
  assignments: number;
  petitions: number;
}

export const PROVINCE: BenchSize = { communes: 100, cases: 1_000_000, recommendations: 200_000, assignments: 200_000, petitions: 100_000 };

function option(argv: string[], name: string): string | undefined {
  return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** `--scale=0.01` for a small run: every count scaled, at least 2 communes. */
export function benchSize(argv: string[]): BenchSize {
  const scale = Number(option(argv, 'scale') ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale must be in (0, 1], not ${option(argv, 'scale')}`);
  const at = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    communes: at(PROVINCE.communes, 2),
    cases: at(PROVINCE.cases, 100),
    recommendations: at(PROVINCE.recommendations, 40),
    assignments: at(PROVINCE.assignments, 40),
    petitions: at(PROVINCE.petitions, 20),
  };
}

/** `--database=NAME` or BENCH_DATABASE_URL; by default `phoihop_bench` on the local server. */
export function benchDatabaseUrl(argv: string[]): string {
  const name = option(argv, 'database');
  if (name) return `postgres://postgres@127.0.0.1:5432/${name}`;
  return process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/phoihop_bench';
}
