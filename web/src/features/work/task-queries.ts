export const MY_TASKS_KEY = ['tasks', 'mine'] as const;
