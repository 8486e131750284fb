/**
 * `CoordinationTotal` — a jurisdiction's report summed with those of every jurisdiction under
 * it. The committee subgraph owns the jurisdiction tree and puts `jurisdictionIds` in the key
 * (so the council and the Front compose and run without it); each subgraph sums its
 * per-jurisdiction figures with `sumFigures`, so all of them add up the same way.
 */
export interface ReportTotal {
  jurisdictionId: string;
  year: number;
  /** The jurisdiction itself and every one under it. */
  jurisdictionIds: string[];
}

type Figures = { [field: string]: unknown };

/**
 * Field-by-field sum of figures of one shape: numbers are added, lists are summed item by
 * item (the figures' lists, such as counts by kind, always list the same kinds in the same
 * order), lists of plain values are united (each value once, in order), anything else (a kind's name) is taken from the first.
 */
export function sumFigures<T extends object>(all: readonly T[]): T {
  if (!all.length) throw new Error('sumFigures needs at least one jurisdiction’s figures');
  return all.reduce((total, next) => add(total as Figures, next as Figures) as T);
}

function add(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (Array.isArray(a) && Array.isArray(b)) {
    // A list of plain values (the months a commune fell short of a minimum) is a set: the total
    // lists each value any jurisdiction lists, once, in order.
    if ([...a, ...b].every((v) => typeof v !== 'object')) return [...new Set([...a, ...b])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    if (a.length !== b.length) throw new Error('sumFigures: lists of different lengths');
    return a.map((item, i) => add(item, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, add(v, (b as Figures)[k])]));
  }
  return a;
}

/**
 * A subgraph's figures of a total: its figures of each jurisdiction (through its own batched
 * loader, so one statement for all of them), summed.
 */
export async function sumOverJurisdictions<T extends object>(
  total: ReportTotal,
  figuresOf: (key: { jurisdictionId: string; year: number }) => Promise<T>,
): Promise<T> {
  if (!total.jurisdictionIds.length) throw new Error('CoordinationTotal figures need its jurisdictionIds');
  return sumFigures(await Promise.all(total.jurisdictionIds.map((jurisdictionId) => figuresOf({ jurisdictionId, year: total.year }))));
}
