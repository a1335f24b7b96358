import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { incidentAction } from './incidents-api';
import type { IncidentView } from './types';

/** Runs one verb on the incident, puts the returned view in the cache, and keeps the last refusal to show. */
export function useIncidentUpdate(incident: IncidentView) {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (verb: string, body: unknown, withVersion = true): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const view = await incidentAction(incident, verb, body, withVersion);
      client.setQueryData(['incidents', incident.id], view);
      void client.invalidateQueries({ queryKey: ['incidents', 'queue'] });
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
}
