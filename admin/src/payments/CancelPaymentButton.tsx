import { useState, type FormEvent } from 'react';
import { Alert, Button, Dialog, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { HttpError, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { Payment } from '../types';
import { DialogFormActions } from '../shared/DialogFormActions';
import { errorAt, errorText } from '../shared/serverErrors';
import { formatDate, formatMoney } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';
import { useDomainCall } from '../shared/useDocumentAction';

/**
 * "Annuler le règlement": a payment is never edited nor deleted; cancelling it needs a reason,
 * and the invoices it paid become due again (the server does it and journals it).
 */
export const CancelPaymentButton = () => {
  const payment = useRecordContext<Payment>();
  const translate = useTranslate();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { mutate, isPending } = useDomainCall<Payment, string>(
    (dataProvider, text) => dataProvider.documentAction<Payment>('payments', payment!.id, 'cancel', { reason: text }),
    {
      success: 'resources.payments.cancelDialog.done',
      notifyError: false,
      onSuccess: () => setOpen(false),
      onError: (e) => {
        const body = e instanceof HttpError ? (e.body as { errors?: unknown }) : undefined;
        const key = errorAt(body?.errors, 'reason');
        if (key) setError(translate(key, { _: key }));
        else setFormError(errorText(e, translate));
      },
    },
  );
  if (!payment || !canWrite || payment.status !== 'recorded') return null;

  const start = () => {
    setReason('');
    setError(null);
    setFormError(null);
    setOpen(true);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(translate('app.validation.required'));
      return;
    }
    setError(null);
    setFormError(null);
    mutate(reason.trim());
  };
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.payments.cancelDialog.${key}`, options);

  return (
    <>
      <Button size="small" variant="outlined" color="error" startIcon={<BlockIcon />} onClick={start}>
        {translate('resources.payments.actions.cancel')}
      </Button>
      <Dialog open={open} onClose={() => (isPending ? undefined : setOpen(false))} fullWidth maxWidth="sm" aria-labelledby="cancel-payment-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="cancel-payment-title">{t('title')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {t('intro', {
                amount: formatMoney(payment.amountCents, locale),
                client: payment.clientName ?? '',
                date: formatDate(payment.date, locale),
              })}
            </DialogContentText>
            <TextField
              autoFocus
              required
              id="cancel-payment-reason"
              label={t('reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={!!error}
              helperText={error ?? t('reasonHelp')}
              multiline
              minRows={2}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
            {formError ? (
              <Alert severity="error" sx={{ mt: 1 }} role="alert">
                {formError}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogFormActions onCancel={() => setOpen(false)} pending={isPending} submitLabel={t('submit')} />
        </form>
      </Dialog>
    </>
  );
};
