/** The closed catalogue of problem types (RFC 9457). Services throw `problem(code, detail)`; the error handler renders it. */
export const PROBLEMS = {
  'validation': { status: 400, title: 'The request has invalid fields' },
  'unauthenticated': { status: 401, title: 'You need to sign in' },
  'bad-credentials': { status: 401, title: 'Wrong user name or password' },
  'forbidden': { status: 403, title: 'You do not have permission to do this' },
  'restricted-record': { status: 403, title: 'This record is restricted' },
  'cross-site-request': { status: 403, title: 'Refused: the request came from another site' },
  'not-found': { status: 404, title: 'Not found' },
  'conflict': { status: 409, title: 'This conflicts with a record that already exists' },
  'stale-version': { status: 409, title: 'Someone else changed this record' },
  'invalid-state': { status: 409, title: 'This is not allowed in the record’s current state' },
  'unprocessable': { status: 422, title: 'This cannot be done with the data given' },
  'precondition-required': { status: 428, title: 'If-Match header required' },
  'too-many-attempts': { status: 429, title: 'Too many attempts' },
  'payload-too-large': { status: 413, title: 'The request is too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'headers-too-large': { status: 431, title: 'The request line or headers are too large' },
  'bad-request': { status: 400, title: 'The request could not be read' },
  'internal': { status: 500, title: 'Something went wrong on our side' },
  'unavailable': { status: 503, title: 'The service is briefly unavailable' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export type FieldError = { path: string; message: string };

export class Problem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
  }
}

export function problem(code: ProblemCode, detail: string, errors?: FieldError[]): Problem {
  return new Problem(code, detail, errors);
}

export function fieldProblem(path: string, message: string): Problem {
  return new Problem('validation', `${path}: ${message}`, [{ path, message }]);
}

/** Runs checks that throw field problems and throws one problem naming every bad field, not only the first. */
export function collectFieldProblems(checks: (() => void)[]): void {
  const errors: FieldError[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof Problem) || error.code !== 'validation' || !error.errors) throw error;
      errors.push(...error.errors);
    }
  }
  if (errors.length > 0) throw new Problem('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
}

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
};

export function problemBody(p: Problem, instance?: string): ProblemBody {
  const { status, title } = PROBLEMS[p.code];
  return { type: `/problems/${p.code}`, title, status, detail: p.detail, instance, ...(p.errors ? { errors: p.errors } : {}) };
}
