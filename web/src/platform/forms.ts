import { useState, type ChangeEvent } from 'react';
import { ApiError } from './api';

type InputEvent = ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;

/** Controlled string fields with field errors from the server's problem+json next to each input. */
export function useFields<T extends Record<string, string>>(initial: T, error?: unknown) {
  const [values, setValues] = useState<T>(initial);
  const errors = fieldErrorsOf(error);
  const bind = (name: keyof T & string) => ({
    name,
    value: values[name],
    onChange: (event: InputEvent) => {
      const value = event.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
    },
    error: errors[name],
  });
  return { values, setValues, bind, reset: () => setValues(initial) };
}

export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}

/** Drops empty strings so optional fields are omitted rather than sent blank. */
export function withoutBlanks<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null) {
      out[key as keyof T] = (typeof value === 'string' ? value.trim() : value) as T[keyof T];
    }
  }
  return out;
}
