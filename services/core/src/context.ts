import type { DataSource } from 'typeorm';
import { Access } from './access';
import type { UserContext } from './auth';
import type { Clock } from './clock';
import type { Logger } from './logging';
import { Loaders } from './loaders';

/** What every resolver receives: who asks, the database, the clock and per-request loaders. */
export interface GraphContext {
  user: UserContext | null;
  access: Access;
  db: DataSource;
  clock: Clock;
  loaders: Loaders;
  logger: Logger;
}

export function createContext(user: UserContext | null, db: DataSource, clock: Clock, logger: Logger): GraphContext {
  return { user, access: new Access(user), db, clock, loaders: new Loaders(), logger };
}
