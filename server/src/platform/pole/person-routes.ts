import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../http/request.js';
import { IfMatchHeader } from '../http/params.js';
import { ifMatchVersion, withEtag } from '../http/context.js';
import {
  AddAddressBody, AddMarkerBody, AliasInput, CreatePersonBody, DuplicateCandidates, DuplicateCheckBody, EndAddressBody, EndWithReasonBody,
  IdParams, MarkerView, MergeBody, PersonSearchPage, PersonSearchQuery, PersonView, PhoneInput, RestrictBody, SubIdParams, UpdatePersonBody,
} from './contract.js';
import { createPerson } from './use-cases/create-person.js';
import { readPerson } from './use-cases/read-person.js';
import { updatePerson } from './use-cases/update-person.js';
import { addAddress, addAlias, addPhone, endPersonAddress, removeAlias, removePhone } from './use-cases/person-details.js';
import { addWarningMarker, endWarningMarker } from './use-cases/markers.js';
import { mergePersons, undoMerge } from './use-cases/merge-persons.js';
import { restrictPerson, unrestrictPerson } from './use-cases/restrict-person.js';
import { findDuplicateCandidates, findPersons } from './use-cases/search-persons.js';

const tags = ['persons'];
const accessReasonHeader = z.object({ 'x-access-reason': z.string().max(500).optional() });

export async function personRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.deps);

  r.get('/persons', {
    config: { permission: 'persons:read' },
    schema: {
      tags, summary: 'Search people: names with typos, phonetic variants, nicknames, initials; DOB, year or age; phone, PNC ID, postcode, street',
      querystring: PersonSearchQuery, response: { 200: PersonSearchPage },
    },
  }, async (request) => findPersons(ctx(request), request.query));

  r.post('/persons/duplicate-candidates', {
    config: { permission: 'persons:read' },
    schema: { tags, summary: 'Likely duplicates of a person about to be created, with reasons', body: DuplicateCheckBody, response: { 200: DuplicateCandidates } },
  }, async (request) => findDuplicateCandidates(ctx(request), request.body));

  r.post('/persons', {
    config: { permission: 'persons:write' },
    schema: { tags, summary: 'Create a person (nominal)', body: CreatePersonBody, response: { 201: PersonView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await createPerson(ctx(request), request.body))));

  r.get('/persons/:id', {
    config: { permission: 'persons:read' },
    schema: {
      tags, summary: 'A person with markers first, names, phones, addresses and everything linked; restricted records need X-Access-Reason unless on the access list',
      params: IdParams, headers: accessReasonHeader, response: { 200: PersonView },
    },
  }, async (request, reply) => withEtag(reply, await readPerson(ctx(request), request.params.id)));

  r.patch('/persons/:id', {
    config: { permission: 'persons:write' },
    schema: { tags, summary: 'Change a person’s details (If-Match required)', params: IdParams, headers: IfMatchHeader, body: UpdatePersonBody, response: { 200: PersonView } },
  }, async (request, reply) => withEtag(reply, await updatePerson(ctx(request), request.params.id, ifMatchVersion(request), request.body)));

  r.post('/persons/:id/aliases', {
    config: { permission: 'persons:write' },
    schema: { tags, summary: 'Add an alias, maiden name or nickname', params: IdParams, body: AliasInput, response: { 201: PersonView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await addAlias(ctx(request), request.params.id, request.body))));

  r.delete('/persons/:id/aliases/:aliasId', {
    config: { permission: 'persons:write' },
    schema: { tags, summary: 'Remove an alias entered in error', params: SubIdParams('aliasId'), response: { 200: PersonView } },
  }, async (request, reply) => withEtag(reply, await removeAlias(ctx(request), request.params.id, request.params.aliasId as string)));

  r.post('/persons/:id/phones', {
    config: { permission: 'persons:write' },
    schema: { tags, summary: 'Add a phone number', params: IdParams, body: PhoneInput, response: { 201: PersonView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await addPhone(ctx(request), request.params.id, request.body))));

  r.delete('/persons/:id/phones/:phoneId', {
    config: { permission: 'persons:write' },
    schema: { tags, summary: 'Remove a phone number entered in error', params: SubIdParams('phoneId'), response: { 200: PersonView } },
  }, async (request, reply) => withEtag(reply, await removePhone(ctx(request), request.params.id, request.params.phoneId as string)));

  r.post('/persons/:id/addresses', {
    config: { permission: 'persons:write' },
    schema: { tags, summary: 'Add an address (a location) over a period', params: IdParams, body: AddAddressBody, response: { 201: PersonView } },
  }, async (request, reply) => reply.status(201).send(withEtag(reply, await addAddress(ctx(request), request.params.id, request.body))));

  r.post('/persons/:id/addresses/:addressId/end', {
    config: { permission: 'persons:write' },
    schema: { tags, summary: 'Record that the person left an address', params: SubIdParams('addressId'), body: EndAddressBody, response: { 200: PersonView } },
  }, async (request, reply) => withEtag(reply, await endPersonAddress(ctx(request), request.params.id, request.params.addressId as string, request.body.toDate)));

  r.post('/persons/:id/warning-markers', {
    config: { permission: 'markers:write' },
    schema: { tags, summary: 'Add a warning marker', params: IdParams, body: AddMarkerBody, response: { 201: MarkerView } },
  }, async (request, reply) => reply.status(201).send(await addWarningMarker(ctx(request), request.params.id, request.body)));

  r.post('/persons/:id/warning-markers/:markerId/end', {
    config: { permission: 'markers:write' },
    schema: { tags, summary: 'End a warning marker with a reason (markers are never deleted)', params: SubIdParams('markerId'), body: EndWithReasonBody, response: { 200: MarkerView } },
  }, async (request) => endWarningMarker(ctx(request), request.params.id, request.params.markerId as string, request.body.reason));

  r.post('/persons/:id/merge', {
    config: { permission: 'persons:merge' },
    schema: { tags, summary: 'Merge a duplicate record into this one (every link moves; undoable)', params: IdParams, body: MergeBody, response: { 200: PersonView } },
  }, async (request, reply) => withEtag(reply, await mergePersons(ctx(request), request.params.id, request.body.duplicateId, request.body.reason, app.deps.personColumns)));

  r.post('/persons/merges/:id/undo', {
    config: { permission: 'persons:merge' },
    schema: { tags, summary: 'Undo a merge: the duplicate and what moved with it are restored', params: IdParams, response: { 200: PersonView } },
  }, async (request, reply) => withEtag(reply, await undoMerge(ctx(request), request.params.id, app.deps.personColumns)));

  r.post('/persons/:id/restrict', {
    config: { permission: 'persons:restrict' },
    schema: { tags, summary: 'Restrict a record to an access list (need-to-know)', params: IdParams, body: RestrictBody, response: { 200: PersonView } },
  }, async (request, reply) => withEtag(reply, await restrictPerson(ctx(request), request.params.id, request.body)));

  r.post('/persons/:id/unrestrict', {
    config: { permission: 'persons:restrict' },
    schema: { tags, summary: 'Lift a restriction', params: IdParams, body: EndWithReasonBody, response: { 200: PersonView } },
  }, async (request, reply) => withEtag(reply, await unrestrictPerson(ctx(request), request.params.id, request.body.reason)));
}
