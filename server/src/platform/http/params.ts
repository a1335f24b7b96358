import { z } from 'zod';

/** Path and header shapes every resource route shares. */
export const IdParams = z.strictObject({ id: z.uuid() });
export const SubIdParams = (sub: string) => z.strictObject({ id: z.uuid(), [sub]: z.uuid() });
export const IfMatchHeader = z.object({ 'if-match': z.string().optional().describe('The ETag you last read, e.g. "3" (required)') });
