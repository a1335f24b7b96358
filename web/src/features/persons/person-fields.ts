import type { PersonView } from './types';

export const GENDERS = [
  { value: 'unknown', label: 'Not known' },
  { value: 'male', label: 'Male' },
  { value: 'female', label: 'Female' },
  { value: 'other', label: 'Other' },
];

/** Every editable descriptive field as form text. */
export const BLANK_PERSON = {
  forenames: '',
  surname: '',
  dateOfBirth: '',
  gender: 'unknown',
  ethnicity: '',
  pncId: '',
  email: '',
  heightCm: '',
  build: '',
  hairColour: '',
  eyeColour: '',
  distinguishingMarks: '',
  notes: '',
};

export type PersonFields = typeof BLANK_PERSON;

export function fieldsOf(person: PersonView): PersonFields {
  const out = { ...BLANK_PERSON };
  for (const key of Object.keys(out) as (keyof PersonFields)[]) {
    const value = person[key];
    out[key] = value === null || value === undefined ? '' : String(value);
  }
  return out;
}

/** Form text → API body: trimmed, height as a number, blanks as null (or left out when `omitBlanks`). */
export function toPersonBody(fields: Partial<PersonFields>, omitBlanks: boolean): Record<string, string | number | null> {
  const body: Record<string, string | number | null> = {};
  for (const [key, raw] of Object.entries(fields)) {
    const value = (raw ?? '').trim();
    if (value === '') {
      if (!omitBlanks) body[key] = null;
    } else {
      body[key] = key === 'heightCm' ? Number(value) : value;
    }
  }
  return body;
}

/** Only the fields the user changed, so a PATCH says exactly what was edited. */
export function changedFields(before: PersonFields, after: PersonFields): Partial<PersonFields> {
  const out: Partial<PersonFields> = {};
  for (const key of Object.keys(after) as (keyof PersonFields)[]) {
    if (after[key].trim() !== before[key].trim()) out[key] = after[key];
  }
  return out;
}
