import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';

export const clientCreditKey = (clientId: Identifier | null | undefined) => ['client-credit', String(clientId ?? '')];

/** GET third-parties/:id/credit: every figure comes from the server (outstanding, available, overdue…). */
export const useClientCredit = (clientId: Identifier | null | undefined, enabled = true) => {
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  return useQuery({
    queryKey: clientCreditKey(clientId),
    queryFn: async ({ signal }) => (await dataProvider.clientCredit(clientId as Identifier, signal)).data,
    enabled: enabled && clientId != null && clientId !== '',
    staleTime: 15_000,
    retry: false,
  });
};
