import { JOBS, jobRegistry } from '../src/jobs';

describe('job registry', () => {
  const noop = async () => 'ok';
  const all = JOBS.deadlines.map((n) => [n, noop] as [string, typeof noop]);

  it('refuses to boot when a job has no handler', () => {
    expect(() => jobRegistry('deadlines', all.slice(1))).toThrow(/no handler for job apply-change/);
    expect(() => jobRegistry('delivery', [['deliver', noop]])).toThrow(/no handler for job digest/);
  });

  it('refuses to boot when a job has two handlers', () => {
    expect(() => jobRegistry('deadlines', [...all, ['stage', noop]])).toThrow(/two handlers for job stage/);
  });

  it('refuses a handler for a job nobody sends', () => {
    expect(() => jobRegistry('deadlines', [...all, ['deliver-pigeon', noop]])).toThrow(/unknown job deliver-pigeon/);
    expect(() => jobRegistry('delivery', [...all])).toThrow(/unknown job apply-change on queue delivery/);
  });
});
