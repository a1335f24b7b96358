import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ETHNICITIES, LINK_ROLES, WARNING_MARKERS } from './catalogue.js';
import { ROLE_LABELS } from '../../auth/roles.js';

const CodeList = z.object({ items: z.array(z.object({ code: z.string(), label: z.string(), kind: z.string().optional(), severity: z.string().optional() })) });

export async function referenceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/reference/warning-markers', {
    config: { permission: 'reference:read' },
    schema: { tags: ['reference'], summary: 'Warning marker codes (PNC signals and force markers)', response: { 200: CodeList } },
  }, async () => ({ items: WARNING_MARKERS.map((m) => ({ ...m })) }));
  r.get('/reference/ethnicities', {
    config: { permission: 'reference:read' },
    schema: { tags: ['reference'], summary: 'ONS 2011 ethnic groups (18 + not stated)', response: { 200: CodeList } },
  }, async () => ({ items: ETHNICITIES.map((e) => ({ ...e })) }));
  r.get('/reference/link-roles', {
    config: { permission: 'reference:read' },
    schema: { tags: ['reference'], summary: 'Roles a person, object or location can have in an event', response: { 200: CodeList } },
  }, async () => ({ items: LINK_ROLES.map((code) => ({ code, label: code.replace(/_/g, ' ') })) }));
  r.get('/reference/roles', {
    config: { permission: 'reference:read' },
    schema: { tags: ['reference'], summary: 'User roles (DESIGN §5)', response: { 200: CodeList } },
  }, async () => ({ items: Object.entries(ROLE_LABELS).map(([code, label]) => ({ code, label })) }));
}
