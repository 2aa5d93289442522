import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
  type ButtonProps,
} from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { HttpError, useGetList, useGetOne, useLocale, useNotify, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import type { Contact, Message, MessageChannel, SendDocumentPayload, ThirdParty } from '../types';
import { DialogFormActions } from './DialogFormActions';
import { useDocumentName } from './DocumentShowParts';
import { errorAt, errorText } from './serverErrors';
import { useCanWrite } from './useSandboxContext';
import { useDomainCall } from './useDocumentAction';
import type { SalesResource } from './documentKinds';

export const MESSAGE_CHANNELS: readonly MessageChannel[] = ['email', 'post', 'hand', 'platform'];

type SendableDocument = {
  id: Identifier;
  number: string | null;
  status: string;
  displayStatus?: string;
  clientId: Identifier;
  clientName?: string | null;
  contactId?: Identifier | null;
  type?: string;
};

/** Only a validated document goes to the client (a quote until it is decided or expired; never a cancelled order). */
export const isSendable = (resource: SalesResource, record: SendableDocument | undefined): boolean => {
  if (!record?.number || record.status === 'draft') return false;
  if (resource === 'quotes') return (record.status === 'validated' || record.status === 'sent') && record.displayStatus !== 'expired';
  if (resource === 'orders') return record.status !== 'cancelled';
  return true;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const contactName = (c: Contact) => [c.civility, c.firstName, c.lastName].filter(Boolean).join(' ');

/** The document's contact when it has an e-mail, else the first contact preferring e-mail, else any contact with one. */
const defaultRecipient = (contacts: Contact[], documentContactId: Identifier | null | undefined, client: ThirdParty | undefined): string => {
  const withEmail = contacts.filter((c) => !!c.email);
  const own = withEmail.find((c) => String(c.id) === String(documentContactId));
  const preferred = own ?? withEmail.find((c) => c.preferredChannel === 'email') ?? withEmail[0];
  if (preferred) return `contact-${preferred.id}`;
  if (client?.email) return 'client';
  return 'other';
};

type FieldErrors = Partial<Record<'recipient' | 'to' | 'subject' | 'body' | 'channel', string>>;

/**
 * "Envoyer" on a validated document: by e-mail with its PDF attached (to one of the client's
 * contacts or another address), by post, by hand or through the invoicing platform. Nothing leaves
 * the machine: the message lands in the sandbox's outbox ("Messagerie"). Subject and message are
 * optional: the server writes standard texts in the client's language.
 */
export const SendDocumentButton = ({ resource, variant = 'outlined' }: { resource: SalesResource; variant?: ButtonProps['variant'] }) => {
  const record = useRecordContext<SendableDocument>();
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const canWrite = useCanWrite();
  const name = useDocumentName(resource, record as never);
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<MessageChannel>('email');
  const [recipient, setRecipient] = useState<string | null>(null);
  const [otherAddress, setOtherAddress] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const { data: contacts = [], isPending: contactsPending } = useGetList<Contact>(
    'contacts',
    { filter: { thirdPartyId: record?.clientId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'lastName', order: 'ASC' } },
    { enabled: open && record?.clientId != null },
  );
  const { data: client } = useGetOne<ThirdParty>('third-parties', { id: record?.clientId as Identifier }, { enabled: open && record?.clientId != null });

  const { mutate, isPending } = useDomainCall<Message, SendDocumentPayload>(
    (dataProvider, payload) => dataProvider.sendDocument(resource, record!.id, payload),
    {
      // Field errors go under the fields and any other refusal into the dialog: no notification over its buttons.
      notifyError: false,
      onSuccess: (message) => {
        setOpen(false);
        if (message.channel === 'email') {
          notify('app.send.sentEmail', { type: 'success', messageArgs: { to: message.toAddress ?? '' } });
        } else {
          notify('app.send.recorded', {
            type: 'success',
            messageArgs: {
              channel: locale === 'fr' ? translate(`app.enums.messageChannel.${message.channel}`).toLowerCase() : translate(`app.enums.messageChannel.${message.channel}`),
            },
          });
        }
      },
      onError: (error) => {
        const fields = error instanceof HttpError ? (error.body as { errors?: unknown } | undefined)?.errors : undefined;
        if (error instanceof HttpError && error.status === 422 && fields) {
          const next: FieldErrors = {};
          const text = (key: string | undefined) => (key ? translate(key, { _: key }) : undefined);
          const to = text(errorAt(fields, 'to'));
          const contact = text(errorAt(fields, 'contactId'));
          if (to) next[recipient === 'other' ? 'to' : 'recipient'] = to;
          if (contact) next.recipient = contact;
          const subjectError = text(errorAt(fields, 'subject'));
          const bodyError = text(errorAt(fields, 'body'));
          const channelError = text(errorAt(fields, 'channel'));
          if (subjectError) next.subject = subjectError;
          if (bodyError) next.body = bodyError;
          if (channelError) next.channel = channelError;
          setErrors(next);
          // A refusal on a field the dialog does not show: say it anyway.
          setFormError(Object.keys(next).length > 0 ? null : errorText(error, translate));
        } else {
          setFormError(errorText(error, translate));
        }
      },
    },
  );

  if (!record || !canWrite || !isSendable(resource, record)) return null;

  const chosen = recipient ?? (contactsPending ? null : defaultRecipient(contacts, record.contactId, client));
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.send.${key}`, options);
  const lower = (text: string) => (locale === 'fr' ? text.toLowerCase() : text);
  const languageName = client?.language ? lower(translate(`app.enums.language.${client.language}`)) : null;
  const placeholderArgs = {
    language: languageName ? t('inLanguage', { language: languageName }) : t('clientLanguage'),
    languageShort: languageName ? t('inLanguageShort', { language: languageName }) : t('clientLanguage'),
  };

  const start = () => {
    setChannel('email');
    setRecipient(null);
    setOtherAddress('');
    setSubject('');
    setBody('');
    setErrors({});
    setFormError(null);
    setOpen(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const payload: SendDocumentPayload = { channel };
    const next: FieldErrors = {};
    if (channel === 'email') {
      if (chosen === 'other') {
        const address = otherAddress.trim();
        if (!address) next.to = translate('app.validation.required');
        else if (!EMAIL.test(address)) next.to = translate('app.validation.email');
        else payload.to = address;
      } else if (chosen?.startsWith('contact-')) {
        payload.contactId = Number(chosen.slice('contact-'.length));
      } else if (chosen !== 'client') {
        next.recipient = translate('app.validation.required');
      }
    } else if (record.contactId != null) {
      payload.contactId = record.contactId;
    }
    if (subject.trim()) payload.subject = subject.trim();
    if (body.trim()) payload.body = body;
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length > 0) return;
    mutate(payload);
  };

  const clearError = (field: keyof FieldErrors) => {
    if (errors[field]) setErrors(({ [field]: _removed, ...rest }) => rest);
  };

  return (
    <>
      <Button size="small" variant={variant} startIcon={<SendIcon />} onClick={start}>
        {t('button')}
      </Button>
      <Dialog open={open} onClose={() => (isPending ? undefined : setOpen(false))} fullWidth maxWidth="sm" aria-labelledby="send-title">
        {/* A flex column: the title and the buttons stay in view, only the content scrolls. */}
        <Box component="form" onSubmit={submit} noValidate sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, overflow: 'hidden' }}>
          <DialogTitle id="send-title">{t('title', { name })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 0.5 }}>
              {t('intro', { client: record.clientName ?? client?.name ?? '' })}
              {languageName ? ` ${t('language', { language: languageName })}` : ''}
            </DialogContentText>
            <DialogContentText variant="body2" sx={{ mb: 2 }}>
              {t('sandboxNote')}
            </DialogContentText>
            <FormControl component="fieldset" error={!!errors.channel} sx={{ mb: 2, display: 'block' }}>
              <FormLabel component="legend">{t('channel')}</FormLabel>
              <RadioGroup
                name="send-channel"
                sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}
                value={channel}
                onChange={(e) => {
                  setChannel(e.target.value as MessageChannel);
                  clearError('channel');
                }}
              >
                {MESSAGE_CHANNELS.map((value, i) => (
                  <FormControlLabel key={value} value={value} control={<Radio autoFocus={i === 0} />} label={t(`channels.${value}`)} />
                ))}
              </RadioGroup>
              {errors.channel ? <FormHelperText role="alert">{errors.channel}</FormHelperText> : null}
            </FormControl>

            {channel === 'email' ? (
              <FormControl component="fieldset" error={!!errors.recipient} sx={{ mb: 2, display: 'block' }}>
                <FormLabel component="legend">{t('recipient')}</FormLabel>
                {chosen == null ? (
                  <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
                    {t('loadingContacts')}
                  </Typography>
                ) : (
                  <RadioGroup
                    name="send-recipient"
                    value={chosen}
                    onChange={(e) => {
                      setRecipient(e.target.value);
                      clearError('recipient');
                      clearError('to');
                    }}
                  >
                    {contacts.map((c) => (
                      <FormControlLabel
                        key={String(c.id)}
                        value={`contact-${c.id}`}
                        disabled={!c.email}
                        control={<Radio />}
                        label={
                          <span>
                            <Box component="span" sx={{ fontWeight: 600 }}>
                              {contactName(c)}
                            </Box>
                            {c.jobTitle ? `, ${c.jobTitle}` : ''}
                            {' — '}
                            {c.email ?? t('noEmail')}
                            {c.preferredChannel === 'email' && c.email ? (
                              <Box component="span" sx={{ color: 'text.secondary' }}>{` (${t('prefersEmail')})`}</Box>
                            ) : null}
                          </span>
                        }
                      />
                    ))}
                    {client?.email ? (
                      <FormControlLabel
                        value="client"
                        control={<Radio />}
                        label={
                          <span>
                            <Box component="span" sx={{ fontWeight: 600 }}>
                              {t('clientAddress')}
                            </Box>
                            {` — ${client.email}`}
                          </span>
                        }
                      />
                    ) : null}
                    <FormControlLabel value="other" control={<Radio />} label={t('other')} />
                  </RadioGroup>
                )}
                {errors.recipient ? <FormHelperText role="alert">{errors.recipient}</FormHelperText> : null}
                {chosen === 'other' ? (
                  <TextField
                    id="send-to"
                    type="email"
                    label={t('otherAddress')}
                    value={otherAddress}
                    onChange={(e) => {
                      setOtherAddress(e.target.value);
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
            ) : (
              <Alert severity="info" sx={{ mb: 2 }}>
                {t('noEmailSent')}
              </Alert>
            )}

            <TextField
              id="send-subject"
              label={t('subject')}
              value={subject}
              onChange={(e) => {
                setSubject(e.target.value);
                clearError('subject');
              }}
              fullWidth
              placeholder={t('subjectPlaceholder', placeholderArgs)}
              error={!!errors.subject}
              helperText={errors.subject ?? t('optional')}
              sx={{ mb: 2 }}
              slotProps={{ htmlInput: { maxLength: 200 }, inputLabel: { shrink: true } }}
            />
            <TextField
              id="send-body"
              label={t('body')}
              value={body}
              onChange={(e) => {
                setBody(e.target.value);
                clearError('body');
              }}
              fullWidth
              multiline
              minRows={3}
              placeholder={t('bodyPlaceholder', placeholderArgs)}
              error={!!errors.body}
              helperText={errors.body ?? t('optional')}
              slotProps={{ htmlInput: { maxLength: 10_000 }, inputLabel: { shrink: true } }}
            />
            {formError ? (
              <Alert severity="error" role="alert" sx={{ mt: 2 }}>
                {formError}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogFormActions
            onCancel={() => setOpen(false)}
            pending={isPending}
            submitLabel={channel === 'email' ? t('submit') : t('submitRecord')}
          />
        </Box>
      </Dialog>
    </>
  );
};
