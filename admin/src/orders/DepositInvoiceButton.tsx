import { useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  InputAdornment,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import SavingsIcon from '@mui/icons-material/Savings';
import { HttpError, useLocale, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import type { Invoice, Order } from '../types';
import { formatMoney, parseEuros, parsePercentText } from '../shared/format';
import { errorAt } from '../shared/serverErrors';
import { useCanWrite } from '../shared/useSandboxContext';
import { useDomainCall } from '../shared/useDocumentAction';
import { DialogFormActions } from '../shared/DialogFormActions';

type Mode = 'percent' | 'amount';
const INVOICEABLE = ['validated', 'partially_delivered', 'delivered'];

/** "Facture d'acompte": a share of the order, as a percentage or an amount including VAT. */
export const DepositInvoiceButton = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const locale = useLocale();
  const redirect = useRedirect();
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<Mode>('percent');
  const [text, setText] = useState('30');
  const [error, setError] = useState<string | null>(null);
  const { mutate, isPending } = useDomainCall<Invoice, { percentBp?: number; amountCents?: number }>(
    (dataProvider, values) => dataProvider.depositInvoice({ orderId: order!.id, ...values }),
    {
      success: 'resources.orders.depositDialog.created',
      onSuccess: (invoice) => {
        setOpen(false);
        redirect('show', 'invoices', invoice.id);
      },
      onError: (e) => {
        const errors = e instanceof HttpError ? (e.body as { errors?: unknown })?.errors : undefined;
        const key = errorAt(errors, 'percentBp') ?? errorAt(errors, 'amountCents');
        setError(key ? translate(key, { _: key }) : null);
      },
    },
  );
  if (!order || !canWrite || !INVOICEABLE.includes(order.status)) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'percent') {
      const bp = parsePercentText(text);
      if (bp == null || bp <= 0) return setError(translate('app.validation.percent'));
      setError(null);
      mutate({ percentBp: bp });
    } else {
      const cents = parseEuros(text);
      if (cents == null || cents <= 0) return setError(translate('app.validation.money'));
      setError(null);
      mutate({ amountCents: cents });
    }
  };
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.orders.depositDialog.${key}`, options);

  return (
    <>
      <Button size="small" variant="outlined" startIcon={<SavingsIcon />} onClick={() => setOpen(true)}>
        {translate('resources.orders.actions.deposit')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-labelledby="deposit-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="deposit-title">{t('title', { number: order.number ?? '' })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>
              {t('orderTotal', { net: formatMoney(order.netCents, locale), gross: formatMoney(order.grossCents, locale) })}
            </DialogContentText>
            <FormControl component="fieldset">
              <FormLabel component="legend">{t('mode')}</FormLabel>
              <RadioGroup
                row
                name="deposit-mode"
                value={mode}
                onChange={(e) => {
                  setMode(e.target.value as Mode);
                  setText(e.target.value === 'percent' ? '30' : '');
                  setError(null);
                }}
              >
                <FormControlLabel value="percent" control={<Radio />} label={t('percent')} />
                <FormControlLabel value="amount" control={<Radio />} label={t('amount')} />
              </RadioGroup>
            </FormControl>
            <TextField
              id="deposit-value"
              label={t(mode === 'percent' ? 'percentLabel' : 'amountLabel')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              required
              autoFocus
              error={!!error}
              helperText={error ?? ' '}
              slotProps={{
                input: { endAdornment: <InputAdornment position="end">{mode === 'percent' ? '%' : '€'}</InputAdornment> },
                htmlInput: { inputMode: 'decimal', autoComplete: 'off', style: { textAlign: 'right' } },
              }}
              sx={{ maxWidth: 240 }}
            />
            {error && !text ? <Alert severity="error">{error}</Alert> : null}
          </DialogContent>
          <DialogFormActions onCancel={() => setOpen(false)} pending={isPending} submitLabel={t('submit')} />
        </form>
      </Dialog>
    </>
  );
};
