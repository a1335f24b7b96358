import { api, query } from '../../platform/api';
import type { Page } from '../persons/types';
import type { AuditEntry, AuditFilter } from './types';

export function fetchAudit(filter: AuditFilter) {
  return api<Page<AuditEntry>>(`/audit${query(filter)}`);
}
