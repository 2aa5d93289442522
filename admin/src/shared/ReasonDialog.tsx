import { useState } from 'react';
import { Alert, DialogContentText, TextField } from '@mui/material';
import { useTranslate, type Identifier } from 'react-admin';
import type { ComptoirDataProvider } from '../dataProvider';
import { FormDialog, useFormErrors } from './FormDialog';
import { useDomainCall } from './useDocumentAction';

/**
 * A decision that needs a reason (cancelling a payment or a plan, sending a file to litigation):
 * the reason is mandatory and goes to the server, which journals it. `warning` says what the
 * decision entails, under the intro. The dialog starts empty each time it opens.
 */
export const ReasonDialog = ({
  open = true,
  onClose,
  id,
  title,
  intro,
  warning,
  label,
  helperText,
  submitLabel,
  minRows = 2,
  call,
  success,
}: {
  open?: boolean;
  onClose: () => void;
  /** Prefix of the ids: `<id>-title`, `<id>-reason`. */
  id: string;
  title: string;
  intro: string;
  warning?: string;
  label: string;
  helperText: string;
  submitLabel: string;
  minRows?: number;
  call: (dataProvider: ComptoirDataProvider, reason: string) => Promise<{ data: { id: Identifier } }>;
  /** i18n key of the success notification. */
  success: string;
}) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const { errors, formError, reset, clear, fail } = useFormErrors<'reason'>();
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setReason('');
      reset();
    }
  }
  const { mutate, isPending } = useDomainCall(call, { success, notifyError: false, onSuccess: onClose, onError: (e) => fail(e, ['reason']) });

  const submit = () => {
    if (!reason.trim()) {
      reset({ reason: translate('app.validation.required') });
      return;
    }
    reset();
    mutate(reason.trim());
  };

  return (
    <FormDialog open={open} onClose={onClose} onSubmit={submit} pending={isPending} titleId={`${id}-title`} title={title} submitLabel={submitLabel} formError={formError}>
      <DialogContentText sx={{ mb: warning ? 1 : 2 }}>{intro}</DialogContentText>
      {warning ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {warning}
        </Alert>
      ) : null}
      <TextField
        id={`${id}-reason`}
        label={label}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          clear('reason');
        }}
        required
        autoFocus
        multiline
        minRows={minRows}
        error={!!errors.reason}
        helperText={errors.reason ?? helperText}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
    </FormDialog>
  );
};
