import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, TextField } from '@mui/material';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import SaveIcon from '@mui/icons-material/Save';
import {
  ArrayInput,
  Create,
  DateInput,
  SaveButton,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  required,
  useLocale,
  useNotify,
  useRedirect,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormSection, FullRow } from '../shared/FormSection';
import { MoneyInput } from '../shared/MoneyInput';
import { formatMoney } from '../shared/format';
import { useSandboxContext } from '../shared/useSandboxContext';
import { ClientInvoicePicker, ClientReferenceInput, selectedBalance, useClientRow } from '../reminders/InvoicePicker';
import { useWorklist } from '../reminders/parts';
import type { WorklistRow } from '../reminders/types';

/** Adds months to a day, keeping the day of month when it exists (31/01 + 1 → 28/02). */
export const addMonths = (day: string, months: number) => {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
};

/** N equal monthly installments (the cents left over go on the last one). */
export const splitInstallments = (totalCents: number, count: number, firstDate: string) => {
  const base = Math.floor(totalCents / count);
  return Array.from({ length: count }, (_, i) => ({
    dueDate: addMonths(firstDate, i),
    amountCents: i === count - 1 ? totalCents - base * (count - 1) : base,
  }));
};

/** Another client: tick all its overdue invoices. */
const FormLogic = ({ rows }: { rows: WorklistRow[] | undefined }) => {
  const { setValue } = useFormContext();
  const clientId = useWatch({ name: 'clientId' });
  const previous = useRef<unknown>(clientId);
  useEffect(() => {
    if (String(previous.current ?? '') === String(clientId ?? '')) return;
    previous.current = clientId;
    const row = rows?.find((r) => String(r.clientId) === String(clientId));
    setValue('invoiceIds', row ? row.invoices.map((i) => i.invoiceId) : [], { shouldDirty: true });
  }, [clientId, rows, setValue]);
  return null;
};

