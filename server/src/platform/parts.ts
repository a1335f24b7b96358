import { auditPart } from './audit/index.js';
import { authPart } from './auth/index.js';
import { geographyPart } from './geography/index.js';
import { idempotencyPart } from './idempotency/index.js';
import { polePart } from './pole/index.js';
import { referencePart } from './pole/reference/index.js';
import { tasksPart } from './tasks/index.js';

/** Platform services every module builds on, registered before the modules. */
export const PLATFORM_PARTS = [authPart, referencePart, polePart, tasksPart, auditPart, geographyPart, idempotencyPart] as const;
