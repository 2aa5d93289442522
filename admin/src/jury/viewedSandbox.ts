// The candidate sandbox a jury member (or a proctor) is reading, read-only, in the candidate's own
// screens. Kept in sessionStorage: it survives a reload of the tab but not a new tab or a new login.
import { useSyncExternalStore } from 'react';
import type { ViewedSandbox } from '../sessions/examTypes';

const KEY = 'comptoir.viewedSandbox';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: ViewedSandbox | null } = { raw: null, value: null };

const storage = (): Storage | null => {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
};

export const getViewedSandbox = (): ViewedSandbox | null => {
  const raw = storage()?.getItem(KEY) ?? null;
  if (raw === cached.raw) return cached.value;
  let value: ViewedSandbox | null = null;
  try {
    const parsed = raw ? (JSON.parse(raw) as ViewedSandbox) : null;
    value = parsed && typeof parsed.sandboxId === 'string' ? parsed : null;
  } catch {
    value = null;
  }
  cached = { raw, value };
  return value;
};

const emit = () => listeners.forEach((listener) => listener());

export const setViewedSandbox = (value: ViewedSandbox | null) => {
  const store = storage();
  if (value) store?.setItem(KEY, JSON.stringify(value));
  else store?.removeItem(KEY);
  emit();
};

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The sandbox being read (null when none): re-renders when it changes. */
export const useViewedSandbox = (): ViewedSandbox | null => useSyncExternalStore(subscribe, getViewedSandbox, () => null);
