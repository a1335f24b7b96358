import { createContext, useContext } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../platform/api';
import type { PersonView } from './types';

type PersonRecordContext = {
  person: PersonView;
  /** The reason the user gave to open a restricted record; sent with every request about it. */
  accessReason: string | null;
  queryKey: readonly unknown[];
};

export const PersonContext = createContext<PersonRecordContext | null>(null);

export function usePerson(): PersonRecordContext {
  const value = useContext(PersonContext);
  if (!value) throw new Error('usePerson used outside a person record');
  return value;
}

export function accessHeaders(reason: string | null): Record<string, string> | undefined {
  return reason ? { 'X-Access-Reason': reason } : undefined;
}

function isPersonView(value: unknown): value is PersonView {
  return typeof value === 'object' && value !== null && 'abilities' in value && 'warningMarkers' in value;
}

/** `path` is relative to the person (`/persons/{id}<path>`) unless `fromRoot` says it starts at `/api/v1`. */
type ActionRequest = { path: string; body?: unknown; fromRoot?: boolean };
type ActionOptions = { method?: 'POST' | 'PATCH' | 'DELETE'; withVersion?: boolean };

/**
 * A change to the open person record at `/persons/{id}<path>`. When the server answers with the whole
 * record it replaces the cached copy; otherwise the record is fetched again.
 */
export function usePersonAction<TVars>(toRequest: (vars: TVars) => ActionRequest, options: ActionOptions = {}) {
  const { person, accessReason, queryKey } = usePerson();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: TVars) => {
      const { path, body, fromRoot } = toRequest(vars);
      return api<unknown>(fromRoot ? path : `/persons/${person.id}${path}`, {
        method: options.method ?? 'POST',
        body,
        version: options.withVersion ? person.version : undefined,
        headers: accessHeaders(accessReason),
      });
    },
    onSuccess: async (result) => {
      if (isPersonView(result) && result.id === person.id) client.setQueryData(queryKey, result);
      else await client.invalidateQueries({ queryKey });
      await client.invalidateQueries({ queryKey: ['audit', 'entity', person.id] });
    },
  });
}
