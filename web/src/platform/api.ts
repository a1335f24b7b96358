/** The one way the web app talks to the server: `/api/v1`, JSON in and out, problem+json errors. */

type FieldError = { path: string; message: string };

type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
};

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemBody;

  constructor(problem: ProblemBody) {
    super(problem.detail || problem.title);
    this.status = problem.status;
    this.problem = problem;
  }

  /** True when the problem type is `/problems/<code>`. */
  is(code: string): boolean {
    return this.problem.type === `/problems/${code}` || this.problem.type.endsWith(`/problems/${code}`);
  }

  /** Field errors keyed by field name (the server's `body.` / `query.` prefixes removed). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) {
      const key = e.path.replace(/^(body|querystring|query|params|headers)\./, '') || e.path;
      out[key] ??= e.message;
    }
    return out;
  }
}

type Options = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** Sends `If-Match: "<version>"` for optimistic concurrency. */
  version?: number;
};

let onUnauthorized: () => void = () => {};

/** Called when any request other than login answers 401, so the app can send the user to sign in. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

const API_BASE = '/api/v1';

export async function api<T>(path: string, options: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  const response = await fetch(`${API_BASE}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    credentials: 'same-origin',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const problem = await readProblem(response);
  if (response.status === 401 && !path.startsWith('/auth/')) onUnauthorized();
  throw new ApiError(problem);
}

async function readProblem(response: Response): Promise<ProblemBody> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Partial<ProblemBody>;
    return {
      type: body.type ?? 'about:blank',
      title: body.title ?? response.statusText,
      status: body.status ?? response.status,
      detail: body.detail ?? body.title ?? response.statusText,
      errors: body.errors,
    };
  } catch {
    return { type: 'about:blank', title: response.statusText, status: response.status, detail: `The server answered ${response.status} ${response.statusText}` };
  }
}

/** Builds `?a=1&b=2` from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
