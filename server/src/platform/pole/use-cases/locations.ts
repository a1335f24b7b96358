import { isValid, toNormalised, validOutcode } from 'postcode';
import { nextReference } from '../../db/references.js';
import type { Ctx } from '../../http/context.js';
import { fieldProblem, problem } from '../../http/problems.js';
import { audit } from '../../audit/audit.js';
import { getLocation, insertLocation, listLocations, updateLocationVersioned } from '../location-queries.js';
import { presentLocation } from '../present.js';
import { placeAt } from '../../geography/index.js';
import type { CreateLocationBody, LocationView } from '../contract.js';

const ENTITY = 'location';

/** "sg12ab" → { postcode: "SG1 2AB", postcodeNorm: "SG12AB" }; invalid postcodes are a 400 naming the field. */
export function checkedPostcode(value: string | null | undefined, path = 'body.postcode') {
  if (!value) return { postcode: null, postcodeNorm: null };
  if (!isValid(value)) throw fieldProblem(path, 'is not a valid UK postcode');
  const postcode = toNormalised(value) as string;
  return { postcode, postcodeNorm: postcode.replace(/\s/g, '') };
}

export async function createLocation(ctx: Ctx, body: CreateLocationBody): Promise<LocationView> {
  if (!body.street && !body.buildingName && !body.description && !body.postcode) {
    throw fieldProblem('body.street', 'give a street, building name, postcode or description');
  }
  const pc = checkedPostcode(body.postcode);
  return ctx.db.transaction(async (tx) => {
    const row = await insertLocation(tx, {
      ...placeOf(ctx.forceId, body), ...body, ...pc, forceId: ctx.forceId, reference: await nextReference(tx, ctx.forceId, 'L'), createdBy: ctx.user.id,
      createdAt: ctx.now(), updatedAt: ctx.now(),
    });
    await audit(tx, ctx, 'location.created', { type: ENTITY, id: row.id });
    return presentLocation(row);
  });
}

/** District and beat from the coordinates, unless the user gave them. */
function placeOf(forceId: string, body: Partial<CreateLocationBody>) {
  if (body.latitude == null || body.longitude == null) return {};
  const place = placeAt(forceId, body.latitude, body.longitude);
  return place ? { district: place.district, beat: place.beat } : {};
}

export async function updateLocation(ctx: Ctx, id: string, version: number, body: Partial<CreateLocationBody>): Promise<LocationView> {
  const pc = body.postcode !== undefined ? checkedPostcode(body.postcode) : {};
  return ctx.db.transaction(async (tx) => {
    const current = await getLocation(tx, ctx.forceId, id);
    const row = await updateLocationVersioned(tx, ctx.forceId, id, version, { ...placeOf(ctx.forceId, body), ...body, ...pc }, ctx.now());
    if (!row) throw problem('stale-version', `This location is at version ${current.version}; you sent ${version}. Reload and try again.`);
    await audit(tx, ctx, 'location.updated', { type: ENTITY, id }, { detail: { fields: Object.keys(body) } });
    return presentLocation(row);
  });
}

export async function readLocation(ctx: Ctx, id: string): Promise<LocationView> {
  const location = await getLocation(ctx.db, ctx.forceId, id);
  await audit(ctx.db, ctx, 'read', { type: 'location', id });
  return presentLocation(location);
}

export async function searchLocations(ctx: Ctx, text: string, limit: number, offset: number): Promise<LocationView[]> {
  const q = text.trim();
  const compact = q.replace(/\s/g, '').toUpperCase();
  const filter = !q
    ? {}
    : isValid(q)
      ? { postcodeNorm: compact }
      : validOutcode(compact)
        ? { outcode: compact }
        : /^\d{6,12}$/.test(q)
          ? { uprn: q }
          : { text: q };
  const rows = await listLocations(ctx.db, ctx.forceId, filter, limit, offset);
  return rows.map(presentLocation);
}
