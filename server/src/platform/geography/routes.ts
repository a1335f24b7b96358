import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../http/request.js';
import { problem } from '../http/problems.js';
import { forceDistricts } from './areas.js';
import { forceMaps, placeAt } from './maps.js';

const tags = ['geography'];
const FeatureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({ type: z.literal('Feature'), properties: z.record(z.string(), z.unknown()), geometry: z.object({ type: z.string(), coordinates: z.array(z.unknown()) }) })),
});
const PlaceQuery = z.strictObject({ lat: z.coerce.number().min(-90).max(90), lon: z.coerce.number().min(-180).max(180) });
const PlaceView = z.object({ district: z.string(), beat: z.string().nullable() });
const AreaList = z.object({
  items: z.array(z.object({
    code: z.string(), name: z.string(), bcu: z.string(),
    beats: z.array(z.object({ code: z.string(), town: z.string() })),
  })),
});

export async function geographyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const mapsOf = (forceId: string) => {
    const maps = forceMaps(forceId);
    if (!maps) throw problem('not-found', 'No map is held for your force.');
    return maps;
  };

  r.get('/geography/districts', {
    config: { permission: 'geography:read' },
    schema: { tags, summary: 'District polygons of your force (GeoJSON, for the offline map)', response: { 200: FeatureCollection } },
  }, async (request) => mapsOf(ctxOf(request, app.deps).forceId).districts);

  r.get('/geography/beats', {
    config: { permission: 'geography:read' },
    schema: { tags, summary: 'Beat polygons of your force (GeoJSON)', response: { 200: FeatureCollection } },
  }, async (request) => mapsOf(ctxOf(request, app.deps).forceId).beats);

  r.get('/geography/areas', {
    config: { permission: 'geography:read' },
    schema: {
      tags, summary: 'Districts of your force with their beats, by name (for district and beat selects)',
      description: 'District filters on lists (control room queue, crimes) accept a district’s code or name from this list; anything else is a 400.',
      response: { 200: AreaList },
    },
  }, async (request) => ({ items: forceDistricts(ctxOf(request, app.deps).forceId) }));

  r.get('/geography/place', {
    config: { permission: 'geography:read' },
    schema: { tags, summary: 'District and beat at a point (404 outside your force area)', querystring: PlaceQuery, response: { 200: PlaceView } },
  }, async (request) => {
    const place = placeAt(ctxOf(request, app.deps).forceId, request.query.lat, request.query.lon);
    if (!place) throw problem('not-found', 'That point is outside your force area.');
    return place;
  });
}
