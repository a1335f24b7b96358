import type { Question } from './schema.js';

/** Seed question sets (Quicksilver-style scripts; STANDARDS §2 C8, C9, C11, C13). Administrators change them per force. */
export const SEED_QUESTION_SETS: { incidentType: string; name: string; questions: Question[] }[] = [
  {
    incidentType: 'DOMESTIC_ABUSE',
    name: 'Domestic abuse',
    questions: [
      { id: 'caller_safe_now', text: 'Is the caller safe to talk and safe right now?', kind: 'yes_no', required: true, advice: 'If not, keep the line open and grade immediate.' },
      { id: 'suspect_present', text: 'Is the suspect still present?', kind: 'yes_no', required: true },
      { id: 'injuries', text: 'Is anyone injured?', kind: 'yes_no', required: true },
      { id: 'weapons', text: 'Are weapons involved or available?', kind: 'yes_no', required: true },
      { id: 'threats_to_kill', text: 'Has the suspect threatened to kill?', kind: 'yes_no', required: true },
      { id: 'strangulation', text: 'Any strangling, choking or suffocation?', kind: 'yes_no', required: true },
      { id: 'children_present', text: 'Are children in the household or present?', kind: 'yes_no', required: true, advice: 'Yes → child-protection referral prompt and Operation Encompass (STANDARDS §2 C9, §8).' },
      { id: 'bail_or_orders', text: 'Is the suspect on bail or subject to an order?', kind: 'yes_no' },
      { id: 'preservation_advice', text: 'Evidence-preservation advice given?', kind: 'yes_no', advice: 'Do not clean up; keep messages and clothing (C8).' },
    ],
  },
  {
    incidentType: 'MISSING_PERSON',
    name: 'Missing person',
    questions: [
      { id: 'age', text: 'Age of the missing person', kind: 'text', required: true },
      { id: 'last_seen', text: 'When and where last seen?', kind: 'text', required: true },
      { id: 'out_of_character', text: 'Is this out of character?', kind: 'yes_no', required: true },
      { id: 'medical_needs', text: 'Any medical needs or medication?', kind: 'yes_no' },
      { id: 'risk_of_harm', text: 'Any risk of self-harm, exploitation or harm from others?', kind: 'yes_no', required: true },
      { id: 'missing_before', text: 'Has the person been missing before?', kind: 'yes_no' },
      { id: 'home_searched', text: 'Has the home been searched?', kind: 'yes_no' },
    ],
  },
  {
    incidentType: 'CONCERN_FOR_WELFARE',
    name: 'Concern for welfare',
    questions: [
      { id: 'relationship', text: 'Caller’s relationship to the person', kind: 'text', required: true },
      { id: 'last_contact', text: 'When was the person last in contact?', kind: 'text', required: true },
      { id: 'known_vulnerability', text: 'Any known illness, disability or vulnerability?', kind: 'yes_no', required: true },
      { id: 'partner_agency', text: 'Could another agency respond better?', kind: 'choice', options: ['No', 'Ambulance', 'Mental health team', 'Social care', 'Housing'] },
      { id: 'left_home_at_risk', text: 'Has the person left home while at risk?', kind: 'yes_no', advice: 'Yes → missing-person assessment (STANDARDS §2 C9).' },
    ],
  },
  {
    incidentType: 'MENTAL_HEALTH',
    name: 'Mental health',
    questions: [
      { id: 'immediate_danger', text: 'Is anyone in immediate danger?', kind: 'yes_no', required: true },
      { id: 'self_harm', text: 'Has the person harmed themselves or threatened to?', kind: 'yes_no', required: true },
      { id: 'weapons', text: 'Does the person have access to weapons or means?', kind: 'yes_no', required: true },
      { id: 'known_to_services', text: 'Is the person known to mental health services?', kind: 'yes_no' },
      { id: 'triage_consulted', text: 'Mental-health triage consulted?', kind: 'yes_no', advice: 'Record triage as an engagement; health professional response target 1 h (C11).' },
    ],
  },
  {
    incidentType: 'RTC',
    name: 'Road traffic collision',
    questions: [
      { id: 'injuries', text: 'Is anyone injured or trapped?', kind: 'yes_no', required: true },
      { id: 'road_blocked', text: 'Is the road blocked or dangerous?', kind: 'yes_no', required: true },
      { id: 'vehicles', text: 'How many vehicles?', kind: 'text' },
      { id: 'fail_to_stop', text: 'Did a driver fail to stop?', kind: 'yes_no' },
      { id: 'drink_drugs', text: 'Any suspicion of drink or drugs?', kind: 'yes_no' },
    ],
  },
  {
    incidentType: 'BURGLARY_IN_PROGRESS',
    name: 'Burglary in progress',
    questions: [
      { id: 'offenders_on_premises', text: 'Are the offenders still on the premises?', kind: 'yes_no', required: true },
      { id: 'occupants_home', text: 'Is anyone at home?', kind: 'yes_no', required: true },
      { id: 'weapons_seen', text: 'Any weapons seen?', kind: 'yes_no', required: true },
      { id: 'description', text: 'Description and direction of travel', kind: 'text' },
      { id: 'vehicle', text: 'Vehicle used?', kind: 'text' },
      { id: 'scene_preservation', text: 'Scene-preservation advice given?', kind: 'yes_no', advice: 'Do not touch entry points; keep people out (C8).' },
    ],
  },
];
