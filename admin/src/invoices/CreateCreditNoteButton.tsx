import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  InputAdornment,
  MenuItem,
  Radio,
  RadioGroup,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
} from '@mui/material';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import { HttpError, useLocale, useRecordContext, useRedirect, useTranslate, type Identifier } from 'react-admin';
import type { CreditNote, Invoice, InvoiceLine } from '../types';
import { VAT_RATES_BP } from '../shared/choices';
import { formatMoney, formatQuantity, formatRate, parseEuros, parseQuantityText } from '../shared/format';
import { QuantityText } from '../shared/QuantityText';
import { errorAt } from '../shared/serverErrors';
import { useCanWrite } from '../shared/useSandboxContext';
import { useDomainCall } from '../shared/useDocumentAction';
import { visuallyHidden } from '../shared/visuallyHidden';
import { DialogFormActions } from '../shared/DialogFormActions';

type Kind = 'total' | 'partial' | 'amount';
type Body = {
  invoiceId: Identifier;
  reason: string;
  restock: boolean;
  lines?: Array<{ invoiceLineId: Identifier; quantity: number }>;
  amountCents?: number;
  vatRateBp?: number;
};

/**
 * "Créer un avoir" on a validated invoice: total, partial (quantities per line) or an amount HT at one
 * VAT rate; the reason is mandatory; goods may go back to stock. The draft credit note opens next.
 */
