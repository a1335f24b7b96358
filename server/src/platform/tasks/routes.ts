import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../http/request.js';
import { ifMatchVersion, withEtag } from '../http/context.js';
import { IfMatchHeader } from '../http/params.js';
import {
  CloseTaskBody, CompleteTaskBody, CreateTaskBody, MyTasksQuery, ReassignTaskBody, TaskList, TaskListQuery, TaskParams, TaskView,
} from './contract.js';
import { addTask, closeTask, completeTask, getTask, listMyTasks, listTasks, reassignTask } from './service.js';

const IF_MATCH = 'Send If-Match with the ETag you last read; 409 if the task changed since, 428 if missing.';

export async function tasksRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/tasks/mine', {
    config: { permission: 'tasks:read' },
    schema: {
      tags: ['tasks'],
      summary: 'My work: tasks assigned to me or my team, and those escalated to my role (overdue first, then by due time)',
      querystring: MyTasksQuery,
      response: { 200: TaskList },
    },
  }, async (request) => listMyTasks(ctxOf(request, app.deps), request.query));

  r.get('/tasks', {
    config: { permission: 'tasks:supervise' },
    schema: {
      tags: ['tasks'],
      summary: 'Every task of your force, for supervisors (overdue first, then by due time)',
      querystring: TaskListQuery,
      response: { 200: TaskList },
    },
  }, async (request) => listTasks(ctxOf(request, app.deps), request.query));

  r.get('/tasks/:id', {
    config: { permission: 'tasks:read' },
    schema: { tags: ['tasks'], summary: 'One task', params: TaskParams, response: { 200: TaskView } },
  }, async (request, reply) => withEtag(reply, await getTask(ctxOf(request, app.deps), request.params.id)));

  r.post('/tasks', {
    config: { permission: 'tasks:write' },
    schema: {
      tags: ['tasks'],
      summary: 'Create a task (for yourself or your team; supervisors may assign anyone in the force)',
      body: CreateTaskBody,
      response: { 201: TaskView },
    },
  }, async (request, reply) => {
    const view = await addTask(ctxOf(request, app.deps), request.body, app.deps.entities);
    return withEtag(reply.status(201), view);
  });

  r.post('/tasks/:id/complete', {
    config: { permission: 'tasks:write' },
    schema: {
      tags: ['tasks'],
      summary: 'Complete a task with its recorded outcome',
      description: IF_MATCH,
      params: TaskParams, headers: IfMatchHeader,
      body: CompleteTaskBody,
      response: { 200: TaskView },
    },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await completeTask(ctxOf(request, app.deps), request.params.id, version, request.body));
  });

  r.post('/tasks/:id/close', {
    config: { permission: 'tasks:write' },
    schema: {
      tags: ['tasks'],
      summary: 'Close a task without doing it: a reason code and a written reason are required and audited',
      description: IF_MATCH,
      params: TaskParams, headers: IfMatchHeader,
      body: CloseTaskBody,
      response: { 200: TaskView },
    },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await closeTask(ctxOf(request, app.deps), request.params.id, version, request.body));
  });

  r.post('/tasks/:id/reassign', {
    config: { permission: 'tasks:supervise' },
    schema: {
      tags: ['tasks'],
      summary: 'Give an open task to another person or team, with a reason',
      description: IF_MATCH,
      params: TaskParams, headers: IfMatchHeader,
      body: ReassignTaskBody,
      response: { 200: TaskView },
    },
  }, async (request, reply) => {
    const version = ifMatchVersion(request);
    return withEtag(reply, await reassignTask(ctxOf(request, app.deps), request.params.id, version, request.body));
  });
}
