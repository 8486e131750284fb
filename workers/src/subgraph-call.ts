import { signedPost, type Clock } from '@phoihop/core';
import { UnrecoverableError } from 'bullmq';
import { SERVICE_USER } from './escalation/directory';

export interface SubgraphCall {
  url: string;
  signingKey: string;
  clock: Clock;
  /** Names the callee in errors (`front`, `committee`, …). */
  name: string;
  timeoutMs: number;
}

/**
 * One GraphQL operation against a subgraph, directly, as the SERVICE user in a signed header
 * (the workers sit behind the gateway's trust boundary). A request the service refuses
 * (`BAD_USER_INPUT`, `FORBIDDEN`) will be refused again: it fails the job at once, keeping the
 * reason; any other failure is thrown for BullMQ to retry.
 */
export async function callSubgraph<T>(call: SubgraphCall, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(call.url, {
    ...signedPost(call.url, { query, variables }, SERVICE_USER, call.signingKey, call.clock.now()),
    signal: AbortSignal.timeout(call.timeoutMs),
  });
  const body = (await res.json().catch(() => ({}))) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  const errors = body.errors ?? [];
  const reasons = errors.map((e) => e.message).join('; ');
  if (errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'FORBIDDEN')) {
    throw new UnrecoverableError(`${call.name}: ${reasons}`);
  }
  if (!res.ok || errors.length || !body.data) throw new Error(`${call.name} call failed (HTTP ${res.status}): ${reasons}`);
  return body.data;
}
