import { useState } from 'react';
import {
  Alert,
  Button,
  DialogContentText,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  type ButtonProps,
} from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { useGetOne, useLocale, useNotify, useRecordContext, useTranslate, type Identifier } from 'react-admin';
import type { Message, MessageChannel, SendDocumentPayload, ThirdParty } from '../types';
import { useDocumentName } from './DocumentShowParts';
import { FormDialog, useFormErrors } from './FormDialog';
import {
  MessageTextFields,
  RecipientPicker,
  defaultRecipient,
  messageErrorFields,
  readRecipient,
  readTexts,
  useClientContacts,
  type MessageField,
} from './MessageFields';
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

type Field = MessageField | 'channel';

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
  const { errors, formError, reset, clear, fail } = useFormErrors<Field>();

  const { data: contacts = [], isPending: contactsPending } = useClientContacts(record?.clientId, open);
  const { data: client } = useGetOne<ThirdParty>('third-parties', { id: record?.clientId as Identifier }, { enabled: open && record?.clientId != null });
  const chosen = recipient ?? (contactsPending ? null : defaultRecipient(contacts, record?.contactId, client?.email));

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
      onError: (error) => fail(error, { ...messageErrorFields(chosen), channel: 'channel' }),
    },
  );

  if (!record || !canWrite || !isSendable(resource, record)) return null;

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
    reset();
    setOpen(true);
  };

  const submit = () => {
    const payload: SendDocumentPayload = { channel, ...readTexts(subject, body) };
    let next: Partial<Record<Field, string>> = {};
    if (channel === 'email') {
      const { errors: recipientErrors, ...address } = readRecipient(chosen, otherAddress, translate);
      Object.assign(payload, address);
      next = recipientErrors;
    } else if (record.contactId != null) {
      payload.contactId = record.contactId;
    }
    reset(next);
    if (Object.keys(next).length > 0) return;
    mutate(payload);
  };

  return (
    <>
      <Button size="small" variant={variant} startIcon={<SendIcon />} onClick={start}>
        {t('button')}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={submit}
        pending={isPending}
        titleId="send-title"
        title={t('title', { name })}
        submitLabel={channel === 'email' ? t('submit') : t('submitRecord')}
        formError={formError}
      >
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
              clear('channel');
            }}
          >
            {MESSAGE_CHANNELS.map((value, i) => (
              <FormControlLabel key={value} value={value} control={<Radio autoFocus={i === 0} />} label={t(`channels.${value}`)} />
            ))}
          </RadioGroup>
          {errors.channel ? <FormHelperText role="alert">{errors.channel}</FormHelperText> : null}
        </FormControl>

        {channel === 'email' ? (
          <RecipientPicker
            name="send-recipient"
            inputId="send-to"
            contacts={contacts}
            clientEmail={client?.email}
            value={chosen}
            onChange={setRecipient}
            otherAddress={otherAddress}
            onOtherAddressChange={setOtherAddress}
            errors={errors}
            clearError={clear}
          />
        ) : (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('noEmailSent')}
          </Alert>
        )}

        <MessageTextFields
          idPrefix="send"
          subject={subject}
          body={body}
          onSubjectChange={setSubject}
          onBodyChange={setBody}
          subjectPlaceholder={t('subjectPlaceholder', placeholderArgs)}
          bodyPlaceholder={t('bodyPlaceholder', placeholderArgs)}
          errors={errors}
          clearError={clear}
        />
      </FormDialog>
    </>
  );
};
