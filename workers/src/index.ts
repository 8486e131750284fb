export { startWorkers, type RunningWorkers, type WorkerOptions } from './workers';
export { QUEUE_DEFAULTS, redisOptions } from './queues';
export { JOBS, jobRegistry, type JobHandler, type QueueName } from './jobs';
export { GraphDirectory, SERVICE_USER, type Directory } from './escalation/directory';
export { OutboxRelay } from './relay/relay';
export { outboxJobId } from './ledger/sources';
export { GraphRecomputer, DEADLINE_OWNERS, type Recomputer, type DeadlineOwner } from './recompute/recomputer';
export { unscheduledDeadlines, type ReconcileResult } from './reconciler';
export { failedForGood, PermanentFailure } from './job-state';
