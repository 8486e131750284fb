/** The part of autocannon's API the bench uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    interface Histogram {
      p50: number;
      p99: number;
      average: number;
      /** requests.total: requests answered in the run. */
      total: number;
    }
    interface Result {
      latency: Histogram;
      requests: Histogram;
      errors: number;
      non2xx: number;
      timeouts: number;
    }
  }
  function autocannon(options: Record<string, unknown>, done: (error: Error | null, result: autocannon.Result) => void): unknown;
  export = autocannon;
}
