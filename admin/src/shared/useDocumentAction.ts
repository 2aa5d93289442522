import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import { errorText } from './serverErrors';

export interface RunOptions<T> {
  /** i18n key of the success notification; receives the result's number as %{number}. */
  success?: string;
  onSuccess?: (data: T) => void;
  onError?: (error: unknown) => void;
  /** False when the caller shows the error itself (in a dialog, where a notification would cover its buttons). */
  notifyError?: boolean;
}

/**
 * Runs a domain call (validate, convert, invoice…) with the usual follow-up: success notification,
 * every list and record refreshed, and the server's own French message when it refuses.
 */
export const useDomainCall = <T extends RaRecord | { id: RaRecord['id'] } = RaRecord, V = void>(
  call: (dataProvider: ComptoirDataProvider, variables: V) => Promise<{ data: T }>,
  { success, onSuccess, onError, notifyError = true }: RunOptions<T> = {},
) => {
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  return useMutation({
    mutationFn: async (variables: V) => (await call(dataProvider, variables)).data,
    onSuccess: (data) => {
      if (success) {
        notify(success, {
          type: 'success',
          messageArgs: { number: (data as { number?: string | null })?.number ?? translate('app.documents.noNumber') },
        });
      }
      refresh();
      onSuccess?.(data);
    },
    onError: (error) => {
      if (notifyError) notify(errorText(error, translate), { type: 'error', multiLine: true });
      onError?.(error);
    },
  });
};
