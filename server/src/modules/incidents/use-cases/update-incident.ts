import { newId } from '../../../platform/db/columns.js';
import { fieldProblem, problem } from '../../../platform/http/problems.js';
import type { AddLogBody, AnswersBody, IncidentPersonInput, IncidentView, SetFlagsBody, ThriveBody } from '../contract.js';
import { isSupervisor } from '../policy.js';
import { findQuestionSetById, insertIncidentPersons, insertLog, listIncidentPersons, type IncidentRow } from '../queries.js';
import { flagRemovalRefusal, impliedFlags, isThriveComplete, type Thrive } from '../rules.js';
import { checkPersons } from './create-incident.js';
import { changeIncident, handlerFlagsOf, type IncidentCtx } from './record.js';

function openForChange(incident: IncidentRow) {
  if (incident.status === 'closed') throw problem('invalid-state', 'The incident is closed; reopen is not available, log a new incident instead.');
}

/** Narrative is append-only: there is no edit or delete, and the database refuses both. */
export function addLogEntry(ctx: IncidentCtx, id: string, body: AddLogBody): Promise<IncidentView> {
  return changeIncident(ctx, id, null, () => ({
    changes: {},
    action: 'incident.logged',
    after: (tx, incident) => insertLog(tx, { forceId: ctx.forceId, id: newId(), incidentId: incident.id, at: ctx.now(), userId: ctx.user.id, username: ctx.user.username, kind: 'narrative', text: body.text }),
  }));
}

export function addIncidentPerson(ctx: IncidentCtx, id: string, body: IncidentPersonInput): Promise<IncidentView> {
  return changeIncident(ctx, id, null, async (tx, incident) => {
    openForChange(incident);
    await checkPersons(tx, ctx.forceId, [body], () => 'body.personId');
    const links = await listIncidentPersons(tx, ctx.forceId, id);
    if (links.some((l) => l.personId === body.personId && l.role === body.role)) throw problem('conflict', `That person is already attached as ${body.role}.`);
    return {
      changes: {},
      action: 'incident.person_added',
      detail: { personId: body.personId, role: body.role },
      after: async (t) => {
        await insertIncidentPersons(t, [{ forceId: ctx.forceId, id: newId(), incidentId: id, personId: body.personId, role: body.role, addedAt: ctx.now(), addedBy: ctx.user.id }]);
      },
    };
  });
}

export function setIncidentFlags(ctx: IncidentCtx, id: string, version: number, body: SetFlagsBody): Promise<IncidentView> {
  return changeIncident(ctx, id, version, (_tx, incident) => {
    openForChange(incident);
    const before = handlerFlagsOf(incident);
    const after = impliedFlags(incident.type, { ...before, ...Object.fromEntries(Object.entries(body.flags).filter(([, v]) => v !== undefined)) });
    const refusal = flagRemovalRefusal(before, after, isSupervisor(ctx.user));
    if (refusal) throw problem('invalid-state', refusal);
    return { changes: after, action: 'incident.flags_set', detail: { before, after } };
  });
}

/** Answers are checked against the incident's question set: unknown questions and wrong kinds name the field. */
export function answerQuestions(ctx: IncidentCtx, id: string, version: number, body: AnswersBody): Promise<IncidentView> {
  return changeIncident(ctx, id, version, async (tx, incident) => {
    openForChange(incident);
    const set = await findQuestionSetById(tx, ctx.forceId, incident.questionSetId);
    if (!set) throw problem('unprocessable', 'This incident type has no question set to answer.');
    const questions = new Map(set.questions.map((q) => [q.id, q]));
    for (const [key, value] of Object.entries(body.answers)) {
      const question = questions.get(key);
      const path = `body.answers.${key}`;
      if (!question) throw fieldProblem(path, 'not a question of this incident’s question set');
      if (question.kind === 'yes_no' && typeof value !== 'boolean') throw fieldProblem(path, 'answer yes or no (true/false)');
      if (question.kind !== 'yes_no' && typeof value !== 'string') throw fieldProblem(path, 'answer with text');
      if (question.kind === 'choice' && !question.options?.includes(value as string)) throw fieldProblem(path, `choose one of: ${question.options?.join(', ')}`);
    }
    return { changes: { answers: { ...incident.answers, ...body.answers } }, action: 'incident.answered', detail: { questions: Object.keys(body.answers) } };
  });
}

/** THRIVE entries are merged element by element; a complete assessment moves an open incident to assessed. */
export function assessThrive(ctx: IncidentCtx, id: string, version: number, body: ThriveBody): Promise<IncidentView> {
  return changeIncident(ctx, id, version, (_tx, incident) => {
    openForChange(incident);
    const entries = Object.fromEntries(Object.entries(body.thrive).filter(([, v]) => v !== undefined));
    const thrive: Thrive = { ...incident.thrive, ...entries };
    const status = incident.status === 'open' && isThriveComplete(thrive) ? 'assessed' : incident.status;
    return { changes: { thrive, status }, action: 'incident.assessed', detail: { elements: Object.keys(entries) } };
  });
}
