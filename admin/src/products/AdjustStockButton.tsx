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
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import TuneIcon from '@mui/icons-material/Tune';
import { useMutation } from '@tanstack/react-query';
import { HttpError, useDataProvider, useLocale, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import type { AdjustStockPayload, Product } from '../types';
import { formatQuantity } from '../shared/format';
import { useCanWrite } from '../shared/useSandboxContext';
import { DialogFormActions } from '../shared/DialogFormActions';

type Kind = 'adjustment' | 'inventory';
type FieldErrors = Partial<Record<'quantity' | 'countedQuantity' | 'reason', string>>;

/** "12", "-2", "1,5" → number (≤ 3 decimals); undefined when not a number. */
const parseQuantity = (text: string): number | undefined => {
  const value = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d{1,3})?$/.test(value)) return undefined;
  return Number(value);
};

/** "Ajuster le stock": an adjustment (signed quantity) or an inventory (counted quantity), reason mandatory. */
export const AdjustStockButton = () => {
  const product = useRecordContext<Product>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const locale = useLocale();
  const canWrite = useCanWrite();
  const dataProvider = useDataProvider<ComptoirDataProvider>();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>('adjustment');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    setOpen(false);
    setErrors({});
    setFormError(null);
  };

  const { mutate, isPending } = useMutation({
    mutationFn: (payload: AdjustStockPayload) => dataProvider.adjustStock(payload),
    onSuccess: ({ data }) => {
      const newOnHand = (product?.onHand ?? 0) + (data?.quantity ?? 0);
      notify('resources.products.adjust.done', {
        type: 'success',
        messageArgs: { onHand: formatQuantity(newOnHand, locale) },
      });
      setQuantity('');
      setReason('');
      close();
      refresh();
    },
    onError: (error: Error) => {
      const body = error instanceof HttpError ? (error.body as { errors?: Record<string, string> }) : undefined;
      if (body?.errors) {
        setErrors({
          quantity: body.errors.quantity,
          countedQuantity: body.errors.countedQuantity,
          reason: body.errors.reason,
        });
        const other = Object.entries(body.errors).find(([key]) => !['quantity', 'countedQuantity', 'reason'].includes(key));
        setFormError(other ? other[1] : null);
      } else {
        setFormError(error.message || 'ra.notification.http_error');
      }
    },
  });

  if (!product || product.type === 'service' || !canWrite) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    const parsed = parseQuantity(quantity);
    const quantityField = kind === 'adjustment' ? 'quantity' : 'countedQuantity';
    if (quantity.trim() === '') next[quantityField] = 'app.validation.required';
    else if (parsed === undefined) next[quantityField] = 'app.validation.number';
    else if (kind === 'adjustment' && parsed === 0) next.quantity = 'app.validation.not_zero';
    else if (kind === 'inventory' && parsed < 0) next.countedQuantity = 'app.validation.positive';
    if (!reason.trim()) next.reason = 'app.validation.required';
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length > 0 || parsed === undefined) return;
    mutate(
      kind === 'adjustment'
        ? { productId: product.id, type: 'adjustment', quantity: parsed, reason: reason.trim() }
        : { productId: product.id, type: 'inventory', countedQuantity: parsed, reason: reason.trim() },
    );
  };

  const quantityError = kind === 'adjustment' ? errors.quantity : errors.countedQuantity;
  const onHand = formatQuantity(product.onHand, locale);
  const t = (key: string | undefined) => (key ? translate(key, { _: key }) : undefined);

  return (
    <>
      <Button variant="contained" size="small" startIcon={<TuneIcon />} onClick={() => setOpen(true)}>
        {translate('resources.products.adjust.button')}
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="adjust-stock-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="adjust-stock-title">
            {translate('resources.products.adjust.title', { name: `${product.reference} — ${product.label}` })}
          </DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.products.adjust.current', { onHand })}</DialogContentText>
            <FormControl component="fieldset" sx={{ mb: 1 }}>
              <FormLabel component="legend">{translate('resources.products.adjust.kind')}</FormLabel>
              <RadioGroup
                row
                name="kind"
                value={kind}
                onChange={(e) => {
                  setKind(e.target.value as Kind);
                  setErrors({});
                }}
              >
                <FormControlLabel value="adjustment" control={<Radio />} label={translate('resources.products.adjust.adjustment')} />
                <FormControlLabel value="inventory" control={<Radio />} label={translate('resources.products.adjust.inventory')} />
              </RadioGroup>
            </FormControl>
            <TextField
              id="adjust-quantity"
              name={kind === 'adjustment' ? 'quantity' : 'countedQuantity'}
              label={translate(kind === 'adjustment' ? 'resources.products.adjust.quantity' : 'resources.products.adjust.counted')}
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
              required
              autoFocus
              error={!!quantityError}
              helperText={
                t(quantityError) ??
                (kind === 'adjustment'
                  ? translate('resources.products.adjust.quantityHelp')
                  : translate('resources.products.adjust.countedHelp', { onHand }))
              }
              slotProps={{ htmlInput: { inputMode: 'decimal', autoComplete: 'off' } }}
            />
            <TextField
              id="adjust-reason"
              name="reason"
              label={translate('resources.products.adjust.reason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              multiline
              minRows={2}
              error={!!errors.reason}
              helperText={t(errors.reason) ?? translate('resources.products.adjust.reasonHelp')}
            />
            {formError ? (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {translate(formError, { _: formError })}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogFormActions onCancel={close} pending={isPending} submitLabel={translate('resources.products.adjust.submit')} />
        </form>
      </Dialog>
    </>
  );
};
