import { useState, type FormEvent } from 'react';
import { Alert, Box, Dialog, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { HttpError, useLocale, useTranslate, type Identifier } from 'react-admin';
import { DialogFormActions } from '../shared/DialogFormActions';
import { formatMoney } from '../shared/format';
import { errorAt, errorText } from '../shared/serverErrors';
import { useDomainCall } from '../shared/useDocumentAction';
import type { WorklistRow } from './types';

/**
 * "Contentieux": the file goes to litigation. The client is blocked (no new order), the manager is
 * alerted by a message; the reason is mandatory.
 */
export const LitigationDialog = ({ row, onClose }: { row: WorklistRow; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.reminders.litigation.${key}`, options);

  const { mutate, isPending } = useDomainCall<{ id: Identifier }, string>(
    (dataProvider, text) => dataProvider.postSandboxJson<{ id: Identifier }>(`third-parties/${encodeURIComponent(row.clientId)}/litigation`, { reason: text }),
    {
      success: 'resources.reminders.litigation.done',
      notifyError: false,
      onSuccess: onClose,
      onError: (e) => {
        const fields = e instanceof HttpError && e.status === 422 ? (e.body as { errors?: unknown })?.errors : undefined;
        const key = fields ? errorAt(fields, 'reason') : undefined;
        if (key) setError(translate(key, { _: key }));
        else setFormError(errorText(e, translate));
      },
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!reason.trim()) {
      setError(translate('app.validation.required'));
      return;
    }
    mutate(reason.trim());
  };

  return (
    <Dialog open onClose={() => (isPending ? undefined : onClose())} fullWidth maxWidth="sm" aria-labelledby="litigation-title">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id="litigation-title">{t('title', { client: row.clientName })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>
            {t('intro', { total: formatMoney(row.totalBalanceCents, locale), smart_count: row.invoices.length })}
          </DialogContentText>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('consequences')}
          </Alert>
          <TextField
            id="litigation-reason"
            label={t('reason')}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setError(null);
            }}
            required
            autoFocus
            multiline
            minRows={3}
            error={!!error}
            helperText={error ?? t('reasonHelp')}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          {formError ? (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {formError}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogFormActions onCancel={onClose} pending={isPending} submitLabel={t('submit')} />
      </Box>
    </Dialog>
  );
};
