import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
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
} from '@mui/material';
import { HttpError, useGetList, useLocale, useTranslate, type Identifier } from 'react-admin';
import type { Contact, Message } from '../types';
import { DialogFormActions } from '../shared/DialogFormActions';
import { formatDate } from '../shared/format';
import { errorAt, errorText } from '../shared/serverErrors';
import { useDomainCall } from '../shared/useDocumentAction';
import type { Statement } from './types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const contactName = (c: Contact) => [c.civility, c.firstName, c.lastName].filter(Boolean).join(' ');

type Field = 'recipient' | 'to' | 'subject' | 'body';

interface Payload {
  contactId?: Identifier;
  to?: string;
  subject?: string;
  body?: string;
}

/**
 * "Envoyer au client": the statement's PDF by e-mail into the sandbox's outbox, to one of the
 * client's contacts or another address. Subject and message are optional (standard texts in the
 * client's language).
 */
export const StatementSendDialog = ({ statement, onClose }: { statement: Statement; onClose: () => void }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const clientId = statement.client.id;
  const [recipient, setRecipient] = useState<string | null>(null);
  const [other, setOther] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.statements.send.${key}`, options);

  const { data: contacts = [], isPending: contactsPending } = useGetList<Contact>('contacts', {
    filter: { thirdPartyId: clientId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'lastName', order: 'ASC' },
  });
  const withEmail = contacts.filter((c) => !!c.email);
  const preferred = withEmail.find((c) => c.preferredChannel === 'email') ?? withEmail[0];
  const chosen = recipient ?? (contactsPending ? null : preferred ? `contact-${preferred.id}` : 'other');

  const { mutate, isPending } = useDomainCall<Message, Payload>(
    (dataProvider, payload) =>
      dataProvider.postSandboxJson<Message>(`statements/${encodeURIComponent(clientId)}/send`, payload, { from: statement.from, to: statement.to }),
    {
      notifyError: false,
      success: 'app.statements.send.sent',
      onSuccess: onClose,
      onError: (error) => {
        const fields = error instanceof HttpError && error.status === 422 ? (error.body as { errors?: unknown })?.errors : undefined;
        if (fields) {
          const next: Partial<Record<Field, string>> = {};
          const text = (key: string | undefined) => (key ? translate(key, { _: key }) : undefined);
          const to = text(errorAt(fields, 'to'));
          const contact = text(errorAt(fields, 'contactId'));
          if (to) next[chosen === 'other' ? 'to' : 'recipient'] = to;
          if (contact) next.recipient = contact;
          const s = text(errorAt(fields, 'subject'));
          const b = text(errorAt(fields, 'body'));
          if (s) next.subject = s;
          if (b) next.body = b;
          setErrors(next);
          setFormError(Object.keys(next).length ? null : errorText(error, translate));
        } else {
          setFormError(errorText(error, translate));
        }
      },
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Partial<Record<Field, string>> = {};
    const payload: Payload = {};
    if (chosen === 'other') {
      const address = other.trim();
      if (!address) next.to = translate('app.validation.required');
      else if (!EMAIL.test(address)) next.to = translate('app.validation.email');
      else payload.to = address;
    } else if (chosen?.startsWith('contact-')) {
      payload.contactId = Number(chosen.slice('contact-'.length));
    } else {
      next.recipient = translate('app.validation.required');
    }
    if (subject.trim()) payload.subject = subject.trim();
    if (body.trim()) payload.body = body;
    setErrors(next);
    setFormError(null);
    if (Object.keys(next).length) return;
    mutate(payload);
  };

  const clear = (field: Field) => {
    if (errors[field]) setErrors(({ [field]: _removed, ...rest }) => rest);
  };
  const language = statement.client.language
    ? translate(`app.enums.language.${statement.client.language}`).toLowerCase()
    : null;

  return (
    <Dialog open onClose={() => (isPending ? undefined : onClose())} fullWidth maxWidth="sm" aria-labelledby="statement-send-title">
      <Box component="form" onSubmit={submit} noValidate sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, overflow: 'hidden' }}>
        <DialogTitle id="statement-send-title">{t('title', { client: statement.client.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 0.5 }}>
            {t('intro', { from: formatDate(statement.from, locale), to: formatDate(statement.to, locale) })}
            {language ? ` ${t('language', { language })}` : ''}
          </DialogContentText>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>
            {translate('app.send.sandboxNote')}
          </DialogContentText>
          <FormControl component="fieldset" error={!!errors.recipient} sx={{ mb: 2, display: 'block' }}>
            <FormLabel component="legend">{translate('app.send.recipient')}</FormLabel>
            {chosen == null ? (
              <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
                {translate('app.send.loadingContacts')}
              </Typography>
            ) : (
              <RadioGroup
                name="statement-recipient"
                value={chosen}
                onChange={(e) => {
                  setRecipient(e.target.value);
                  clear('recipient');
                  clear('to');
                }}
              >
                {contacts.map((c, i) => (
                  <FormControlLabel
                    key={String(c.id)}
                    value={`contact-${c.id}`}
                    disabled={!c.email}
                    control={<Radio autoFocus={i === 0} />}
                    label={
                      <span>
                        <Box component="span" sx={{ fontWeight: 600 }}>
                          {contactName(c)}
                        </Box>
                        {c.jobTitle ? `, ${c.jobTitle}` : ''}
                        {' — '}
                        {c.email ?? translate('app.send.noEmail')}
                      </span>
                    }
                  />
                ))}
                <FormControlLabel value="other" control={<Radio />} label={translate('app.send.other')} />
              </RadioGroup>
            )}
            {errors.recipient ? <FormHelperText role="alert">{errors.recipient}</FormHelperText> : null}
            {chosen === 'other' ? (
              <TextField
                id="statement-send-to"
                type="email"
                label={translate('app.send.otherAddress')}
                value={other}
                onChange={(e) => {
                  setOther(e.target.value);
                  clear('to');
                }}
                required
                error={!!errors.to}
                helperText={errors.to ?? ' '}
                sx={{ mt: 1 }}
                slotProps={{ htmlInput: { autoComplete: 'off', maxLength: 254 } }}
              />
            ) : null}
          </FormControl>
          <TextField
            id="statement-send-subject"
            label={translate('app.send.subject')}
            value={subject}
            onChange={(e) => {
              setSubject(e.target.value);
              clear('subject');
            }}
            placeholder={t('subjectPlaceholder')}
            error={!!errors.subject}
            helperText={errors.subject ?? translate('app.send.optional')}
            sx={{ mb: 2 }}
            slotProps={{ htmlInput: { maxLength: 200 }, inputLabel: { shrink: true } }}
          />
          <TextField
            id="statement-send-body"
            label={translate('app.send.body')}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              clear('body');
            }}
            multiline
            minRows={3}
            placeholder={t('bodyPlaceholder')}
            error={!!errors.body}
            helperText={errors.body ?? translate('app.send.optional')}
            slotProps={{ htmlInput: { maxLength: 10_000 }, inputLabel: { shrink: true } }}
          />
          {formError ? (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {formError}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogFormActions onCancel={onClose} pending={isPending} submitLabel={translate('app.send.submit')} />
      </Box>
    </Dialog>
  );
};
