import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import { useExamStatus } from '../candidate-home/ExamClock';
import { useViewedSandbox } from '../jury/viewedSandbox';

export const SANDBOX_CONTEXT_KEY = ['sandbox-context'];

/**
 * The sandbox context (company, scenario date, writable...): the candidate's own, or the one a jury
 * member / proctor is reading (jury/viewedSandbox). Disabled for staff who read no sandbox.
 */
export const useSandboxContext = () => {
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const { permissions } = usePermissions();
  const viewed = useViewedSandbox();
  const enabled = permissions === 'candidate' || (!!permissions && !!viewed);
  return useQuery({
    queryKey: [...SANDBOX_CONTEXT_KEY, permissions === 'candidate' ? 'own' : (viewed?.sandboxId ?? 'none')],
    queryFn: async () => (await dataProvider.getSandboxContext()).data,
    enabled,
    staleTime: 30_000,
    refetchInterval: 60_000,
  });
};

/**
 * True when the current user may change data: a candidate whose sandbox is writable, the session
 * neither paused nor over (the exam clock of candidate-home/ polls the server and hears 423s).
 * Juries, proctors and admins never write in a sandbox.
 */
export const useCanWrite = (): boolean => {
  const { permissions } = usePermissions();
  const { data } = useSandboxContext();
  const exam = useExamStatus();
  if (permissions !== 'candidate') return false;
  if (exam.locked || exam.paused || exam.expired || exam.notStarted) return false;
  return data?.writable !== false;
};
