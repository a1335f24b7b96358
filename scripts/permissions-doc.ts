/** `npm run docs:permissions`: rewrites docs/permissions.md from server/src/grants.ts. */
import '../server/src/supported-node.js';
import { writeFileSync } from 'node:fs';
import { permissionsMarkdown } from '../server/src/permissions-doc.js';

writeFileSync(new URL('../docs/permissions.md', import.meta.url), permissionsMarkdown());
console.log('wrote docs/permissions.md');
