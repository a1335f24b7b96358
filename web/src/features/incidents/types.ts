/** Views of the incidents API (server/src/modules/incidents/contract.ts). */
export type { Dashboard, IncidentView, QueueItem, QueuePage, QuestionSetView, UnitView } from '../../../../server/src/modules/incidents/contract';

export type IncidentType = { code: string; label: string; category: string; mustAttend: boolean };

export const GRADE_LABELS: Record<string, string> = {
  immediate: '1 Immediate',
  priority: '2 Priority',
  scheduled: '3 Scheduled',
  resolved_without_deployment: '4 Resolved without deployment',
};
export const GRADE_COLOURS: Record<string, string> = { immediate: 'red', priority: 'orange', scheduled: 'blue', resolved_without_deployment: 'gray' };
export const SOURCES = [['999', '999'], ['101', '101'], ['online', 'Online'], ['walk_in', 'Walk-in'], ['other_agency', 'Other agency']] as const;
export const PERSON_ROLES = ['caller', 'victim', 'suspect', 'witness', 'subject', 'missing_person', 'involved'] as const;
export const FLAG_LABELS: Record<string, string> = {
  domesticAbuse: 'Domestic abuse', mentalHealth: 'Mental health', hate: 'Hate', childInvolved: 'Child involved', firearms: 'Firearms',
  knownVulnerable: 'Known vulnerable', repeatVictim: 'Repeat victim', repeatLocation: 'Repeat location', dangerousSuspect: 'Suspect warning marker',
};
export const HANDLER_FLAGS = ['domesticAbuse', 'mentalHealth', 'hate', 'childInvolved', 'firearms'] as const;
export const THRIVE_ELEMENTS = [
  ['threat', 'Threat'], ['harm', 'Harm'], ['risk', 'Risk'], ['investigation', 'Investigation'], ['vulnerability', 'Vulnerability'],
  ['engagement', 'Engagement'], ['intelligence', 'Intelligence'], ['specificNeeds', 'Specific needs'],
] as const;
export const THRIVE_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const CLOSING_CODES = [
  'crime_recorded', 'no_crime_advice', 'asb_dealt_with', 'false_malicious', 'false_good_intent', 'duplicate',
  'referred_to_partner', 'person_found', 'no_trace', 'public_safety_resolved', 'transport_resolved', 'admin',
] as const;
export const DESK_OUTCOMES = ['no_further_response', 'phone_investigation', 'advice_given', 'referred_to_partner'] as const;
export const humanise = (code: string) => code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
