/** PNC-style warning signals and force markers (issue #3). Severity drives banner colour and ordering. */
export const WARNING_MARKERS = [
  { code: 'firearms', label: 'Firearms', kind: 'pnc', severity: 'high' },
  { code: 'explosives', label: 'Explosives', kind: 'pnc', severity: 'high' },
  { code: 'weapons', label: 'Weapons', kind: 'pnc', severity: 'high' },
  { code: 'violent', label: 'Violent', kind: 'pnc', severity: 'high' },
  { code: 'suicidal', label: 'Suicidal', kind: 'pnc', severity: 'high' },
  { code: 'self_harm', label: 'Self-harm', kind: 'pnc', severity: 'high' },
  { code: 'escaper', label: 'Escaper', kind: 'pnc', severity: 'medium' },
  { code: 'mental_health', label: 'Mental health', kind: 'pnc', severity: 'medium' },
  { code: 'drugs', label: 'Drugs', kind: 'pnc', severity: 'medium' },
  { code: 'contagious', label: 'Contagious', kind: 'pnc', severity: 'medium' },
  { code: 'ailment', label: 'Ailment', kind: 'pnc', severity: 'medium' },
  { code: 'da_perpetrator', label: 'Domestic abuse perpetrator', kind: 'force', severity: 'high' },
  { code: 'rso', label: 'Registered sex offender', kind: 'force', severity: 'high' },
  { code: 'child_at_risk', label: 'Child at risk', kind: 'force', severity: 'high' },
  { code: 'da_victim', label: 'Domestic abuse victim', kind: 'force', severity: 'medium' },
  { code: 'vulnerable_adult', label: 'Vulnerable adult', kind: 'force', severity: 'medium' },
  { code: 'repeat_missing', label: 'Repeat missing', kind: 'force', severity: 'medium' },
  { code: 'repeat_victim', label: 'Repeat victim', kind: 'force', severity: 'info' },
] as const;

export type WarningMarkerCode = (typeof WARNING_MARKERS)[number]['code'];
export const WARNING_MARKER_CODES = WARNING_MARKERS.map((m) => m.code) as [WarningMarkerCode, ...WarningMarkerCode[]];
export const WARNING_MARKER_BY_CODE = new Map(WARNING_MARKERS.map((m) => [m.code as string, m]));

/** ONS 2011 ethnic groups (18) plus "not stated". */
export const ETHNICITIES = [
  { code: 'W1', label: 'White: English, Welsh, Scottish, Northern Irish or British' },
  { code: 'W2', label: 'White: Irish' },
  { code: 'W3', label: 'White: Gypsy or Irish Traveller' },
  { code: 'W9', label: 'White: any other White background' },
  { code: 'M1', label: 'Mixed: White and Black Caribbean' },
  { code: 'M2', label: 'Mixed: White and Black African' },
  { code: 'M3', label: 'Mixed: White and Asian' },
  { code: 'M9', label: 'Mixed: any other mixed or multiple ethnic background' },
  { code: 'A1', label: 'Asian or Asian British: Indian' },
  { code: 'A2', label: 'Asian or Asian British: Pakistani' },
  { code: 'A3', label: 'Asian or Asian British: Bangladeshi' },
  { code: 'A4', label: 'Asian or Asian British: Chinese' },
  { code: 'A9', label: 'Asian or Asian British: any other Asian background' },
  { code: 'B1', label: 'Black or Black British: Caribbean' },
  { code: 'B2', label: 'Black or Black British: African' },
  { code: 'B9', label: 'Black or Black British: any other Black background' },
  { code: 'O2', label: 'Other ethnic group: Arab' },
  { code: 'O9', label: 'Other ethnic group: any other ethnic group' },
  { code: 'NS', label: 'Not stated' },
] as const;
export type EthnicityCode = (typeof ETHNICITIES)[number]['code'];
export const ETHNICITY_CODES = ETHNICITIES.map((e) => e.code) as [EthnicityCode, ...EthnicityCode[]];
export const ETHNICITY_LABEL = new Map<string, string>(ETHNICITIES.map((e) => [e.code, e.label]));

export const GENDERS = ['male', 'female', 'other', 'unknown'] as const;
export const NAME_KINDS = ['alias', 'maiden', 'nickname', 'previous'] as const;
export const PHONE_TYPES = ['mobile', 'home', 'work', 'other'] as const;
export const ADDRESS_TYPES = ['home', 'previous', 'work', 'temporary', 'other'] as const;
export const OBJECT_KINDS = ['vehicle', 'phone', 'weapon', 'property', 'other'] as const;
export const LINK_ROLES = [
  'victim', 'suspect', 'witness', 'reporting_person', 'offender', 'involved', 'owner', 'keeper', 'user', 'resident', 'scene', 'associate',
] as const;