export const CreateCreditNoteButton = () => {
  const invoice = useRecordContext<Invoice>();
  const translate = useTranslate();
  const locale = useLocale();
  const redirect = useRedirect();
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<Kind>('partial');
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [amount, setAmount] = useState('');
  const [vatRateBp, setVatRateBp] = useState<number>(2000);
  const [reason, setReason] = useState('');
  const [restock, setRestock] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sentRows, setSentRows] = useState<string[]>([]);

  const lines: InvoiceLine[] = (invoice?.lines ?? []).filter((l) => l.quantity > 0);
  const { mutate, isPending } = useDomainCall<CreditNote, Body>(
    async (dataProvider, body) => dataProvider.create<CreditNote>('credit-notes', { data: body }),
    {
      success: 'resources.invoices.creditDialog.created',
      onSuccess: (note) => {
        setOpen(false);
        redirect('show', 'credit-notes', note.id);
      },
      onError: (error) => {
        const body = error instanceof HttpError ? (error.body as { errors?: unknown }) : undefined;
        if (!body?.errors) return;
        const next: Record<string, string> = {};
        for (const field of ['reason', 'amountCents', 'vatRateBp']) {
          const key = errorAt(body.errors, field);
          if (key) next[field] = translate(key, { _: key });
        }
        sentRows.forEach((rowId, k) => {
          const key = errorAt(body.errors, `lines.${k}.quantity`);
          if (key) next[rowId] = translate(key, { _: key });
        });
        setErrors(next);
      },
    },
  );

  if (!invoice || !canWrite || invoice.status !== 'validated') return null;

  const start = () => {
    setKind('partial');
    setQuantities({});
    setAmount('');
    setVatRateBp(invoice.vatBreakdown?.[0]?.rateBp ?? 2000);
    setReason('');
    setRestock(false);
    setErrors({});
    setFormError(null);
    setOpen(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!reason.trim()) next.reason = translate('app.validation.required');
    const body: Body = { invoiceId: invoice.id, reason: reason.trim(), restock: kind !== 'amount' && restock };
    if (kind === 'partial') {
      const rows: string[] = [];
      const payload: NonNullable<Body['lines']> = [];
      for (const line of lines) {
        const id = String(line.id);
        const parsed = parseQuantityText(quantities[id] ?? '');
        if (parsed === undefined || (parsed != null && parsed < 0)) next[id] = translate('app.validation.quantity');
        else if (parsed != null && parsed > line.quantity) next[id] = translate('app.validation.more_than_invoiced');
        else if (parsed) {
          rows.push(id);
          payload.push({ invoiceLineId: line.id as Identifier, quantity: parsed });
        }
      }
      if (Object.keys(next).length === 0 && payload.length === 0) {
        setErrors({});
        setFormError(translate('resources.invoices.creditDialog.nothingSelected'));
        return;
      }
      body.lines = payload;
      setSentRows(rows);
    } else if (kind === 'amount') {
      const cents = parseEuros(amount);
      if (cents == null) next.amountCents = translate('app.validation.required');
      else if (cents <= 0) next.amountCents = translate('app.validation.money');
      else {
        body.amountCents = cents;
        body.vatRateBp = vatRateBp;
      }
    }
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length > 0) return;
    mutate(body);
  };

  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.invoices.creditDialog.${key}`, options);
  const q = (n: number) => formatQuantity(n, locale);

  return (
    <>
      <Button size="small" variant="contained" startIcon={<AssignmentReturnIcon />} onClick={start}>
        {translate('resources.invoices.actions.credit')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md" aria-labelledby="credit-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="credit-title">{t('title', { number: invoice.number ?? '' })}</DialogTitle>
          <DialogContent>
            <FormControl component="fieldset" sx={{ mb: 1 }}>
              <FormLabel component="legend">{t('kind')}</FormLabel>
              <RadioGroup row name="credit-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
                <FormControlLabel value="total" control={<Radio />} label={t('total')} />
                <FormControlLabel value="partial" control={<Radio />} label={t('partial')} />
                <FormControlLabel value="amount" control={<Radio />} label={t('amount')} />
              </RadioGroup>
            </FormControl>
            {kind === 'total' ? <DialogContentText sx={{ mb: 1 }}>{t('totalIntro', { gross: formatMoney(invoice.grossCents, locale) })}</DialogContentText> : null}
            {kind === 'partial' ? (
              <Table size="small" sx={{ mb: 2 }}>
                <Box component="caption" sx={visuallyHidden}>
                  {translate('app.documents.lines.caption')}
                </Box>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.documents.lines.reference')}</TableCell>
                    <TableCell>{translate('app.documents.lines.label')}</TableCell>
                    <TableCell align="right">{translate('app.documents.lines.unitPrice')}</TableCell>
                    <TableCell align="right">{t('invoiced')}</TableCell>
                    <TableCell align="right">{t('toCredit')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {lines.map((line, i) => (
                    <TableRow key={String(line.id)}>
                      <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{line.reference ?? '—'}</TableCell>
                      <TableCell>{line.label}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {formatMoney(line.unitPriceCents, locale)}
                      </TableCell>
                      <TableCell align="right">{q(line.quantity)}</TableCell>
                      <TableCell align="right">
                        <QuantityText
                          name={`credit-line-${i + 1}`}
                          value={quantities[String(line.id)] ?? ''}
                          onChange={(text) => {
                            setQuantities((all) => ({ ...all, [String(line.id)]: text }));
                            setFormError(null);
                          }}
                          ariaLabel={t('quantityAria', { n: i + 1 })}
                          error={errors[String(line.id)]}
                        />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
            {kind === 'amount' ? (
              <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 1 }}>
                <TextField
                  id="credit-amount"
                  label={t('amountLabel')}
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                  required
                  error={!!errors.amountCents}
                  helperText={errors.amountCents}
                  sx={{ maxWidth: 220 }}
                  slotProps={{
                    input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
                    htmlInput: { inputMode: 'decimal', autoComplete: 'off', style: { textAlign: 'right' } },
                  }}
                />
                <TextField
                  id="credit-vat"
                  select
                  label={t('vatRate')}
                  value={String(vatRateBp)}
                  onChange={(e) => setVatRateBp(Number(e.target.value))}
                  sx={{ maxWidth: 160 }}
                  error={!!errors.vatRateBp}
                  helperText={errors.vatRateBp}
                >
                  {VAT_RATES_BP.map((bp) => (
                    <MenuItem key={bp} value={String(bp)}>
                      {formatRate(bp, locale)}
                    </MenuItem>
                  ))}
                </TextField>
              </Box>
            ) : null}
            <TextField
              id="credit-reason"
              label={t('reason')}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                if (errors.reason) setErrors(({ reason: _r, ...rest }) => rest);
              }}
              required
              multiline
              minRows={2}
              error={!!errors.reason}
              helperText={errors.reason ?? t('reasonHelp')}
              slotProps={{ htmlInput: { maxLength: 500 } }}
            />
            {kind !== 'amount' ? (
              <FormControlLabel
                control={<Checkbox checked={restock} onChange={(e) => setRestock(e.target.checked)} />}
                label={t('restock')}
              />
            ) : null}
            {formError ? (
              <Alert severity="error" role="alert" sx={{ mt: 1 }}>
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
