import { WARNING_MARKER_CODES, type WarningMarkerCode } from '../platform/pole/reference/catalogue.js';
import { DAYS_PER_YEAR, isoDate } from './dates.js';
import { weighted, type Random, type Weighted } from './random.js';

type MarkerSpec = {
  weight: number;
  minAge: number;
  maxAge?: number;
  sources: readonly string[];
  /** Months from the start date to the first review. */
  reviewMonths: number;
  reasons: readonly string[];
};

const PNC = ['PNC'];

const SPECS: Record<WarningMarkerCode, MarkerSpec> = {
  violent: { weight: 22, minAge: 10, sources: PNC, reviewMonths: 36, reasons: [
    'Assaulted a police officer during arrest', 'Violent towards custody staff', 'Conviction for wounding (s.20 OAPA 1861)',
    'Threatened neighbours with violence', 'Headbutted a door supervisor', 'Punched a paramedic attending a call'] },
  weapons: { weight: 9, minAge: 10, sources: PNC, reviewMonths: 36, reasons: [
    'Found in possession of a lock knife', 'Known to carry a bladed article', 'Conviction for possession of an offensive weapon',
    'Produced a screwdriver when stopped'] },
  firearms: { weight: 1.5, minAge: 14, sources: PNC, reviewMonths: 36, reasons: [
    'Intelligence suggests access to a handgun', 'Conviction for possession of an imitation firearm', 'Shotgun certificate revoked'] },
  explosives: { weight: 0.3, minAge: 14, sources: PNC, reviewMonths: 36, reasons: [
    'Found with fireworks adapted into a device', 'Intelligence of interest in making explosives'] },
  drugs: { weight: 14, minAge: 12, sources: PNC, reviewMonths: 36, reasons: [
    'Conviction for possession with intent to supply (Class A)', 'Known heroin user; may conceal drugs', 'Linked to county lines supply',
    'Found with cannabis packaged for sale'] },
  mental_health: { weight: 8, minAge: 10, sources: ['PNC', 'Custody record'], reviewMonths: 12, reasons: [
    'Detained under s.136 Mental Health Act', 'Diagnosed with schizophrenia; may become agitated', 'Known to the community mental health team'] },
  suicidal: { weight: 4, minAge: 10, sources: ['PNC', 'Custody record'], reviewMonths: 12, reasons: [
    'Expressed suicidal thoughts in custody', 'Attempted suicide by ligature', 'Threatened to jump from a motorway bridge'] },
  self_harm: { weight: 5, minAge: 10, sources: ['PNC', 'Custody record'], reviewMonths: 12, reasons: [
    'History of cutting; remove sharp items', 'Self-harmed in custody', 'Took an overdose after arrest'] },
  escaper: { weight: 1.5, minAge: 12, sources: PNC, reviewMonths: 36, reasons: [
    'Escaped from police custody', 'Absconded from an open prison', 'Ran from officers while handcuffed'] },
  contagious: { weight: 0.8, minAge: 10, sources: ['PNC', 'Custody record'], reviewMonths: 24, reasons: [
    'Declared hepatitis C; use PPE', 'Declared blood-borne virus; use PPE for any blood exposure'] },
  ailment: { weight: 3, minAge: 10, sources: ['PNC', 'Custody record'], reviewMonths: 24, reasons: [
    'Type 1 diabetic; insulin dependent', 'Epileptic; risk of seizures', 'Asthmatic; carries an inhaler', 'Heart condition; carries GTN spray'] },
  da_perpetrator: { weight: 10, minAge: 16, sources: ['Force intelligence', 'MARAC'], reviewMonths: 12, reasons: [
    'Named perpetrator in a high-risk DASH assessment', 'Repeat domestic abuse perpetrator; MARAC case', 'Breached a non-molestation order'] },
  da_victim: { weight: 7, minAge: 16, sources: ['MARAC', 'Force intelligence'], reviewMonths: 12, reasons: [
    'High-risk domestic abuse victim; MARAC referral', 'Victim of coercive control; perpetrator may be present'] },
  rso: { weight: 2.5, minAge: 18, sources: ['Public Protection Unit'], reviewMonths: 12, reasons: [
    'Registered sex offender; notification requirements apply', 'Subject to a Sexual Harm Prevention Order'] },
  vulnerable_adult: { weight: 4, minAge: 18, sources: ['Custody record', 'Force intelligence'], reviewMonths: 12, reasons: [
    'Learning disability; may not understand questions', 'Dementia; may become disorientated', 'Known to adult social care'] },
  child_at_risk: { weight: 3, minAge: 0, maxAge: 17, sources: ['MASH referral'], reviewMonths: 6, reasons: [
    'Subject to a child protection plan', 'At risk of child sexual exploitation', 'At risk of criminal exploitation (county lines)'] },
  repeat_missing: { weight: 3, minAge: 10, maxAge: 25, sources: ['Missing persons unit'], reviewMonths: 6, reasons: [
    'Missing on more than five occasions in 12 months', 'Goes missing from a care placement'] },
  repeat_victim: { weight: 3, minAge: 10, sources: ['Force intelligence'], reviewMonths: 12, reasons: [
    'Victim of three or more ASB incidents in 12 months', 'Repeat victim of hate crime'] },
};

const tablesByAge = new Map<number, Weighted<WarningMarkerCode>>();

/** Codes a person of this age can carry, weighted; ages above 26 all share one table. */
function codesFor(age: number): Weighted<WarningMarkerCode> {
  const key = Math.min(age, 26);
  let table = tablesByAge.get(key);
  if (!table) {
    const fitting = WARNING_MARKER_CODES.filter((code) => key >= SPECS[code].minAge && key <= (SPECS[code].maxAge ?? 200));
    table = weighted(fitting.map((code) => [code, SPECS[code].weight] as const));
    tablesByAge.set(key, table);
  }
  return table;
}
const COUNT_TABLE = weighted([[1, 70], [2, 22], [3, 8]] as const);

export type MarkerDraft = {
  code: WarningMarkerCode;
  reason: string;
  source: string;
  startDate: string;
  reviewDate: string;
  ended: boolean;
};

/** One to three distinct markers suitable for the person's age, dated within the last 12 years. */
export function drawMarkers(random: Random, age: number, birthDay: number, today: number): MarkerDraft[] {
  const wanted = random.choose(COUNT_TABLE);
  const table = codesFor(age);
  const codes = new Set<WarningMarkerCode>();
  for (let attempt = 0; attempt < 8 && codes.size < wanted; attempt++) codes.add(random.choose(table));
  return [...codes].map((code) => {
    const spec = SPECS[code];
    const earliest = Math.max(birthDay + Math.ceil(spec.minAge * DAYS_PER_YEAR), today - 12 * 365);
    const start = random.int(Math.min(earliest, today - 7), today - 7);
    return {
      code,
      reason: random.pick(spec.reasons),
      source: random.pick(spec.sources),
      startDate: isoDate(start),
      reviewDate: isoDate(start + Math.round(spec.reviewMonths * 30.44)),
      ended: random.chance(0.08),
    };
  });
}
