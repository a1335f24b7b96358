import { z } from 'zod';
import { PageQuery } from '../http/pagination.js';

const isoInstant = z.iso.datetime({ offset: true }).or(z.iso.date());

export const AuditQuery = PageQuery.extend({
  entityId: z.string().max(100).optional(),
  person: z.string().trim().min(2).max(200).optional().describe('A person reference (HT/P/0000042) or name: rows about them or that disclosed them'),
  userId: z.uuid().optional(),
  username: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
}).strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntryView = z.object({
  seq: z.number(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  personIds: z.array(z.string()).describe('People whose identifying data this request disclosed'),
});

export const AuditPage = z.object({ items: z.array(AuditEntryView), nextCursor: z.string().nullable() });
