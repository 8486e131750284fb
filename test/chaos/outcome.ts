import type { World } from './world';

/** What a scenario found: the counts it prints and whether its guarantee held. */
export interface Outcome {
  name: string;
  expected: number;
  found: number;
  lost: number;
  /** Doubles that break a guarantee (in-app ever; email/webhook outside item 2's window). */
  doubled: number;
  /** Email/webhook resends with the same key inside the documented window. */
  inWindow: number;
  ok: boolean;
  notes: string[];
}

export type Scenario = { name: string; run(w: World): Promise<Omit<Outcome, 'name'>> };

export function line(o: Outcome): string {
  const window = o.inWindow ? ` (+${o.inWindow} resent with the same key inside the window)` : '';
  return `${o.ok ? 'ok  ' : 'FAIL'} ${o.name}: expected ${o.expected} / found ${o.found} / lost ${o.lost} / doubled ${o.doubled}${window}${o.notes.length ? `\n       ${o.notes.join('\n       ')}` : ''}`;
}
