import { GRANTS } from './grants.js';
import type { Role } from './platform/auth/roles.js';

/**
 * docs/permissions.md: the role → permission matrix, written from grants.ts. A test fails when the file and the code
 * differ, so every widening of a grant is a visible, reviewed diff (issue 13: `incidents:supervise` granted to
 * constables went unnoticed).
 */
export function permissionsMarkdown(): string {
  const roles = Object.keys(GRANTS) as Role[];
  const permissions = [...new Set(roles.flatMap((role) => GRANTS[role] as readonly string[]))].sort();
  const header = `| Permission | ${roles.join(' | ')} |`;
  const rule = `|---|${roles.map(() => ':-:').join('|')}|`;
  const rows = permissions.map((permission) => `| \`${permission}\` | ${roles.map((role) => ((GRANTS[role] as readonly string[]).includes(permission) ? '✓' : '')).join(' | ')} |`);
  return [
    '# Who may do what',
    '',
    'Generated from `server/src/grants.ts` by `npm run docs:permissions`; `server/src/permissions-doc.test.ts` fails when this',
    'file and the code differ. Change the grants in code, regenerate, and review the diff of this table.',
    '',
    header,
    rule,
    ...rows,
    '',
  ].join('\n');
}
