export type Severity = 'high' | 'medium' | 'info';

export type MarkerSummary = {
  id: string;
  code: string;
  label: string;
  severity: Severity;
  reason: string;
  reviewDate: string | null;
};

/** Red for danger to officers or the person, amber for caution, blue for information. */
export const SEVERITY_COLOUR: Record<Severity, string> = { high: 'red', medium: 'orange', info: 'blue' };

const ORDER: Record<Severity, number> = { high: 0, medium: 1, info: 2 };

export function bySeverity<T extends { severity: Severity }>(markers: T[]): T[] {
  return [...markers].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
