import { Box, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { useGetList, useTranslate, type Identifier } from 'react-admin';
import type { Contact } from '../types';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "M. Jean Dupont" */
export const contactName = (c: Contact) => [c.civility, c.firstName, c.lastName].filter(Boolean).join(' ');

/** The client's contacts, by last name (fetched when `enabled`). */
export const useClientContacts = (clientId: Identifier | null | undefined, enabled = true) =>
  useGetList<Contact>(
    'contacts',
    { filter: { thirdPartyId: clientId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'lastName', order: 'ASC' } },
    { enabled: enabled && clientId != null },
  );

/**
 * The recipient chosen by default: the document's contact when it has an e-mail, else the first
 * contact preferring e-mail, else any contact with one, else the client's own address when there is
 * one, else another address. Values: `contact-<id>`, `client`, `other`.
 */
export const defaultRecipient = (contacts: Contact[], documentContactId?: Identifier | null, clientEmail?: string | null): string => {
  const withEmail = contacts.filter((c) => !!c.email);
  const own = withEmail.find((c) => String(c.id) === String(documentContactId));
  const preferred = own ?? withEmail.find((c) => c.preferredChannel === 'email') ?? withEmail[0];
  if (preferred) return `contact-${preferred.id}`;
  if (clientEmail) return 'client';
  return 'other';
};

export type RecipientField = 'recipient' | 'to';
export type MessageField = RecipientField | 'subject' | 'body';

/** The server's paths of a message's fields → the dialog's fields (its `to` goes under the field the user filled). */
export const messageErrorFields = (chosen: string | null): Record<string, MessageField> => ({
  to: chosen === 'other' ? 'to' : 'recipient',
  contactId: 'recipient',
  subject: 'subject',
  body: 'body',
});

/**
 * What the chosen recipient puts in the payload (a contact or an address; nothing for the client's
 * own address), or the errors to show under the picker.
 */
export const readRecipient = (
  chosen: string | null,
  otherAddress: string,
  translate: Translate,
): { contactId?: Identifier; to?: string; errors: Partial<Record<RecipientField, string>> } => {
  if (chosen === 'other') {
    const address = otherAddress.trim();
    if (!address) return { errors: { to: translate('app.validation.required') } };
    if (!EMAIL.test(address)) return { errors: { to: translate('app.validation.email') } };
    return { to: address, errors: {} };
  }
  if (chosen?.startsWith('contact-')) return { contactId: Number(chosen.slice('contact-'.length)), errors: {} };
  if (chosen === 'client') return { errors: {} };
  return { errors: { recipient: translate('app.validation.required') } };
};

/** Subject and message when typed (empty: the server writes its standard texts). */
export const readTexts = (subject: string, body: string): { subject?: string; body?: string } => ({
  ...(subject.trim() ? { subject: subject.trim() } : {}),
  ...(body.trim() ? { body } : {}),
});

/**
 * "Destinataire": the client's contacts (those without an e-mail shown, disabled), the client's own
 * address when it has one, or another address typed in. `value` is null while the contacts load.
 */
export const RecipientPicker = ({
  name,
  inputId,
  contacts,
  clientEmail,
  value,
  onChange,
  otherAddress,
  onOtherAddressChange,
  errors,
  clearError,
  autoFocus = false,
}: {
  name: string;
  inputId: string;
  contacts: Contact[];
  clientEmail?: string | null;
  value: string | null;
  onChange: (value: string) => void;
  otherAddress: string;
  onOtherAddressChange: (value: string) => void;
  errors: Partial<Record<RecipientField, string>>;
  clearError: (field: RecipientField) => void;
  /** Focus the first choice on opening (when nothing comes before it). */
  autoFocus?: boolean;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.send.${key}`);
  return (
    <FormControl component="fieldset" error={!!errors.recipient} sx={{ mb: 2, display: 'block' }}>
      <FormLabel component="legend">{t('recipient')}</FormLabel>
      {value == null ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {t('loadingContacts')}
        </Typography>
      ) : (
        <RadioGroup
          name={name}
          value={value}
          onChange={(e) => {
            onChange(e.target.value);
            clearError('recipient');
            clearError('to');
          }}
        >
          {contacts.map((c, i) => (
            <FormControlLabel
              key={String(c.id)}
              value={`contact-${c.id}`}
              disabled={!c.email}
              control={<Radio autoFocus={autoFocus && i === 0} />}
              label={
                <span>
                  <Box component="span" sx={{ fontWeight: 600 }}>
                    {contactName(c)}
                  </Box>
                  {c.jobTitle ? `, ${c.jobTitle}` : ''}
                  {' — '}
                  {c.email ?? t('noEmail')}
                  {c.preferredChannel === 'email' && c.email ? <Box component="span" sx={{ color: 'text.secondary' }}>{` (${t('prefersEmail')})`}</Box> : null}
                </span>
              }
            />
          ))}
          {clientEmail ? (
            <FormControlLabel
              value="client"
              control={<Radio />}
              label={
                <span>
                  <Box component="span" sx={{ fontWeight: 600 }}>
                    {t('clientAddress')}
                  </Box>
                  {` — ${clientEmail}`}
                </span>
              }
            />
          ) : null}
          <FormControlLabel value="other" control={<Radio />} label={t('other')} />
        </RadioGroup>
      )}
      {errors.recipient ? <FormHelperText role="alert">{errors.recipient}</FormHelperText> : null}
      {value === 'other' ? (
        <TextField
          id={inputId}
          type="email"
          label={t('otherAddress')}
          value={otherAddress}
          onChange={(e) => {
            onOtherAddressChange(e.target.value);
            clearError('to');
          }}
          required
          fullWidth
          error={!!errors.to}
          helperText={errors.to ?? t('otherAddressHelp')}
          sx={{ mt: 1 }}
          slotProps={{ htmlInput: { autoComplete: 'off', maxLength: 254 } }}
        />
      ) : null}
    </FormControl>
  );
};

/** "Objet" and "Message", both optional: the placeholders say what the server writes when they are left empty. */
export const MessageTextFields = ({
  idPrefix,
  subject,
  body,
  onSubjectChange,
  onBodyChange,
  subjectPlaceholder,
  bodyPlaceholder,
  errors,
  clearError,
}: {
  idPrefix: string;
  subject: string;
  body: string;
  onSubjectChange: (value: string) => void;
  onBodyChange: (value: string) => void;
  subjectPlaceholder: string;
  bodyPlaceholder: string;
  errors: Partial<Record<'subject' | 'body', string>>;
  clearError: (field: 'subject' | 'body') => void;
}) => {
  const translate = useTranslate();
  return (
    <>
      <TextField
        id={`${idPrefix}-subject`}
        label={translate('app.send.subject')}
        value={subject}
        onChange={(e) => {
          onSubjectChange(e.target.value);
          clearError('subject');
        }}
        fullWidth
        placeholder={subjectPlaceholder}
        error={!!errors.subject}
        helperText={errors.subject ?? translate('app.send.optional')}
        sx={{ mb: 2 }}
        slotProps={{ htmlInput: { maxLength: 200 }, inputLabel: { shrink: true } }}
      />
      <TextField
        id={`${idPrefix}-body`}
        label={translate('app.send.body')}
        value={body}
        onChange={(e) => {
          onBodyChange(e.target.value);
          clearError('body');
        }}
        fullWidth
        multiline
        minRows={3}
        placeholder={bodyPlaceholder}
        error={!!errors.body}
        helperText={errors.body ?? translate('app.send.optional')}
        slotProps={{ htmlInput: { maxLength: 10_000 }, inputLabel: { shrink: true } }}
      />
    </>
  );
};