/** "Répartir en N échéances": fills the installment rows; nothing is saved until "Enregistrer". */
const SplitHelper = ({ rows }: { rows: WorklistRow[] | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { setValue } = useFormContext();
  const { row } = useClientRow(rows);
  const invoiceIds = useWatch({ name: 'invoiceIds' }) as Identifier[] | undefined;
  const { data: context } = useSandboxContext();
  const [count, setCount] = useState('3');
  const [first, setFirst] = useState('');
  const [error, setError] = useState<string | null>(null);
  const total = selectedBalance(row?.invoices, invoiceIds);
  const firstDate = first || (context?.scenarioToday ? addMonths(context.scenarioToday, 1) : '');
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.payment-plans.split.${key}`, options);

  const apply = () => {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 2 || n > 24) {
      setError(t('countError'));
      return;
    }
    if (!firstDate) {
      setError(translate('app.validation.date'));
      return;
    }
    setError(null);
    setValue('installments', splitInstallments(total, n, firstDate), { shouldDirty: true, shouldValidate: true });
  };

  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', p: 1.5, mb: 1, bgcolor: '#f4f7fa', borderRadius: 1 }}>
      <TextField
        id="split-count"
        label={t('count')}
        type="number"
        value={count}
        onChange={(e) => setCount(e.target.value)}
        error={!!error}
        helperText={error ?? ' '}
        fullWidth={false}
        sx={{ width: 170 }}
        slotProps={{ htmlInput: { min: 2, max: 24, step: 1 } }}
      />
      <TextField
        id="split-first"
        label={t('first')}
        type="date"
        value={firstDate}
        onChange={(e) => setFirst(e.target.value)}
        fullWidth={false}
        helperText={t('monthly')}
        sx={{ width: 190 }}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <Button variant="outlined" startIcon={<CalendarMonthIcon />} onClick={apply} disabled={total <= 0} sx={{ mt: 1 }}>
        {t('apply', { total: formatMoney(total, locale) })}
      </Button>
    </Box>
  );
};

/** Sum of the installments against the balance of the ticked invoices (the server checks it too). */
const Balance = ({ rows }: { rows: WorklistRow[] | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { row } = useClientRow(rows);
  const invoiceIds = useWatch({ name: 'invoiceIds' }) as Identifier[] | undefined;
  const installments = (useWatch({ name: 'installments' }) as Array<{ amountCents?: number }> | undefined) ?? [];
  const total = selectedBalance(row?.invoices, invoiceIds);
  const sum = installments.reduce((s, i) => s + (typeof i?.amountCents === 'number' && Number.isFinite(i.amountCents) ? i.amountCents : 0), 0);
  if (!row) return null;
  const ok = sum === total;
  return (
    <Alert severity={ok ? 'success' : 'warning'} sx={{ my: 1 }} role="status">
      {translate(ok ? 'resources.payment-plans.balance.ok' : 'resources.payment-plans.balance.diff', {
        sum: formatMoney(sum, locale),
        total: formatMoney(total, locale),
        diff: formatMoney(total - sum, locale),
      })}
    </Alert>
  );
};

const transform = (data: Record<string, unknown>) => ({
  clientId: data.clientId,
  invoiceIds: data.invoiceIds ?? [],
  installments: ((data.installments as Array<{ dueDate?: string; amountCents?: number }>) ?? []).map((i) => ({
    dueDate: i.dueDate,
    amountCents: i.amountCents,
  })),
  notes: typeof data.notes === 'string' && data.notes.trim() ? data.notes.trim() : undefined,
});

const CreateToolbar = () => {
  const translate = useTranslate();
  return (
    <Toolbar>
      <SaveButton label={translate('resources.payment-plans.create.submit')} icon={<SaveIcon />} />
    </Toolbar>
  );
};

/** "Échéancier": a payment plan agreed with a client for its overdue invoices. */
export const PaymentPlanCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { data: rows, isPending } = useWorklist();
  return (
    <Create
      title={translate('resources.payment-plans.titles.create')}
      mutationMode="pessimistic"
      transform={transform}
      mutationOptions={{
        onSuccess: (data: { id: Identifier }) => {
          notify('resources.payment-plans.create.saved', { type: 'success' });
          redirect('show', 'payment-plans', data.id);
        },
      }}
    >
      <SimpleForm
        toolbar={<CreateToolbar />}
        defaultValues={{ invoiceIds: [], installments: [] }}
        sx={{ maxWidth: 1100 }}
      >
        <FormLogic rows={rows} />
        <FormSection title="resources.payment-plans.create.sections.client" columns={2}>
          <ClientReferenceInput label="resources.payment-plans.fields.clientId" />
        </FormSection>
        <FormSection title="resources.payment-plans.create.sections.invoices" columns={1}>
          <ClientInvoicePicker rows={rows} loading={isPending} caption={translate('resources.payment-plans.fields.invoiceIds')} />
        </FormSection>
        <FormSection title="resources.payment-plans.create.sections.installments" columns={1}>
          <SplitHelper rows={rows} />
          <ArrayInput source="installments" label={false}>
            <SimpleFormIterator inline disableReordering>
              <DateInput source="dueDate" label="resources.payment-plans.installment.dueDate" validate={required()} helperText={false} sx={{ width: 190 }} />
              <MoneyInput
                source="amountCents"
                label="resources.payment-plans.installment.amountCents"
                validate={required()}
                helperText={false}
                fullWidth={false}
                sx={{ width: 190 }}
              />
            </SimpleFormIterator>
          </ArrayInput>
          <Balance rows={rows} />
        </FormSection>
        <FormSection title="resources.payment-plans.create.sections.notes" columns={1}>
          <FullRow>
            <TextInput source="notes" multiline minRows={2} helperText="resources.payment-plans.create.notesHelp" />
          </FullRow>
        </FormSection>
      </SimpleForm>
    </Create>
  );
};
