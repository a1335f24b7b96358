import type { ModuleDefinition } from '../platform/module.js';
import { incidentsModule } from './incidents/index.js';
import { safeguardingModule } from './safeguarding/index.js';
import { crimesModule } from './crimes/index.js';
import { investigationsModule } from './investigations/index.js';
import { victimsModule } from './victims/index.js';

/**
 * The one list of business modules, in dependency order: a module may depend only on modules listed
 * before it. Incidents, crimes, investigations, victims, safeguarding, … are added here as they are built.
 */
export const MODULES: readonly ModuleDefinition[] = [incidentsModule, crimesModule, investigationsModule, victimsModule, safeguardingModule];
