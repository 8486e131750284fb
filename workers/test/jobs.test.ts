import { JOB_NAMES, jobTable } from '../src/jobs';

describe('job table', () => {
  const noop = async () => 'ok';
  const all = JOB_NAMES.map((n) => [n, noop] as [string, typeof noop]);

  it('refuses to boot when a job has no handler', () => {
    expect(() => jobTable(all.slice(1))).toThrow(/no handler for job apply-change/);
  });

  it('refuses to boot when a job has two handlers', () => {
    expect(() => jobTable([...all, ['stage', noop]])).toThrow(/two handlers for job stage/);
  });

  it('refuses a handler for a job nobody sends', () => {
    expect(() => jobTable([...all, ['deliver-pigeon', noop]])).toThrow(/unknown job deliver-pigeon/);
  });
});
