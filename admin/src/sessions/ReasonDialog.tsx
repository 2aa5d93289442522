import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
  type ButtonProps,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorText } from '../shared/serverErrors';

export interface ReasonDialogValues {
  reason: string;
  minutes: number;
}

/**
 * Confirmation of a proctor action. Optional fields: a mandatory reason (recorded in the session
 * events) and a number of minutes. Server errors (409 forbidden transition, 422) show in the dialog.
 */
export const ReasonDialog = ({
  open,
  onClose,
  title,
  content,
  submitLabel,
  color = 'primary',
  withReason = false,
  reasonLabel,
  reasonHelp,
  withMinutes = false,
  minutesLabel,
  defaultMinutes = 10,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  content?: ReactNode;
  submitLabel: string;
  color?: ButtonProps['color'];
  withReason?: boolean;
  reasonLabel?: string;
  reasonHelp?: string;
  withMinutes?: boolean;
  minutesLabel?: string;
  defaultMinutes?: number;
  onSubmit: (values: ReasonDialogValues) => Promise<unknown>;
}) => {
  const translate = useTranslate();
  const id = useId();
  const [reason, setReason] = useState('');
  const [minutes, setMinutes] = useState(String(defaultMinutes));
  const [fieldErrors, setFieldErrors] = useState<{ reason?: string; minutes?: string }>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (open) {
      setReason('');
      setMinutes(String(defaultMinutes));
      setFieldErrors({});
      setError(null);
    }
  }, [open, defaultMinutes]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors: { reason?: string; minutes?: string } = {};
    const value = Number(minutes.replace(',', '.'));
    if (withReason && !reason.trim()) errors.reason = 'app.validation.required';
    if (withMinutes && (!Number.isInteger(value) || value < 1 || value > 600)) errors.minutes = 'resources.sessions.lifecycle.minutesInvalid';
    setFieldErrors(errors);
    if (Object.keys(errors).length) return;
    setPending(true);
    setError(null);
    try {
      await onSubmit({ reason: reason.trim(), minutes: value });
      onClose();
    } catch (e) {
      const body = (e as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors && (body.errors.reason || body.errors.minutes)) {
        setFieldErrors({ reason: body.errors.reason, minutes: body.errors.minutes });
      }
      setError(errorText(e, translate));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby={`${id}-title`}>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
        <DialogContent>
          {content ? <DialogContentText sx={{ mb: 2 }}>{content}</DialogContentText> : null}
          {withMinutes ? (
            <TextField
              id={`${id}-minutes`}
              name="minutes"
              type="number"
              label={minutesLabel ?? translate('resources.sessions.lifecycle.minutes')}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              required
              autoFocus
              slotProps={{ htmlInput: { min: 1, max: 600, step: 1 } }}
              error={!!fieldErrors.minutes}
              helperText={fieldErrors.minutes ? translate(fieldErrors.minutes, { _: fieldErrors.minutes }) : ' '}
              sx={{ maxWidth: 240 }}
            />
          ) : null}
          {withReason ? (
            <TextField
              id={`${id}-reason`}
              name="reason"
              label={reasonLabel ?? translate('resources.sessions.lifecycle.reason')}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                if (fieldErrors.reason) setFieldErrors((f) => ({ ...f, reason: undefined }));
              }}
              required
              autoFocus={!withMinutes}
              multiline
              minRows={2}
              error={!!fieldErrors.reason}
              helperText={
                fieldErrors.reason
                  ? translate(fieldErrors.reason, { _: fieldErrors.reason })
                  : (reasonHelp ?? translate('resources.sessions.lifecycle.reasonHelp'))
              }
            />
          ) : null}
          {error ? (
            <Alert severity="error" role="alert" sx={{ mt: 2 }}>
              {error}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            {translate('app.common.cancel')}
          </Button>
          <Button type="submit" variant="contained" color={color} disabled={pending}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
