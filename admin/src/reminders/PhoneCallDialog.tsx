import { useState } from 'react';
import {
  Box,
  DialogContentText,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  InputAdornment,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useLocale, useTranslate, type Identifier } from 'react-admin';
import type { Contact } from '../types';
import { FormDialog, useFormErrors } from '../shared/FormDialog';
import { formatMoney, parseEuros } from '../shared/format';
import { contactName, useClientContacts } from '../shared/MessageFields';
import { useDomainCall } from '../shared/useDocumentAction';
import { useSandboxContext } from '../shared/useSandboxContext';
import type { InteractionOutcome, Reminder, ReminderPayload, WorklistRow } from './types';
import { CALL_OUTCOMES } from './types';

type Field = 'contactId' | 'outcome' | 'promisedDate' | 'promisedAmountCents' | 'notes';

const FIELDS: readonly Field[] = ['contactId', 'outcome', 'promisedDate', 'promisedAmountCents', 'notes'];

const contactLabel = (c: Contact) => [contactName(c), c.jobTitle, c.phone ?? c.mobile].filter(Boolean).join(' — ');

/**
 * "Appeler": a phone reminder logged as a call with its outcome. A promise to pay carries a date
 * (and an amount); the worklist then shows it.
 */
export const PhoneCallDialog = ({ row, stepText, onClose }: { row: WorklistRow; stepText: string; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const today = useSandboxContext().data?.scenarioToday;
  const [contactId, setContactId] = useState<string>('');
  const [outcome, setOutcome] = useState<InteractionOutcome | ''>('');
  const [promisedDate, setPromisedDate] = useState('');
  const [promisedAmount, setPromisedAmount] = useState('');
  const [notes, setNotes] = useState('');
  const { errors, formError, reset, clear, fail } = useFormErrors<Field>();
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.reminders.call.${key}`, options);

  const { data: contacts = [], isPending: contactsPending } = useClientContacts(row.clientId);

  const { mutate, isPending } = useDomainCall<Reminder, ReminderPayload>((dataProvider, data) => dataProvider.create<Reminder>('reminders', { data }), {
    success: 'resources.reminders.call.saved',
    notifyError: false,
    onSuccess: onClose,
    onError: (error) => fail(error, FIELDS),
  });

  const submit = () => {
    const next: Partial<Record<Field, string>> = {};
    const payload: ReminderPayload = { clientId: row.clientId, kind: 'phone', invoiceIds: row.invoices.map((i) => i.invoiceId) };
    if (!outcome) next.outcome = translate('app.validation.required');
    else payload.outcome = outcome;
    if (contactId) payload.contactId = Number(contactId) as Identifier;
    if (outcome === 'promise_to_pay') {
      if (!promisedDate) next.promisedDate = translate('app.validation.required');
      else payload.promisedDate = promisedDate;
      const cents = parseEuros(promisedAmount);
      if (cents === undefined || (cents != null && cents <= 0)) next.promisedAmountCents = translate('app.validation.money');
      else if (cents != null) payload.promisedAmountCents = cents;
    }
    if (notes.trim()) payload.notes = notes.trim();
    reset(next);
    if (Object.keys(next).length) return;
    mutate(payload);
  };

  return (
    <FormDialog
      onClose={onClose}
      onSubmit={submit}
      pending={isPending}
      titleId="call-title"
      title={t('title', { client: row.clientName })}
      submitLabel={t('submit')}
      formError={formError}
    >
      <DialogContentText variant="body2" sx={{ mb: 2 }}>
        {t('intro', {
          total: formatMoney(row.totalBalanceCents, locale),
          smart_count: row.invoices.length,
        })}
        {stepText ? ` ${t('nextStep', { step: stepText })}` : ''}
      </DialogContentText>
      <TextField
        id="call-contact"
        select
        label={t('contact')}
        value={contactId}
        onChange={(e) => {
          setContactId(e.target.value);
          clear('contactId');
        }}
        error={!!errors.contactId}
        helperText={errors.contactId ?? (contactsPending ? t('loadingContacts') : contacts.length ? t('contactHelp') : t('noContact'))}
        sx={{ mb: 2 }}
      >
        <MenuItem value="">
          <em>{t('noContactChosen')}</em>
        </MenuItem>
        {contacts.map((c) => (
          <MenuItem key={String(c.id)} value={String(c.id)}>
            {contactLabel(c)}
          </MenuItem>
        ))}
      </TextField>
      <FormControl component="fieldset" error={!!errors.outcome} required sx={{ mb: 1, display: 'block' }}>
        <FormLabel component="legend">{t('outcome')}</FormLabel>
        <RadioGroup
          name="call-outcome"
          value={outcome}
          onChange={(e) => {
            setOutcome(e.target.value as InteractionOutcome);
            clear('outcome');
          }}
          sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}
        >
          {CALL_OUTCOMES.map((value, i) => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio autoFocus={i === 0} />}
              label={translate(`app.enums.interactionOutcome.${value}`)}
            />
          ))}
        </RadioGroup>
        {errors.outcome ? <FormHelperText role="alert">{errors.outcome}</FormHelperText> : null}
      </FormControl>
      {outcome === 'promise_to_pay' ? (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <TextField
            id="call-promised-date"
            type="date"
            label={t('promisedDate')}
            value={promisedDate}
            onChange={(e) => {
              setPromisedDate(e.target.value);
              clear('promisedDate');
            }}
            required
            error={!!errors.promisedDate}
            helperText={errors.promisedDate ?? ' '}
            sx={{ flex: '1 1 180px' }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today || undefined } }}
          />
          <TextField
            id="call-promised-amount"
            label={t('promisedAmount')}
            value={promisedAmount}
            onChange={(e) => {
              setPromisedAmount(e.target.value);
              clear('promisedAmountCents');
            }}
            placeholder={formatMoney(row.totalBalanceCents, locale).replace(/\s?€/, '')}
            error={!!errors.promisedAmountCents}
            helperText={errors.promisedAmountCents ?? t('promisedAmountHelp')}
            sx={{ flex: '1 1 180px' }}
            slotProps={{
              input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
              htmlInput: { inputMode: 'decimal', autoComplete: 'off', style: { textAlign: 'right' } },
              inputLabel: { shrink: true },
            }}
          />
        </Box>
      ) : null}
      <TextField
        id="call-notes"
        label={t('notes')}
        value={notes}
        onChange={(e) => {
          setNotes(e.target.value);
          clear('notes');
        }}
        multiline
        minRows={3}
        error={!!errors.notes}
        helperText={errors.notes ?? t('notesHelp')}
        slotProps={{ htmlInput: { maxLength: 2000 } }}
      />
    </FormDialog>
  );
};
