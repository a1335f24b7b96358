import { nextReference } from '../../db/references.js';
import type { Ctx } from '../../http/context.js';
import { problem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { getObject, insertObject, listObjects, updateObjectVersioned } from '../location-queries.js';
import { presentObject } from '../present.js';
import { normaliseVrm } from '../rules.js';
import type { CreateObjectBody, ObjectView } from '../contract.js';

const ENTITY = 'object';

export async function createObject(ctx: Ctx, body: CreateObjectBody): Promise<ObjectView> {
  return ctx.db.transaction(async (tx) => {
    const row = await insertObject(tx, {
      ...body, vrm: body.vrm ? normaliseVrm(body.vrm) : null, forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'O'),
      createdBy: ctx.user.id, createdAt: ctx.now(), updatedAt: ctx.now(),
    });
    await audit(tx, ctx, 'object.created', { type: ENTITY, id: row.id });
    return presentObject(row);
  });
}

export async function updateObject(ctx: Ctx, id: string, version: number, body: Partial<CreateObjectBody>): Promise<ObjectView> {
  return ctx.db.transaction(async (tx) => {
    const current = await getObject(tx, ctx.forceId, id);
    const values = body.vrm ? { ...body, vrm: normaliseVrm(body.vrm) } : body;
    const row = await updateObjectVersioned(tx, ctx.forceId, id, version, values, ctx.now());
    if (!row) throw problem('stale-version', `This object is at version ${current.version}; you sent ${version}. Reload and try again.`);
    await audit(tx, ctx, 'object.updated', { type: ENTITY, id }, { detail: { fields: Object.keys(body) } });
    return presentObject(row);
  });
}

export async function readObject(ctx: Ctx, id: string): Promise<ObjectView> {
  const object = await getObject(ctx.db, ctx.forceId, id);
  await audit(ctx.db, ctx, 'read', { type: 'object', id });
  return presentObject(object);
}

export async function searchObjects(ctx: Ctx, text: string, limit: number, offset: number): Promise<ObjectView[]> {
  const q = text.trim();
  const rows = await listObjects(ctx.db, ctx.forceId, q ? { vrm: normaliseVrm(q), text: q } : {}, limit, offset);
  return rows.map(presentObject);
}
