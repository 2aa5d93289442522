import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { useMutation } from '@tanstack/react-query';
import {
  HttpError,
  useDataProvider,
  useGetMany,
  useGetOne,
  useLocale,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
  type Identifier,
} from 'react-admin';
import type { DeliveryNote, Order, OrderLine, Product, ThirdParty } from '../types';
import { formatQuantity, parseQuantityText, quantityToInput } from '../shared/format';
import { QuantityText } from '../shared/QuantityText';
import { errorAt, errorText } from '../shared/serverErrors';
import { useCanWrite } from '../shared/useSandboxContext';
import { visuallyHidden } from '../shared/visuallyHidden';
import { DialogFormActions } from '../shared/DialogFormActions';

export const INCOTERMS = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;

const OPEN = ['validated', 'partially_delivered'];

/**
 * "Créer un bon de livraison": one quantity per order line (prefilled with what is left to deliver),
 * carrier, parcels, weight, tracking number and, for an export client, the Incoterm. The draft note
 * opens next: validating it takes the goods out of stock.
 */
export const CreateDeliveryNoteButton = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const canWrite = useCanWrite();
  const dataProvider = useDataProvider();
  const [open, setOpen] = useState(false);
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [carrier, setCarrier] = useState('');
  const [parcels, setParcels] = useState('');
  const [weight, setWeight] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [incoterm, setIncoterm] = useState('');
  const [errors, setErrors] = useState<unknown>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const lines: OrderLine[] = (order?.lines ?? []).filter((l) => (l.remaining ?? 0) > 0);
  const { data: client } = useGetOne<ThirdParty>('third-parties', { id: order?.clientId as Identifier }, { enabled: open && !!order });
  const productIds = lines.map((l) => l.productId).filter((id): id is Identifier => id != null);
  const { data: products } = useGetMany<Product>('products', { ids: productIds }, { enabled: open && productIds.length > 0 });
  const exportClient = client?.zone === 'export';

  const { mutate, isPending } = useMutation({
    mutationFn: async (body: Record<string, unknown>) => (await dataProvider.create<DeliveryNote>('delivery-notes', { data: body })).data,
    onSuccess: (note) => {
      setOpen(false);
      notify('resources.orders.deliverDialog.created', { type: 'success' });
      refresh();
      redirect('show', 'delivery-notes', note.id);
    },
    onError: (error: unknown) => {
      const body = error instanceof HttpError ? (error.body as { errors?: unknown }) : undefined;
      if (body?.errors) {
        setErrors(body.errors);
        setFormError(translate('app.notification.form_errors'));
      } else {
        setErrors(null);
        setFormError(errorText(error, translate));
      }
    },
  });

  if (!order || !canWrite || !OPEN.includes(order.status) || lines.length === 0) return null;

  const start = () => {
    setQuantities(Object.fromEntries(lines.map((l) => [String(l.id), quantityToInput(l.remaining, locale)])));
    setErrors(null);
    setFormError(null);
    setLocalErrors({});
    setOpen(true);
  };

  const fieldError = (path: string) => {
    const key = errorAt(errors, path);
    return key ? translate(key, { _: key }) : undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const payloadLines = lines.map((l) => {
      const parsed = parseQuantityText(quantities[String(l.id)] ?? '');
      if (parsed === undefined || (parsed != null && parsed < 0)) next[String(l.id)] = translate('app.validation.quantity');
      return { orderLineId: l.id, quantity: parsed ?? 0 };
    });
    const parcelsValue = parcels.trim() === '' ? null : Number(parcels);
    if (parcelsValue != null && !Number.isInteger(parcelsValue)) next.parcels = translate('app.validation.integer');
    const kilos = weight.trim() === '' ? null : parseQuantityText(weight);
    if (kilos === undefined) next.weight = translate('app.validation.number');
    if (Object.keys(next).length === 0 && payloadLines.every((l) => !l.quantity)) {
      setFormError(translate('resources.orders.deliverDialog.noQuantity'));
      setLocalErrors({});
      return;
    }
    setLocalErrors(next);
    if (Object.keys(next).length > 0) return;
    setFormError(null);
    mutate({
      orderId: order.id,
      carrier: carrier.trim() || null,
      parcels: parcelsValue,
      weightGrams: kilos == null ? null : Math.round(kilos * 1000),
      trackingNumber: trackingNumber.trim() || null,
      incoterm: incoterm || null,
      lines: payloadLines,
    });
  };

  const q = (n: number | null | undefined) => (n == null ? '—' : formatQuantity(n, locale));
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.orders.deliverDialog.${key}`, options);

  return (
    <>
      <Button size="small" variant="contained" startIcon={<LocalShippingIcon />} onClick={start}>
        {translate('resources.orders.actions.deliver')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md" aria-labelledby="deliver-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="deliver-title">{t('title', { number: order.number ?? '' })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 1.5 }}>{t('intro')}</DialogContentText>
            <Table size="small" sx={{ mb: 2 }}>
              <Box component="caption" sx={visuallyHidden}>
                {translate('app.documents.lines.caption')}
              </Box>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.documents.lines.reference')}</TableCell>
                  <TableCell>{translate('app.documents.lines.label')}</TableCell>
                  <TableCell align="right">{translate('resources.orders.fields.ordered')}</TableCell>
                  <TableCell align="right">{translate('resources.orders.fields.delivered')}</TableCell>
                  <TableCell align="right">{translate('resources.orders.fields.remaining')}</TableCell>
                  <TableCell align="right">{translate('resources.products.fields.onHand')}</TableCell>
                  <TableCell align="right">{t('toDeliver')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {lines.map((line, i) => {
                  const product = products?.find((p) => String(p.id) === String(line.productId));
                  const typed = parseQuantityText(quantities[String(line.id)] ?? '');
                  const short = product?.type === 'good' && typeof typed === 'number' && typed > product.onHand;
                  return (
                    <TableRow key={String(line.id)}>
                      <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>{line.reference ?? '—'}</TableCell>
                      <TableCell>{line.label}</TableCell>
                      <TableCell align="right">{q(line.ordered)}</TableCell>
                      <TableCell align="right">{q(line.delivered)}</TableCell>
                      <TableCell align="right">{q(line.remaining)}</TableCell>
                      <TableCell align="right" sx={{ color: short ? 'error.main' : undefined, fontWeight: short ? 700 : 400 }}>
                        {product?.type === 'good' ? q(product.onHand) : '—'}
                      </TableCell>
                      <TableCell align="right">
                        <QuantityText
                          name={`lines.${i}.quantity`}
                          value={quantities[String(line.id)] ?? ''}
                          onChange={(text) => setQuantities((all) => ({ ...all, [String(line.id)]: text }))}
                          ariaLabel={t('quantityAria', { n: i + 1 })}
                          error={localErrors[String(line.id)] ?? fieldError(`lines.${i}.quantity`)}
                        />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)' }, columnGap: 2 }}>
              <TextField
                id="deliver-carrier"
                label={t('carrier')}
                value={carrier}
                onChange={(e) => setCarrier(e.target.value)}
                error={!!fieldError('carrier')}
                helperText={fieldError('carrier')}
                slotProps={{ htmlInput: { maxLength: 80 } }}
              />
              <TextField
                id="deliver-parcels"
                label={t('parcels')}
                value={parcels}
                onChange={(e) => setParcels(e.target.value)}
                error={!!(localErrors.parcels ?? fieldError('parcels'))}
                helperText={localErrors.parcels ?? fieldError('parcels')}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
              <TextField
                id="deliver-weight"
                label={t('weight')}
                value={weight}
                onChange={(e) => setWeight(e.target.value)}
                error={!!(localErrors.weight ?? fieldError('weightGrams'))}
                helperText={localErrors.weight ?? fieldError('weightGrams')}
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              />
              <TextField
                id="deliver-tracking"
                label={t('trackingNumber')}
                value={trackingNumber}
                onChange={(e) => setTrackingNumber(e.target.value)}
                error={!!fieldError('trackingNumber')}
                helperText={fieldError('trackingNumber')}
                slotProps={{ htmlInput: { maxLength: 80 } }}
              />
              {exportClient ? (
                <TextField
                  id="deliver-incoterm"
                  select
                  label={t('incoterm')}
                  value={incoterm}
                  onChange={(e) => setIncoterm(e.target.value)}
                  required
                  error={!!fieldError('incoterm')}
                  helperText={fieldError('incoterm') ?? t('incotermHelp')}
                >
                  <MenuItem value="">—</MenuItem>
                  {INCOTERMS.map((code) => (
                    <MenuItem key={code} value={code}>
                      {code}
                    </MenuItem>
                  ))}
                </TextField>
              ) : null}
            </Box>
            {formError ? (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
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
