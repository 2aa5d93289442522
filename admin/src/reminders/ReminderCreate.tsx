import { useEffect, useRef } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import {
  Create,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  required,
  useGetOne,
  useLocale,
  useNotify,
  useRedirect,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Contact } from '../types';
import { FormSection, FullRow } from '../shared/FormSection';
import { formatMoney } from '../shared/format';
import { contactName } from '../shared/MessageFields';
import { useSandboxContext } from '../shared/useSandboxContext';
import type { ReminderKind, ReminderPayload, WorklistRow } from './types';
import { WRITTEN_REMINDER_KINDS } from './types';
import { ClientInvoicePicker, ClientReferenceInput, selectedBalance, useClientRow } from './InvoicePicker';
import { ClientTypeChips, useWorklist } from './parts';

interface RecoveryStep {
  level: number;
  afterDays: number;
  kind: 'email' | 'letter' | 'formal_notice';
  label: string;
}

interface CompanyRecovery {
  recoverySteps?: RecoveryStep[];
  reminderDeadlineDays?: number;
  litigationAfterDays?: number;
}

const DEFAULT_STEPS: RecoveryStep[] = [
  { level: 1, afterDays: 7, kind: 'email', label: '' },
  { level: 2, afterDays: 20, kind: 'letter', label: '' },
  { level: 3, afterDays: 35, kind: 'formal_notice', label: '' },
];

/** The company's recovery procedure (levels, delays, kinds) and the deadline given in reminders. */
export const useRecoveryProcedure = () => {
  const { data } = useGetOne<CompanyRecovery & { id: Identifier }>('company', { id: 1 });
  const steps = data?.recoverySteps?.length ? [...data.recoverySteps].sort((a, b) => a.level - b.level) : DEFAULT_STEPS;
  return { steps, deadlineDays: data?.reminderDeadlineDays ?? 8, litigationAfterDays: data?.litigationAfterDays ?? null, loaded: !!data };
};

export const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Keeps the form coherent: another client ticks all its overdue invoices; another level takes its kind. */
const FormLogic = ({ rows }: { rows: WorklistRow[] | undefined }) => {
  const { setValue, getValues } = useFormContext();
  const clientId = useWatch({ name: 'clientId' });
  const level = useWatch({ name: 'level' });
  const previousClient = useRef<unknown>(clientId);
  const previousLevel = useRef<unknown>(level);
  const { steps, deadlineDays, loaded } = useRecoveryProcedure();
  const { data: context } = useSandboxContext();

  useEffect(() => {
    if (String(previousClient.current ?? '') === String(clientId ?? '')) return;
    previousClient.current = clientId;
    const row = rows?.find((r) => String(r.clientId) === String(clientId));
    setValue('invoiceIds', row ? row.invoices.map((i) => i.invoiceId) : [], { shouldDirty: true });
    setValue('contactId', null);
    if (row?.nextStep && row.nextStep.kind !== 'litigation') {
      setValue('level', row.nextStep.level, { shouldDirty: true });
      setValue('kind', row.nextStep.kind, { shouldDirty: true });
      previousLevel.current = row.nextStep.level;
    }
  }, [clientId, rows, setValue]);

  useEffect(() => {
    if (String(previousLevel.current ?? '') === String(level ?? '')) return;
    previousLevel.current = level;
    const step = steps.find((s) => s.level === Number(level));
    if (step) setValue('kind', step.kind, { shouldDirty: true });
  }, [level, steps, setValue]);

  useEffect(() => {
    if (loaded && context?.scenarioToday && !getValues('newDeadline')) {
      setValue('newDeadline', addDays(context.scenarioToday, deadlineDays));
    }
  }, [loaded, context?.scenarioToday, deadlineDays, getValues, setValue]);

  return null;
};

