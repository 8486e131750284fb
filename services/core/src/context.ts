import type { DataSource } from 'typeorm';
import { Access } from './access';
import type { UserContext } from './auth';
import { localDate, type Clock } from './clock';
import type { Logger } from './logging';
import { Loaders } from './loaders';

/** What every resolver receives: who asks, the database, the clock and per-request loaders. */
export interface GraphContext {
  user: UserContext | null;
  access: Access;
  db: DataSource;
  clock: Clock;
  /** The deployment's IANA zone (config TIME_ZONE): what "today" means for deadlines. */
  timeZone: string;
  /** Today's date (YYYY-MM-DD) in the deployment's zone, by the one clock. */
  today(): string;
  loaders: Loaders;
  logger: Logger;
  /** The gateway's id of the client request this fetch serves (requestMemo); null for a direct call. */
  requestId: string | null;
}

export function createContext(
  user: UserContext | null,
  db: DataSource,
  clock: Clock,
  logger: Logger,
  timeZone = 'Asia/Ho_Chi_Minh',
  requestId: string | null = null,
): GraphContext {
  return { user, access: new Access(user), db, clock, timeZone, today: () => localDate(clock.now(), timeZone), loaders: new Loaders(), logger, requestId };
}
