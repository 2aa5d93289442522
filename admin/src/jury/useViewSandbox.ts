import { useCallback } from 'react';
import { useQueryClient, type Query } from '@tanstack/react-query';
import { useNavigate } from 'react-admin';
import type { ViewedSandbox } from '../sessions/examTypes';
import { setViewedSandbox } from './viewedSandbox';

/** Queries that do not depend on the sandbox being read (auth, control plane, exam consoles). */
const KEEP = new Set(['auth', 'sessions', 'scenarios', 'users', 'exam']);
const sandboxQuery = (query: Query) => !KEEP.has(String(query.queryKey[0]));

/**
 * Open a candidate's sandbox read-only in the candidate's own screens, and leave it. The cached
 * lists of the previous sandbox are dropped so that nothing of another candidate shows.
 */
export const useViewSandbox = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const open = useCallback(
    (target: ViewedSandbox, to = '/quotes') => {
      queryClient.removeQueries({ predicate: sandboxQuery });
      setViewedSandbox(target);
      navigate(to);
    },
    [navigate, queryClient],
  );
  const leave = useCallback(
    (to?: string) => {
      queryClient.removeQueries({ predicate: sandboxQuery });
      setViewedSandbox(null);
      if (to) navigate(to);
    },
    [navigate, queryClient],
  );
  return { open, leave };
};
