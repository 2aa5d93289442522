import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';

export const SANDBOX_CONTEXT_KEY = ['sandbox-context'];

/** The candidate's sandbox context (company, scenario date, writable...). Disabled for staff roles. */
export const useSandboxContext = () => {
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const { permissions } = usePermissions();
  return useQuery({
    queryKey: SANDBOX_CONTEXT_KEY,
    queryFn: async () => (await dataProvider.getSandboxContext()).data,
    enabled: permissions === 'candidate',
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
};

/** True when the current user may change data (a candidate in a writable sandbox). */
export const useCanWrite = (): boolean => {
  const { permissions } = usePermissions();
  const { data } = useSandboxContext();
  if (permissions !== 'candidate') return false;
  return data?.writable !== false;
};
