import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/connect.js';
import type { Ctx } from '../http/context.js';
import { audit, type AuditEntity } from '../audit/audit.js';
import { personAccess, persons } from './schema.js';
import { restrictedAccess } from './rules.js';

/** A person as one viewer may see them, wherever a module shows a person (list, dashboard, task, search, drill-down). */
export type PersonRef = {
  id: string;
  reference: string;
  /** "Forenames Surname", or "Restricted record" when redacted. */
  name: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  restricted: boolean;
  /** True when the viewer is not on the access list and gave no reason: only the reference is shown. */
  redacted: boolean;
};

export const REDACTED_NAME = 'Restricted record';

/** Fallback for an id that no longer resolves (never expected: person links are foreign keys). */
const unknownRef = (id: string): PersonRef => ({ id, reference: '', name: 'Unknown person', forenames: '', surname: '', dateOfBirth: null, restricted: false, redacted: true });

type Viewer = Pick<Ctx, 'db' | 'user' | 'forceId' | 'requestId' | 'now' | 'accessReason'>;

/**
 * The one way a person reaches a response (DESIGN §10, issue 13 item 5): turns person ids into references for this
 * viewer, redacted unless the person is unrestricted, the viewer is on the access list, or the viewer stated a reason
 * (X-Access-Reason, audited). Records in the same transaction which people were disclosed to whom (DPA 2018 s.62
 * consultation log), so `GET /audit?entityId=<person>` finds every response that showed them.
 */
export async function personRefs(tx: Db, ctx: Viewer, ids: readonly (string | null | undefined)[], about?: AuditEntity): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  const refs = new Map<string, PersonRef>();
  if (wanted.length === 0) return refs;
  const rows = await tx
    .select({
      id: persons.id, reference: persons.reference, forenames: persons.forenames, surname: persons.surname, dateOfBirth: persons.dateOfBirth, restricted: persons.restricted,
      onList: sql<boolean>`${personAccess.userId} is not null`,
    })
    .from(persons)
    .leftJoin(personAccess, and(eq(personAccess.forceId, persons.forceId), eq(personAccess.personId, persons.id), eq(personAccess.userId, ctx.user.id)))
    .where(and(eq(persons.forceId, ctx.forceId), inArray(persons.id, wanted)));
  const disclosed: string[] = [];
  const overridden: string[] = [];
  const withheld: string[] = [];
  for (const row of rows) {
    const access = restrictedAccess(row, row.onList, ctx.accessReason);
    if (access === 'refused') {
      withheld.push(row.id);
      refs.set(row.id, { id: row.id, reference: row.reference, name: REDACTED_NAME, forenames: 'Restricted', surname: 'record', dateOfBirth: null, restricted: true, redacted: true });
      continue;
    }
    disclosed.push(row.id);
    if (access === 'reason-given') overridden.push(row.id);
    refs.set(row.id, { id: row.id, reference: row.reference, name: `${row.forenames} ${row.surname}`, forenames: row.forenames, surname: row.surname, dateOfBirth: row.dateOfBirth, restricted: row.restricted, redacted: false });
  }
  for (const id of wanted) if (!refs.has(id)) refs.set(id, unknownRef(id));
  if (disclosed.length > 0 || withheld.length > 0) {
    await audit(tx, ctx, 'person.disclosed', about ?? { type: 'person', id: disclosed.length === 1 ? disclosed[0] : null }, {
      reason: overridden.length > 0 ? (ctx.accessReason ?? null) : null,
      personIds: disclosed,
      detail: withheld.length > 0 || overridden.length > 0 ? { ...(withheld.length > 0 ? { withheld } : {}), ...(overridden.length > 0 ? { accessOverride: overridden } : {}) } : undefined,
    });
  }
  return refs;
}

/** One person's reference for this viewer (see personRefs). */
export async function personRef(tx: Db, ctx: Viewer, id: string, about?: AuditEntity): Promise<PersonRef> {
  return (await personRefs(tx, ctx, [id], about)).get(id)!;
}
