import type { PersonRow } from './types';

/** "Forenames SURNAME", or "Restricted record" when the server withheld the name. */
export function personName(p: { forenames: string; surname: string; restricted?: boolean }): string {
  if (p.restricted && p.forenames === 'Restricted' && p.surname === 'record') return 'Restricted record';
  return `${p.forenames} ${p.surname.toUpperCase()}`;
}

/** Why a search row matched, when it was not simply the name. */
export function matchedOnText(row: Pick<PersonRow, 'matchedOn' | 'matchedName'>): string | null {
  switch (row.matchedOn) {
    case 'alias':
      return row.matchedName ? `Matched on alias ${personName(row.matchedName)}` : 'Matched on alias';
    case 'phone':
      return 'Matched on phone number';
    case 'pnc':
      return 'Matched on PNC ID';
    case 'address':
      return 'Matched on address';
    default:
      return null;
  }
}
