import { useState } from 'react';
import { DialogContentText } from '@mui/material';
import { useLocale, useTranslate, type Identifier } from 'react-admin';
import type { Message } from '../types';
import { FormDialog, useFormErrors } from '../shared/FormDialog';
import { formatDate } from '../shared/format';
import {
  MessageTextFields,
  RecipientPicker,
  defaultRecipient,
  messageErrorFields,
  readRecipient,
  readTexts,
  useClientContacts,
  type MessageField,
} from '../shared/MessageFields';
import { useDomainCall } from '../shared/useDocumentAction';
import type { Statement } from './types';

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
  const { errors, formError, reset, clear, fail } = useFormErrors<MessageField>();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.statements.send.${key}`, options);

  const { data: contacts = [], isPending: contactsPending } = useClientContacts(clientId);
  const chosen = recipient ?? (contactsPending ? null : defaultRecipient(contacts));

  const { mutate, isPending } = useDomainCall<Message, Payload>(
    (dataProvider, payload) =>
      dataProvider.postSandboxJson<Message>(`statements/${encodeURIComponent(clientId)}/send`, payload, { from: statement.from, to: statement.to }),
    {
      notifyError: false,
      success: 'app.statements.send.sent',
      onSuccess: onClose,
      onError: (error) => fail(error, messageErrorFields(chosen)),
    },
  );

  const submit = () => {
    const { errors: next, ...address } = readRecipient(chosen, other, translate);
    reset(next);
    if (Object.keys(next).length) return;
    mutate({ ...address, ...readTexts(subject, body) });
  };

  const language = statement.client.language
    ? translate(`app.enums.language.${statement.client.language}`).toLowerCase()
    : null;

  return (
    <FormDialog
      onClose={onClose}
      onSubmit={submit}
      pending={isPending}
      titleId="statement-send-title"
      title={t('title', { client: statement.client.name })}
      submitLabel={translate('app.send.submit')}
      formError={formError}
    >
      <DialogContentText sx={{ mb: 0.5 }}>
        {t('intro', { from: formatDate(statement.from, locale), to: formatDate(statement.to, locale) })}
        {language ? ` ${t('language', { language })}` : ''}
      </DialogContentText>
      <DialogContentText variant="body2" sx={{ mb: 2 }}>
        {translate('app.send.sandboxNote')}
      </DialogContentText>
      <RecipientPicker
        name="statement-recipient"
        inputId="statement-send-to"
        contacts={contacts}
        value={chosen}
        onChange={setRecipient}
        otherAddress={other}
        onOtherAddressChange={setOther}
        errors={errors}
        clearError={clear}
        autoFocus
      />
      <MessageTextFields
        idPrefix="statement-send"
        subject={subject}
        body={body}
        onSubjectChange={setSubject}
        onBodyChange={setBody}
        subjectPlaceholder={t('subjectPlaceholder')}
        bodyPlaceholder={t('bodyPlaceholder')}
        errors={errors}
        clearError={clear}
      />
    </FormDialog>
  );
};
