import { defineModule } from '../module.js';
import { tasksRoutes } from './routes.js';

export const tasksPart = defineModule({
  name: 'tasks',
  permissions: ['tasks:read', 'tasks:write', 'tasks:supervise'] as const,
  routes: tasksRoutes,
  schedules: [],
});

export { createTask, finishTask, type NewTask } from './service.js';
export type { TaskView } from './contract.js';
export { TASK_CLOSE_REASONS } from './rules.js';
