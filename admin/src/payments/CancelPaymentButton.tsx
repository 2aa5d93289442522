import { useState } from 'react';
import { Button } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { Payment } from '../types';
import { formatDate, formatMoney } from '../shared/format';
import { ReasonDialog } from '../shared/ReasonDialog';
import { useCanWrite } from '../shared/useSandboxContext';

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
  if (!payment || !canWrite || payment.status !== 'recorded') return null;
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.payments.cancelDialog.${key}`, options);

  return (
    <>
      <Button size="small" variant="outlined" color="error" startIcon={<BlockIcon />} onClick={() => setOpen(true)}>
        {translate('resources.payments.actions.cancel')}
      </Button>
      <ReasonDialog
        open={open}
        onClose={() => setOpen(false)}
        id="cancel-payment"
        title={t('title')}
        intro={t('intro', {
          amount: formatMoney(payment.amountCents, locale),
          client: payment.clientName ?? '',
          date: formatDate(payment.date, locale),
        })}
        label={t('reason')}
        helperText={t('reasonHelp')}
        submitLabel={t('submit')}
        call={(dataProvider, reason) => dataProvider.documentAction<Payment>('payments', payment.id, 'cancel', { reason })}
        success="resources.payments.cancelDialog.done"
      />
    </>
  );
};
