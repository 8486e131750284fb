export { startWorkers, type RunningWorkers, type WorkerOptions } from './workers';
export { DEADLINES_QUEUE, DEFAULT_JOB_OPTIONS, redisOptions } from './queues';
export { JOB_NAMES, jobTable } from './jobs';
export { GraphDirectory, SERVICE_USER, type Directory } from './escalation/directory';
export { OutboxRelay } from './relay/relay';
export { outboxJobId } from './ledger/sources';
export { GraphRecomputer, DEADLINE_OWNERS, type Recomputer, type DeadlineOwner } from './recompute/recomputer';
