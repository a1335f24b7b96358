import { api, query } from '../../platform/api';
import type { Page } from '../persons/types';
import type { LocationView } from './types';

export function searchLocations(q: string, limit = 20) {
  return api<Page<LocationView>>(`/locations${query({ q, limit })}`);
}
