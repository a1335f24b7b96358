import { openDatabase } from '../server/src/platform/db/connect.js';
import { sql } from 'drizzle-orm';
const t = Date.now();
const d = await openDatabase({ dataDir: null });
console.log('open+migrate ms', Date.now() - t);
console.log((await d.db.execute(sql`select similarity('john smith','jon smyth') s, dmetaphone('smith') m`)).rows);
await d.close();
