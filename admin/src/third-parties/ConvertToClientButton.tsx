import { useState } from 'react';
import { Button } from '@mui/material';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Confirm, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import type { ThirdParty } from '../types';
import { useCanWrite } from '../shared/useSandboxContext';

/** "Convertir en client" on a prospect: confirm, POST convert-to-client, refresh, notify. */
export const ConvertToClientButton = () => {
  const record = useRecordContext<ThirdParty>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);

  const { mutate, isPending } = useMutation({
    mutationFn: (id: ThirdParty['id']) => dataProvider.convertToClient(id),
    onSuccess: ({ data }) => {
      setOpen(false);
      notify('resources.third-parties.actions.converted', { type: 'success', messageArgs: { name: data?.name ?? record?.name } });
      void queryClient.invalidateQueries({ queryKey: ['third-parties'] });
      refresh();
    },
    onError: (error: Error) => {
      setOpen(false);
      notify(error.message || 'ra.notification.http_error', { type: 'error' });
    },
  });

  if (!record || !record.isProspect || !canWrite) return null;
  return (
    <>
      <Button variant="contained" color="success" size="small" startIcon={<HowToRegIcon />} onClick={() => setOpen(true)}>
        {translate('resources.third-parties.actions.convert')}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.third-parties.actions.convertTitle"
        translateOptions={{ name: record.name }}
        content="resources.third-parties.actions.convertContent"
        confirm="resources.third-parties.actions.convert"
        cancel="app.common.cancel"
        onConfirm={() => mutate(record.id)}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
