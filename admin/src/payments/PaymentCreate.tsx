import { useEffect, useState } from 'react';
import { Box, CircularProgress } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import {
  Create,
  DateInput,
  HttpError,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useDataProvider,
  useGetOne,
  useLocale,
  useNotify,
  useRedirect,
  useRefresh,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Payment, PaymentPayload, ThirdParty } from '../types';
import { ClientInput } from '../shared/DocumentPartyInputs';
import { FormSection } from '../shared/FormSection';
import { MoneyInput } from '../shared/MoneyInput';
import { PAYMENT_METHODS, enumChoices } from '../shared/choices';
import { formatMoney } from '../shared/format';
import { errorText } from '../shared/serverErrors';
import { useSandboxContext } from '../shared/useSandboxContext';
import { AllocationTable } from './AllocationTable';

interface PaymentFormValues {
  clientId?: Identifier | null;
  date?: string | null;
  amountCents?: number | null;
  method?: string | null;
  reference?: string | null;
  notes?: string | null;
  alloc?: Record<string, number | null>;
}

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** The client's usual payment method, once the client is chosen, when none was picked yet. */
const MethodFromClient = () => {
  const clientId = useWatch({ name: 'clientId' }) as Identifier | null | undefined;
  const { getValues, setValue } = useFormContext();
  const { data: client } = useGetOne<ThirdParty>('third-parties', { id: clientId as Identifier }, { enabled: clientId != null && clientId !== '' });
  useEffect(() => {
    if (client?.paymentMethod && !getValues('method')) setValue('method', client.paymentMethod, { shouldDirty: true });
  }, [client, getValues, setValue]);
  return null;
};

const PaymentToolbar = () => (
  <Toolbar>
    <SaveButton label="resources.payments.actions.save" icon={<SaveIcon />} />
  </Toolbar>
);

/**
 * POST /payments with the allocations typed in the table; the server checks every rule and its
 * 422 errors land on the fields (allocations.<k>.amountCents → the row of that invoice).
 */
const useSavePayment = () => {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const refresh = useRefresh();
  const translate = useTranslate();
  const locale = useLocale();
  return async (values: PaymentFormValues) => {
    const keys = Object.entries(values.alloc ?? {})
      .filter(([, v]) => finite(v) && v > 0)
      .map(([k]) => k);
    const payload: PaymentPayload = {
      clientId: values.clientId as Identifier,
      date: values.date || null,
      amountCents: values.amountCents as number,
      method: values.method as PaymentPayload['method'],
      reference: values.reference?.trim() || null,
      notes: values.notes?.trim() || null,
      allocations: keys.map((k) => ({ invoiceId: Number(k.slice(1)), amountCents: values.alloc![k] as number })),
    };
    try {
      const { data } = await dataProvider.create<Payment>('payments', { data: payload });
      notify('resources.payments.created', {
        type: 'success',
        messageArgs: { amount: formatMoney(data.amountCents, locale), client: data.clientName ?? '' },
      });
      refresh();
      redirect('show', 'payments', data.id);
      return undefined;
    } catch (error) {
      const body = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> }) : undefined;
      if (error instanceof HttpError && error.status === 422 && body?.errors) {
        const out: Record<string, unknown> = {};
        for (const [field, value] of Object.entries(body.errors)) {
          if (field === 'allocations' && value && typeof value === 'object') {
            const rows: Record<string, string> = {};
            for (const [index, rowErrors] of Object.entries(value as Record<string, Record<string, string> | string>)) {
              const key = keys[Number(index)];
              if (!key) continue;
              rows[key] = typeof rowErrors === 'string' ? rowErrors : (rowErrors.amountCents ?? rowErrors.invoiceId ?? Object.values(rowErrors)[0]);
            }
            out.alloc = rows;
          } else {
            out[field] = value;
          }
        }
        notify('app.notification.form_errors', { type: 'error' });
        return out;
      }
      notify(errorText(error, translate), { type: 'error', multiLine: true });
      return undefined;
    }
  };
};

const PaymentForm = ({ today }: { today: string }) => {
  const save = useSavePayment();
  // Stable defaults: the scenario day, nothing allocated (the invoice page may prefill more).
  const [defaults] = useState(() => ({ date: today, alloc: {} }));
  return (
    <SimpleForm defaultValues={defaults} onSubmit={save as (values: Record<string, unknown>) => Promise<unknown>} toolbar={<PaymentToolbar />} warnWhenUnsavedChanges>
      <MethodFromClient />
      <Box sx={{ width: '100%' }}>
        <FormSection title="resources.payments.sections.payment" columns={3}>
          <ClientInput helperText="resources.payments.helpers.clientId" />
          {/* No native max: the server's own message ("pas dans le futur") lands on the field. */}
          <DateInput source="date" validate={required()} helperText="resources.payments.helpers.date" />
          <MoneyInput source="amountCents" validate={required()} helperText={false} />
          <SelectInput source="method" choices={enumChoices('paymentMethod', PAYMENT_METHODS)} validate={required()} helperText={false} />
          <TextInput source="reference" validate={maxLength(60)} helperText="resources.payments.helpers.reference" />
          <TextInput source="notes" validate={maxLength(2000)} helperText={false} />
        </FormSection>
        <FormSection title="resources.payments.sections.allocations" columns={1}>
          <AllocationTable />
        </FormSection>
      </Box>
    </SimpleForm>
  );
};

export const PaymentCreate = () => {
  const translate = useTranslate();
  const { data: context } = useSandboxContext();
  const today = context?.scenarioToday;
  return (
    <Create title={translate('resources.payments.titles.create')}>
      {today ? (
        <PaymentForm today={today} />
      ) : (
        <Box sx={{ p: 3, display: 'flex', justifyContent: 'center' }} role="status">
          <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
        </Box>
      )}
    </Create>
  );
};
