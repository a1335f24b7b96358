import { PLATFORM_TARGETS, referenceTarget, type EntityTargets } from './platform/db/referenced.js';
import type { EntityType } from './contract.js';
import { incidents } from './modules/incidents/schema.js';
import { crimes } from './modules/crimes/schema.js';
import { investigations } from './modules/investigations/schema.js';
import { victims } from './modules/victims/schema.js';
import {
  dashAssessments, dvdsApplications, idvaReferrals, maracReferrals, protectionNotices, safeguardingReferrals,
} from './modules/safeguarding/schema.js';

/**
 * The one map of entity type → table for polymorphic links: a task's `entityType` + `entityId`, a safeguarding
 * record's `linkedType` + `linkedId`. The types are the ones audit rows and tasks use. A link is accepted only
 * to a type listed here, and only when the id names a record of the caller's force (422 otherwise).
 * Handed to the routes as `app.deps.entities`; a new module adds its linkable records here.
 */
export const ENTITY_TARGETS = {
  person: PLATFORM_TARGETS.person,
  location: PLATFORM_TARGETS.location,
  object: PLATFORM_TARGETS.object,
  event: PLATFORM_TARGETS.event,
  incident: referenceTarget(incidents, 'incident'),
  crime: referenceTarget(crimes, 'crime'),
  investigation: referenceTarget(investigations, 'investigation'),
  victim: referenceTarget(victims, 'victim record'),
  dash_assessment: referenceTarget(dashAssessments, 'DASH assessment'),
  marac_referral: referenceTarget(maracReferrals, 'MARAC referral'),
  idva_referral: referenceTarget(idvaReferrals, 'IDVA referral'),
  safeguarding_referral: referenceTarget(safeguardingReferrals, 'safeguarding referral'),
  protection_notice: referenceTarget(protectionNotices, 'DVPN'),
  dvds_application: referenceTarget(dvdsApplications, 'Clare’s Law application'),
} as const satisfies EntityTargets & Record<EntityType, unknown>;
