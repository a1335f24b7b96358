import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../platform/api';
import type { InvestigationView } from './types';

/** Runs a verb, puts the returned investigation in the cache, and keeps the problem (with field errors) to show. */
export function useSave(onDone?: () => void) {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async (run: () => Promise<InvestigationView>) => {
    setBusy(true);
    setError(null);
    try {
      const view = await run();
      client.setQueryData(['investigations', view.id], view);
      await client.invalidateQueries({ queryKey: ['investigations', 'list'] });
      onDone?.();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};
  return { save, error, busy, fieldErrors };
}
