import { useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import type { SessionCandidate } from '../types';

/** Per candidate: confirm with a mandatory reason, reset the sandbox, notify with the duration. */
export const ResetSandboxButton = () => {
  const candidate = useRecordContext<SessionCandidate & { id: string | number }>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const { mutate, isPending } = useMutation({
    mutationFn: ({ sandboxId, why }: { sandboxId: string; why: string }) => dataProvider.resetSandbox(sandboxId, why),
    onSuccess: ({ data }) => {
      setOpen(false);
      setReason('');
      notify('resources.sessions.reset.done', {
        type: 'success',
        messageArgs: { name: candidate?.name, duration: Math.round(data?.durationMs ?? 0) },
      });
      refresh();
    },
    onError: (e: Error) => setError(e.message || 'ra.notification.http_error'),
  });

  if (!candidate?.sandboxId) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('app.validation.required');
      return;
    }
    setError(null);
    mutate({ sandboxId: candidate.sandboxId, why: reason.trim() });
  };

  const titleId = `reset-title-${candidate.id}`;
  return (
    <>
      <Button
        size="small"
        color="warning"
        variant="outlined"
        startIcon={<RestartAltIcon />}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        aria-label={`${translate('resources.sessions.reset.button')} — ${candidate.name}`}
      >
        {translate('resources.sessions.reset.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby={titleId}>
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate('resources.sessions.reset.title', { name: candidate.name })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.sessions.reset.content')}</DialogContentText>
            <TextField
              id={`reset-reason-${candidate.id}`}
              name="reason"
              label={translate('resources.sessions.reset.reason')}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                if (error === 'app.validation.required') setError(null);
              }}
              required
              autoFocus
              multiline
              minRows={2}
              error={error === 'app.validation.required'}
              helperText={
                error === 'app.validation.required'
                  ? translate('app.validation.required')
                  : translate('resources.sessions.reset.reasonHelp')
              }
            />
            {error && error !== 'app.validation.required' ? (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {translate(error, { _: error })}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)} disabled={isPending}>
              {translate('app.common.cancel')}
            </Button>
            <Button type="submit" variant="contained" color="warning" disabled={isPending}>
              {translate('resources.sessions.reset.submit')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
};
