/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
    type Options = {
      url?: string;
      connections?: number;
      /** Requests per second across all connections (paced load). */
      overallRate?: number;
      duration?: number;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      requests?: (Request & { setupRequest?: (request: Request) => Request })[];
    };
    type Result = { errors: number; timeouts: number; non2xx: number; requests: { total: number; average: number } };
    type Instance = EventEmitter & PromiseLike<Result>;
  }
  function autocannon(options: autocannon.Options): autocannon.Instance;
  export default autocannon;
}
