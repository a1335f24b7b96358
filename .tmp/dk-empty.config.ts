import { defineConfig } from 'drizzle-kit';
export default defineConfig({ dialect: 'postgresql', schema: './.tmp/empty-schema.ts', out: './db/migrations' });