/** Principal of the ticked invoices, what the server adds, the language and the channel. */
const Summary = ({ rows }: { rows: WorklistRow[] | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { row } = useClientRow(rows);
  const invoiceIds = useWatch({ name: 'invoiceIds' }) as Identifier[] | undefined;
  const kind = useWatch({ name: 'kind' }) as ReminderKind | undefined;
  if (!row) return null;
  const count = (invoiceIds ?? []).length;
  const principal = selectedBalance(row.invoices, invoiceIds);
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.reminders.create.${key}`, options);
  return (
    <Alert severity="info" icon={false} sx={{ mb: 2 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {t('principal', { amount: formatMoney(principal, locale), smart_count: count })}
      </Typography>
      <Typography variant="body2">
        {row.customerType === 'b2b' ? t('penaltiesB2b', { indemnity: formatMoney(4000 * count, locale) }) : t('penaltiesB2c')}
      </Typography>
      {kind ? <Typography variant="body2">{t(`channel.${kind}`)}</Typography> : null}
      {row.language === 'en' ? <Typography variant="body2">{t('english')}</Typography> : null}
    </Alert>
  );
};

const ClientInfo = ({ rows }: { rows: WorklistRow[] | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const { clientId, row } = useClientRow(rows);
  if (clientId == null || clientId === '') return null;
  if (!rows) return null;
  if (!row) {
    return (
      <Alert severity="warning" sx={{ mb: 1 }}>
        {translate('resources.reminders.create.noOverdue')}
      </Alert>
    );
  }
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
      <ClientTypeChips customerType={row.customerType} language={row.language} />
      <Typography variant="body2" color="text.secondary">
        {translate('resources.reminders.create.clientSituation', {
          total: formatMoney(row.totalBalanceCents, locale),
          smart_count: row.invoices.length,
          days: row.maxDaysOverdue,
        })}
      </Typography>
    </Box>
  );
};

const ContactInput = () => {
  const clientId = useWatch({ name: 'clientId' });
  const translate = useTranslate();
  return (
    <ReferenceInput source="contactId" reference="contacts" filter={{ thirdPartyId: clientId }} sort={{ field: 'lastName', order: 'ASC' }} perPage={100}>
      <SelectInput
        optionText={(c: Contact) => [contactName(c), c.jobTitle].filter(Boolean).join(' — ')}
        emptyText={translate('resources.reminders.create.noContact')}
        helperText="resources.reminders.create.contactHelp"
        disabled={clientId == null || clientId === ''}
      />
    </ReferenceInput>
  );
};

const LevelInput = () => {
  const translate = useTranslate();
  const { steps } = useRecoveryProcedure();
  const choices = steps.map((s) => ({
    id: s.level,
    name: translate('resources.reminders.create.levelChoice', {
      level: s.level,
      kind: translate(`resources.reminders.steps.kinds.${s.kind}`),
      days: s.afterDays,
    }),
  }));
  return <SelectInput source="level" choices={choices} validate={required()} helperText="resources.reminders.create.levelHelp" />;
};

const CreateToolbar = () => {
  const translate = useTranslate();
  return (
    <Toolbar>
      <SaveButton label={translate('resources.reminders.create.submit')} icon={<SendIcon />} />
    </Toolbar>
  );
};

/** Leaves out what was not filled in; the server computes penalties, indemnity and totals. */
const transform = (data: Record<string, unknown>): ReminderPayload => {
  const payload: ReminderPayload = {
    clientId: data.clientId as Identifier,
    kind: data.kind as ReminderKind,
    invoiceIds: (data.invoiceIds as Identifier[]) ?? [],
  };
  if (data.level != null && data.level !== '') payload.level = Number(data.level);
  if (data.contactId != null && data.contactId !== '') payload.contactId = data.contactId as Identifier;
  if (typeof data.newDeadline === 'string' && data.newDeadline) payload.newDeadline = data.newDeadline;
  if (typeof data.notes === 'string' && data.notes.trim()) payload.notes = data.notes.trim();
  return payload;
};

/** "Relancer": a written reminder (e-mail, letter, formal notice) for one client and its overdue invoices. */
export const ReminderCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { data: rows, isPending } = useWorklist();
  const kindChoices = WRITTEN_REMINDER_KINDS.map((id) => ({ id, name: `resources.reminders.create.kinds.${id}` }));
  return (
    <Box>
      <Create
        title={translate('resources.reminders.titles.create')}
        redirect="show"
        mutationMode="pessimistic"
        transform={transform}
        mutationOptions={{
          onSuccess: (data: { id: Identifier; level?: number }) => {
            notify('resources.reminders.create.saved', { type: 'success' });
            redirect('show', 'reminders', data.id);
          },
        }}
      >
        <SimpleForm toolbar={<CreateToolbar />} defaultValues={{ kind: 'email', level: 1, invoiceIds: [] }} sx={{ maxWidth: 1100 }}>
          <FormLogic rows={rows} />
          <FormSection title="resources.reminders.create.sections.client" columns={2}>
            <ClientReferenceInput label="resources.reminders.fields.clientId" />
            <LevelInput />
            <FullRow>
              <ClientInfo rows={rows} />
            </FullRow>
            <FullRow>
              <RadioButtonGroupInput source="kind" choices={kindChoices} validate={required()} row />
            </FullRow>
          </FormSection>
          <FormSection title="resources.reminders.create.sections.invoices" columns={1}>
            <ClientInvoicePicker rows={rows} loading={isPending} caption={translate('resources.reminders.fields.invoiceIds')} />
          </FormSection>
          <FormSection title="resources.reminders.create.sections.sending" columns={2}>
            <ContactInput />
            <DateInput source="newDeadline" helperText="resources.reminders.create.deadlineHelp" />
            <FullRow>
              <TextInput source="notes" multiline minRows={3} helperText="resources.reminders.create.notesHelp" />
            </FullRow>
          </FormSection>
          <Summary rows={rows} />
        </SimpleForm>
      </Create>
    </Box>
  );
};
