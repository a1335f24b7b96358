import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendProblem } from './error-handler.js';
import { Problem } from './problems.js';

/** Methods that change something: the ones a forged cross-site request would use. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Browser features no page of Watchhouse uses, switched off for every document and frame. The map draws the
 * force's own GeoJSON and never asks where the user is, so geolocation is off too.
 */
export const PERMISSIONS_POLICY = [
  'camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()', 'serial=()', 'bluetooth=()', 'display-capture=()',
  'accelerometer=()', 'gyroscope=()', 'magnetometer=()', 'midi=()',
].join(', ');

/** host[:port] of an `http(s)` Origin, lower-case with the scheme's default port made explicit; undefined if it is no such origin ("null"). */
function originHost(origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`.toLowerCase();
}

/** The request's Host header in the same form, taking the Origin's default port when the Host names none. */
function requestHost(host: string | undefined, origin: string): string | undefined {
  if (!host) return undefined;
  const defaultPort = origin.toLowerCase().startsWith('https:') ? '443' : '80';
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.trim());
  if (!match) return undefined;
  return `${match[1]}:${match[2] ?? defaultPort}`.toLowerCase();
}

function sameOrigin(request: FastifyRequest, origin: string): boolean {
  const from = originHost(origin);
  return from !== undefined && from === requestHost(request.headers.host, origin);
}

/**
 * Why an unsafe request looks forged by another site, or undefined when it does not. A browser says where a
 * request comes from (Sec-Fetch-Site, Origin); a request that says neither is not from a browser page (curl, an
 * API client, tests) and carries no ambient authority a page could borrow, so it is let through.
 */
export function crossSiteRefusal(request: FastifyRequest): string | undefined {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  if (site === 'cross-site') return 'The request came from another site (Sec-Fetch-Site: cross-site).';
  if (origin !== undefined && !sameOrigin(request, origin)) return `The request came from another origin (Origin: ${origin.slice(0, 200)}).`;
  if (site === 'same-site' && origin === undefined) return 'The request came from another origin of this site (Sec-Fetch-Site: same-site) without saying which.';
  return undefined;
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Why an unsafe request's content type is refused, or undefined. The API takes JSON only: whatever a request
 * sends, and any Content-Type it names, must be application/json. An HTML form on another site cannot send
 * that (form types are urlencoded, multipart and text/plain), and a script that could is stopped by the
 * origin check above. A request with no body and no Content-Type (a sign-out, a DELETE) is accepted.
 */
export function mediaTypeRefusal(request: FastifyRequest): string | undefined {
  const type = request.headers['content-type'];
  if (type === undefined) return hasBody(request) ? 'Send the body as JSON with Content-Type: application/json.' : undefined;
  const media = type.split(';')[0].trim().toLowerCase();
  return media === 'application/json' ? undefined : `Send JSON with Content-Type: application/json (not ${media.slice(0, 100) || 'an empty type'}).`;
}

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/') || (request.routeOptions.url ?? '').startsWith('/api/');

/**
 * HTTP hardening for the whole app (issue 13 item 10), registered once in app.ts before any route:
 * - CSRF: every POST/PUT/PATCH/DELETE that a browser marks as coming from another site or origin answers 403
 *   `/problems/cross-site-request` before it is authenticated or read (login and the public form included:
 *   the web app sends them from its own origin, so only forgeries are refused);
 * - unsafe methods take JSON only (415 `/problems/unsupported-media-type`);
 * - every /api/ response carries `Cache-Control: no-store` (they hold personal data), every response a
 *   Permissions-Policy that switches off camera, microphone, geolocation and the like.
 * Security headers of @fastify/helmet (CSP, HSTS, frame and referrer policy) are set beside this in app.ts.
 */
export function registerHardening(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const forged = crossSiteRefusal(request);
    if (forged) return sendProblem(reply, request, new Problem('cross-site-request', `${forged} Use Watchhouse from its own address.`));
    const media = mediaTypeRefusal(request);
    if (media) return sendProblem(reply, request, new Problem('unsupported-media-type', media));
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
    if (isApi(request)) reply.header('cache-control', 'no-store');
    return payload;
  });
}
